/**
 * The translation reader (src/core/bank/translation.ts) on the fixture bank: a translation built
 * from the English words, broken one way at a time, fails naming the file and the key path;
 * `parseBanks` checks bank.json's languages against the folders; `localiseBank` changes every word
 * and nothing that scoring or the plan read.
 */
import { describe, expect, it } from 'vitest'
import { BankError, parseBanks } from '../../src/core/bank/parse.ts'
import { bankWords, localiseBank, readTranslation, unprintable, type TranslationFiles, type Words } from '../../src/core/bank/translation.ts'
import type { Bank, BankFile, BankIssue } from '../../src/core/bank/types.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { bankFiles, buildBank, rawBank } from '../support/fixture-bank.ts'

type Json = Record<string, unknown>

const bank: Bank = buildBank()

/** Every text of `words` with "ES " in front: a complete, valid translation. */
function spanishOf(words: Words): Words {
  if (typeof words === 'string') return `ES ${words}`
  if (Array.isArray(words)) return (words as readonly Words[]).map(spanishOf)
  return Object.fromEntries(Object.entries(words as Readonly<Record<string, Words>>).map(([k, w]) => [k, spanishOf(w)]))
}

/** The fixture's translation files as JSON objects, by file name, to break one at a time. */
function translationJson(): Record<string, Json> {
  const w = bankWords(bank)
  return {
    'bank.json': spanishOf(w.meta as unknown as Words) as Json,
    ...Object.fromEntries(Object.entries(w.sections).map(([name, s]) => [name, spanishOf(s as unknown as Words) as Json])),
    ...(w.insurance === undefined ? {} : { 'insurance.json': spanishOf(w.insurance as unknown as Words) as Json }),
  }
}

function filesOf(json: Record<string, Json | string>): TranslationFiles {
  return { lang: 'es', dir: 'questions/es', files: Object.entries(json).map(([name, j]): BankFile => ({ name: `questions/es/${name}`, text: typeof j === 'string' ? j : JSON.stringify(j, null, 2) })) }
}

function issuesOf(edit: (json: Record<string, Json | string>) => void): string[] {
  const json: Record<string, Json | string> = translationJson()
  edit(json)
  const issues: BankIssue[] = []
  readTranslation(bank, filesOf(json), issues)
  return issues.map((i) => `${i.file}: ${i.field}: ${i.message}`)
}

/** The first scored question of the first section with an option that has an action, and that option. */
const scored = bank.sections[0]?.questions.find((q) => q.kind === 'scored' && q.options.some((o) => 'action' in o)) ?? bank.sections[0]?.questions[0]
const withAction = scored?.kind === 'scored' ? scored.options.find((o) => o.action !== undefined) : undefined
const qid = scored?.id ?? ''
const oid = withAction?.id ?? ''
const section = (json: Record<string, Json | string>): Json => json['01-exposure.json'] as Json
const question = (json: Record<string, Json | string>): Json => (section(json).questions as Record<string, Json>)[qid] as Json
const option = (json: Record<string, Json | string>): Json => (question(json).options as Record<string, Json>)[oid] as Json

describe('readTranslation', () => {
  it('accepts a complete translation', () => {
    expect(issuesOf(() => undefined)).toEqual([])
  })

  it('names the file and key path of a missing key', () => {
    expect(issuesOf((j) => delete option(j).label)).toEqual([`questions/es/01-exposure.json: questions.${qid}.options.${oid}.label: is missing`])
    expect(issuesOf((j) => delete (option(j).action as Json).why)).toEqual([`questions/es/01-exposure.json: questions.${qid}.options.${oid}.action.why: is missing`])
    expect(issuesOf((j) => (question(j).options = Object.fromEntries(Object.entries(question(j).options as Json).filter(([k]) => k !== oid))))).toEqual([`questions/es/01-exposure.json: questions.${qid}.options.${oid}: is missing`])
  })

  it('names the file and key path of an extra key, and lists the keys the English has', () => {
    const [issue] = issuesOf((j) => ((question(j).options as Json).maybe = { label: 'Quizás' }))
    expect(issue).toMatch(new RegExp(`^questions/es/01-exposure\\.json: questions\\.${qid}\\.options\\.maybe: is not in questions/01-exposure\\.json \\(known: `))
    expect(issuesOf((j) => (option(j).score = 50))).toEqual([`questions/es/01-exposure.json: questions.${qid}.options.${oid}.score: is not in questions/01-exposure.json (known: label, action)`])
    expect(issuesOf((j) => ((j['bank.json'] as Json).version = 2))[0]).toMatch(/^questions\/es\/bank\.json: version: is not in questions\/bank\.json/)
  })

  it('names the key of an empty text', () => {
    expect(issuesOf((j) => (option(j).label = '   '))).toEqual([`questions/es/01-exposure.json: questions.${qid}.options.${oid}.label: must be non-empty text (got "   ")`])
  })

  it('names the key of a value of the wrong type', () => {
    expect(issuesOf((j) => (option(j).label = 3))).toEqual([`questions/es/01-exposure.json: questions.${qid}.options.${oid}.label: must be non-empty text (got 3)`])
    expect(issuesOf((j) => (option(j).action = 'Hágalo'))).toEqual([`questions/es/01-exposure.json: questions.${qid}.options.${oid}.action: must be an object (got "Hágalo")`])
    expect(issuesOf((j) => ((section(j).lesson as Json).facts = { figure: 'x' }))).toEqual(['questions/es/01-exposure.json: lesson.facts: must be a list of 1 item, as in questions/01-exposure.json (got an object)'])
  })

  it('names the key of a list of the wrong length (facts, assumptions, benchmarks follow the English order)', () => {
    expect(issuesOf((j) => ((section(j).lesson as Json).facts = [{ figure: 'uno' }, { figure: 'dos' }]))).toEqual([
      'questions/es/01-exposure.json: lesson.facts: must have 1 item, in the order of questions/01-exposure.json (got 2)',
    ])
    expect(issuesOf((j) => (((j['bank.json'] as Json).detection as Json).benchmarks = []))).toEqual([
      'questions/es/bank.json: detection.benchmarks: must have 1 item, in the order of questions/bank.json (got 0)',
      'questions/es/bank.json: detection.benchmarks[0]: is missing',
    ])
  })

  it('refuses a character the PDF cannot print: curly quotes, dashes, the ellipsis, emoji', () => {
    for (const bad of ['“Sí”', 'Sí – no', 'Espere…', 'Listo ✓', 'Sí\u00a0no']) {
      const [issue] = issuesOf((j) => (option(j).label = bad))
      expect(issue).toMatch(new RegExp(`^questions/es/01-exposure\\.json: questions\\.${qid}\\.options\\.${oid}\\.label: has a character the PDF cannot print \\(U\\+`))
    }
    expect(issuesOf((j) => (option(j).label = '¿Sí? ¡No! Ñandú, pingüino, "así"'))).toEqual([])
  })

  it('names a missing file, an extra file and a file that is not JSON', () => {
    expect(issuesOf((j) => Reflect.deleteProperty(j, '02-detect.json'))).toEqual(['questions/es/02-detect.json: (file): is missing: every file of the English bank needs its translation (questions/02-detect.json)'])
    expect(issuesOf((j) => (j['03-extra.json'] = {}))).toEqual(['questions/es/03-extra.json: (file): has no English file of that name (questions/03-extra.json): remove it, or rename it after its English file'])
    expect(issuesOf((j) => (j['bank.json'] = '{ "title": '))[0]).toMatch(/^questions\/es\/bank\.json: \(file\): is not valid JSON/)
  })
})

describe('unprintable', () => {
  it('finds exactly what toPdfText would change, and passes Spanish letters and signs', () => {
    expect(unprintable('áéíóú ÁÉÍÓÚ ñÑ üÜ ¿¡ «» 24/7 $ %')).toBeUndefined()
    expect(unprintable('a\u2019b')).toBe('\u2019')
    expect(unprintable('a\u00adb')).toBe('\u00ad')
    expect(unprintable('a\nb')).toBe('\n')
    expect(unprintable('n\u0303')).toBe('\u0303') // ñ written as n + combining tilde
  })
})

function parseWith(languages: unknown, folders: readonly TranslationFiles[]): ParsedOrError {
  const raw = rawBank()
  if (languages !== undefined) raw.meta.languages = languages
  const files = bankFiles(raw)
  try {
    return parseBanks(files.meta, files.sections, files.insurance, folders)
  } catch (error) {
    if (error instanceof BankError) return error
    throw error
  }
}
type ParsedOrError = ReturnType<typeof parseBanks> | BankError

function messages(result: ParsedOrError): string[] {
  return result instanceof BankError ? result.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`) : []
}

describe('parseBanks', () => {
  it('reads bank.json languages (English first), and English alone when it lists none', () => {
    const none = parseWith(undefined, [])
    expect(none instanceof BankError ? none.message : none.languages).toEqual(['en'])
    const es = parseWith(['en', 'es'], [filesOf(translationJson())])
    expect(es instanceof BankError ? es.message : Object.keys(es.translations)).toEqual(['es'])
  })

  it('fails when a listed language has no folder, or a folder is not listed', () => {
    expect(messages(parseWith(['en', 'es'], []))).toEqual(['questions/bank.json: languages: lists "es", but there is no folder es/ of translations beside it'])
    expect(messages(parseWith(undefined, [filesOf(translationJson())]))[0]).toMatch(/^questions\/es: \(folder\): is a translation folder, but bank\.json's languages \(en\) do not list "es"/)
  })

  it('fails on a language list that does not start with English, repeats a code or has a bad code', () => {
    expect(messages(parseWith(['es', 'en'], [filesOf(translationJson())]))).toContain('questions/bank.json: languages[0]: must be "en": the English files are the source every translation follows')
    expect(messages(parseWith(['en', 'es', 'es'], [filesOf(translationJson())]))).toContain('questions/bank.json: languages[2]: "es" is listed twice')
    expect(messages(parseWith(['en', 'ES'], []))).toContain('questions/bank.json: languages[1]: must be a two-letter lowercase language code such as "es" (got "ES")')
  })

  it('reports every broken translation file in one error, after the English is sound', () => {
    const json = translationJson()
    delete (json['bank.json'] as Json).title
    delete (option(json)).label
    expect(messages(parseWith(['en', 'es'], [filesOf(json)]))).toEqual([
      'questions/es/bank.json: title: is missing',
      `questions/es/01-exposure.json: questions.${qid}.options.${oid}.label: is missing`,
    ])
  })
})

describe('localiseBank', () => {
  const issues: BankIssue[] = []
  const spanish = localiseBank(bank, readTranslation(bank, filesOf(translationJson()), issues))

  it('puts every word of the translation on the bank', () => {
    expect(issues).toEqual([])
    const english = JSON.stringify(bankWords(bank))
    const words = JSON.stringify(bankWords(spanish))
    expect(words).toBe(JSON.stringify({ ...(spanishOf(bankWords(bank) as unknown as Words) as object), lang: 'en' }))
    expect(words).not.toBe(english)
  })

  it('changes no id, score, weight, condition, source or URL, so the score and the plan are the same', () => {
    const strip = (b: Bank): unknown => JSON.parse(JSON.stringify(b, (key, value: unknown) => (typeof value === 'string' && ['title', 'text', 'help', 'label', 'do', 'why', 'service', 'reason', 'summary', 'name', 'what', 'figure', 'metric', 'topic', 'ask', 'carrier'].includes(key) ? '' : value)))
    const withoutLists = (b: Bank): unknown => ({ ...(strip(b) as object), detection: { ...b.detection, assumptions: [], benchmarks: b.detection.benchmarks.map((x) => ({ ...x, label: '', metric: '' })), bands: b.detection.bands.map((x) => ({ ...x, label: '' })) }, insurance: b.insurance.map((c) => ({ ...c, topic: '', ask: '', evidence: [], askedBy: c.askedBy.map((a) => ({ ...a, carrier: '' })) })) })
    expect(withoutLists(spanish)).toEqual(withoutLists(bank))
    const answers = Object.fromEntries(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, q.options[q.options.length - 2]?.id ?? ''])))
    const score = (b: Bank): unknown => { const r = scoreAssessment(b, answers); return [r.overall.score, r.overall.tier?.id, r.sections.map((x) => x.score), r.gaps.length] }
    expect(score(spanish)).toEqual(score(bank))
    const plan = (b: Bank): string[] => derivePlan(b, answers).items.map((i) => `${i.question.id}:${i.action.timeframe}:${i.risk}:${i.raisedBy?.factor ?? 1}`)
    expect(plan(spanish)).toEqual(plan(bank))
    expect(plan(bank).length).toBeGreaterThan(0)
  })
})
