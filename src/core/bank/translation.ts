/**
 * The bank's translations (`questions/<lang>/`): one file per English file, keyed by ids, holding
 * only words. Checked against the parsed English bank, so a missing or extra key, a wrong type, an
 * empty text, a list of another length or a character the PDF cannot print fails the build naming
 * the file and the key path (`questions.accounts-mfa-coverage.options.none.label: is missing`).
 * `localiseBank` then puts the words onto the English bank: ids, scores, weights, conditions, URLs
 * and order stay as they are, so scoring, the plan and the report work unchanged on the result.
 *
 * The shape a translation must have is derived from the English bank (`bankWords`): every word of
 * the bank, in the file it came from, keyed the same way. Pure: no file system; the caller hands
 * over file names and texts.
 */
import type { Action, Bank, BankFile, BankIssue, InsuranceControl, Question, Section } from './types.ts'
import { describe, FileReader, join, parseJson, type Json, type Obj } from './reader.ts'
import { isRecord, own } from '../records.ts'

/** The words of one file: text at the leaves, objects keyed by id or field, lists in the English order. */
export type Words = string | readonly Words[] | { readonly [key: string]: Words }

/** The English language code: the source every translation follows. */
export const SOURCE_LANGUAGE = 'en'

/** A language code: two lowercase letters (ISO 639-1), e.g. `es`. */
export const LANGUAGE = /^[a-z]{2}$/

/** The name of the bank file, of the insurers' controls, as in the English folder. */
const META_FILE = 'bank.json'
const INSURANCE_FILE = 'insurance.json'

export interface ActionWords {
  readonly do: string
  readonly why: string
  readonly service: string
}

export interface OptionWords {
  readonly label: string
  readonly action?: ActionWords
  readonly raises?: { readonly reason: string }
}

export interface QuestionWords {
  readonly text: string
  readonly help?: string
  readonly options: Readonly<Record<string, OptionWords>>
}

/** A section file's words (`questions/<lang>/NN-name.json`). */
export interface SectionWords {
  readonly title: string
  readonly lesson: { readonly text: string; readonly facts: readonly { readonly figure: string }[] }
  readonly questions: Readonly<Record<string, QuestionWords>>
}

/** bank.json's words (`questions/<lang>/bank.json`). */
export interface MetaWords {
  readonly title: string
  readonly tiers: Readonly<Record<string, { readonly label: string; readonly summary: string }>>
  readonly detection: {
    readonly bands: Readonly<Record<string, { readonly label: string }>>
    readonly assumptions: readonly string[]
    readonly benchmarks: readonly { readonly label: string; readonly metric: string }[]
  }
  readonly emergency: Readonly<Record<string, { readonly name: string; readonly contacts: readonly { readonly name: string; readonly what: string }[] }>>
}

/** insurance.json's words (`questions/<lang>/insurance.json`). */
export interface InsuranceWords {
  readonly controls: Readonly<Record<string, { readonly topic: string; readonly ask: string; readonly evidence: readonly string[]; readonly askedBy: readonly { readonly carrier: string }[] }>>
}

/** Every word of the bank in one language, file by file. */
export interface BankTranslation {
  readonly lang: string
  readonly meta: MetaWords
  /** Keyed by the English section file's name (`04-accounts-mfa.json`). */
  readonly sections: Readonly<Record<string, SectionWords>>
  /** Absent when the English bank has no insurers' controls. */
  readonly insurance?: InsuranceWords
}

/** The files of one language's folder, as handed to the checker. */
export interface TranslationFiles {
  readonly lang: string
  /** The folder as named in messages (`questions/es`). */
  readonly dir: string
  /** Every bank file found there: `bank.json`, `insurance.json`, the numbered section files. */
  readonly files: readonly BankFile[]
}

/** The last part of a file name: `questions/es/04-a.json` → `04-a.json` (either slash). */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name
}

function actionWords(a: Action): ActionWords {
  return { do: a.do, why: a.why, service: a.service }
}

function questionWords(q: Question): QuestionWords {
  const options = Object.fromEntries(
    q.options.map((o): [string, OptionWords] => {
      if (q.kind !== 'scored' || !('score' in o)) return [o.id, { label: o.label }]
      return [o.id, { label: o.label, ...(o.action === undefined ? {} : { action: actionWords(o.action) }), ...(o.raises === undefined ? {} : { raises: { reason: o.raises.reason } }) }]
    }),
  )
  return { text: q.text, ...(q.help === undefined ? {} : { help: q.help }), options }
}

/** A section's words, as its translation file holds them. */
export function sectionWords(s: Section): SectionWords {
  return {
    title: s.title,
    lesson: { text: s.lesson.text, facts: s.lesson.facts.map((f) => ({ figure: f.figure })) },
    questions: Object.fromEntries(s.questions.map((q) => [q.id, questionWords(q)])),
  }
}

/** bank.json's words. */
export function metaWords(bank: Bank): MetaWords {
  return {
    title: bank.title,
    tiers: Object.fromEntries(bank.tiers.map((t) => [t.id, { label: t.label, summary: t.summary }])),
    detection: {
      bands: Object.fromEntries(bank.detection.bands.map((b) => [b.id, { label: b.label }])),
      assumptions: bank.detection.assumptions,
      benchmarks: bank.detection.benchmarks.map((b) => ({ label: b.label, metric: b.metric })),
    },
    emergency: Object.fromEntries(bank.emergency.map((c) => [c.code, { name: c.name, contacts: c.contacts.map((k) => ({ name: k.name, what: k.what })) }])),
  }
}

function controlWords(c: InsuranceControl): InsuranceWords['controls'][string] {
  return { topic: c.topic, ask: c.ask, evidence: c.evidence, askedBy: c.askedBy.map((a) => ({ carrier: a.carrier })) }
}

/** The English bank's words in the shape of a translation: what a new language starts from. */
export function bankWords(bank: Bank): BankTranslation {
  return {
    lang: SOURCE_LANGUAGE,
    meta: metaWords(bank),
    sections: Object.fromEntries(bank.sections.map((s) => [baseName(s.file), sectionWords(s)])),
    ...(bank.insurance.length === 0 ? {} : { insurance: { controls: Object.fromEntries(bank.insurance.map((c) => [c.id, controlWords(c)])) } }),
  }
}

/**
 * The first character of `s` that the PDF's standard fonts cannot print as it is, or undefined:
 * anything outside Latin-1 (curly quotes, dashes, the ellipsis, emoji), control characters, the
 * no-break and soft hyphens, and text not in composed form (NFC). Exactly the strings that
 * `toPdfText` (src/report/text.ts) leaves unchanged, on one line.
 */
export function unprintable(s: string): string | undefined {
  if (s.normalize('NFC') !== s) return /\p{M}/u.exec(s)?.[0] ?? s
  return /[^\x20-\x7e\xa1-\xac\xae-\xff]/u.exec(s)?.[0]
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

function kind(words: Words): string {
  return typeof words === 'string' ? 'text' : Array.isArray(words) ? `a list of ${words.length} item${words.length === 1 ? '' : 's'}` : 'an object'
}

/**
 * Checks `actual` against the English words `expected` (same keys, same list lengths, non-empty
 * printable text at every leaf), naming each problem by its key path, and returns the words with
 * text trimmed (the English where a translation's value is unusable, so reading can go on).
 */
function checkWords(r: FileReader, expected: Words, actual: Json, path: string, englishFile: string): Words {
  const field = path === '' ? '(file)' : path
  if (typeof expected === 'string') {
    if (typeof actual !== 'string' || actual.trim() === '') {
      r.fail(field, actual === undefined ? 'is missing' : `must be non-empty text (got ${describe(actual)})`)
      return expected
    }
    const bad = unprintable(actual)
    if (bad !== undefined) {
      r.fail(field, `has a character the PDF cannot print (${codePoint(bad)}${bad.trim() === '' ? '' : ` "${bad}"`}): use straight quotes (' and "), a hyphen for a dash, three dots for an ellipsis, and only Latin-1 letters (á é í ó ú ñ ü ¿ ¡ are fine)`)
    }
    return actual.trim()
  }
  if (Array.isArray(expected)) {
    const list = expected as readonly Words[]
    if (!Array.isArray(actual)) {
      r.fail(field, actual === undefined ? 'is missing' : `must be ${kind(list)}, as in ${englishFile} (got ${describe(actual)})`)
      return list
    }
    if (actual.length !== list.length) r.fail(field, `must have ${list.length} item${list.length === 1 ? '' : 's'}, in the order of ${englishFile} (got ${actual.length})`)
    return list.map((item, i) => checkWords(r, item, actual[i], `${path}[${i}]`, englishFile))
  }
  const obj = expected as { readonly [key: string]: Words }
  if (!isRecord(actual)) {
    r.fail(field, actual === undefined ? 'is missing' : `must be an object (got ${describe(actual)})`)
    return obj
  }
  const keys = Object.keys(obj)
  for (const key of Object.keys(actual)) {
    if (!keys.includes(key)) r.fail(join(path, key), `is not in ${englishFile} (known: ${keys.join(', ')})`)
  }
  return Object.fromEntries(keys.map((key) => [key, checkWords(r, own(obj, key) ?? '', own(actual, key), join(path, key), englishFile)]))
}

/**
 * Reads one language's folder against the English bank: every English file has its translation
 * and no other file is there; each file holds exactly the English file's words (see `checkWords`).
 * Problems go into `issues`; the result holds the English words wherever a translation was unusable.
 */
export function readTranslation(bank: Bank, files: TranslationFiles, issues: BankIssue[]): BankTranslation {
  const english = bankWords(bank)
  const byName = new Map(files.files.map((f) => [baseName(f.name), f]))
  const englishName = (name: string): string => {
    const section = bank.sections.find((s) => baseName(s.file) === name)
    if (section !== undefined) return section.file
    const sectionDir = bank.sections[0]?.file.slice(0, -baseName(bank.sections[0].file).length) ?? ''
    return `${sectionDir}${name}`
  }
  const read = (name: string, expected: Words): Words => {
    const file = byName.get(name)
    if (file === undefined) {
      issues.push({ file: `${files.dir}/${name}`, field: '(file)', message: `is missing: every file of the English bank needs its translation (${englishName(name)})` })
      return expected
    }
    const json = parseJson(file, issues)
    if (json === undefined) return expected
    return checkWords(new FileReader(file.name, issues), expected, json, '', englishName(name))
  }
  const expectedNames = new Set([META_FILE, ...Object.keys(english.sections), ...(english.insurance === undefined ? [] : [INSURANCE_FILE])])
  for (const [name, file] of byName) {
    if (!expectedNames.has(name)) issues.push({ file: file.name, field: '(file)', message: `has no English file of that name (${englishName(name)}): remove it, or rename it after its English file` })
  }
  // The shapes below are the English ones, checked leaf by leaf: the casts state what checkWords guarantees.
  const meta = read(META_FILE, english.meta as unknown as Words) as unknown as MetaWords
  const sections = Object.fromEntries(Object.entries(english.sections).map(([name, words]) => [name, read(name, words as unknown as Words) as unknown as SectionWords]))
  const insurance = english.insurance === undefined ? undefined : (read(INSURANCE_FILE, english.insurance as unknown as Words) as unknown as InsuranceWords)
  return { lang: files.lang, meta, sections, ...(insurance === undefined ? {} : { insurance }) }
}

/**
 * bank.json's `languages`: the codes of the languages the bank has, English first (`["en", "es"]`);
 * `["en"]` when left out. Each other code needs its folder `questions/<code>/`.
 */
export function readLanguages(r: FileReader, meta: Obj): string[] {
  if (meta.languages === undefined) return [SOURCE_LANGUAGE]
  const codes = r.array(meta, 'languages', '', 1).flatMap((value, i) => {
    if (typeof value === 'string' && LANGUAGE.test(value)) return [value]
    r.fail(`languages[${i}]`, `must be a two-letter lowercase language code such as "es" (got ${describe(value)})`)
    return []
  })
  if (codes.length > 0 && codes[0] !== SOURCE_LANGUAGE) r.fail('languages[0]', `must be "${SOURCE_LANGUAGE}": the English files are the source every translation follows`)
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i) r.fail(`languages[${i}]`, `"${code}" is listed twice`)
  })
  return codes.length === 0 ? [SOURCE_LANGUAGE] : [...new Set(codes)]
}

function localiseQuestion(q: Question, words: QuestionWords | undefined): Question {
  if (words === undefined) return q
  const base = { text: words.text, ...(q.help === undefined || words.help === undefined ? {} : { help: words.help }) }
  if (q.kind === 'profile') return { ...q, ...base, options: q.options.map((o) => ({ ...o, label: own(words.options, o.id)?.label ?? o.label })) }
  return {
    ...q,
    ...base,
    options: q.options.map((o) => {
      const w = own(words.options, o.id)
      if (w === undefined) return o
      return {
        ...o,
        label: w.label,
        ...(o.action === undefined || w.action === undefined ? {} : { action: { ...o.action, do: w.action.do, why: w.action.why, service: w.action.service } }),
        ...(o.raises === undefined || w.raises === undefined ? {} : { raises: { ...o.raises, reason: w.raises.reason } }),
      }
    }),
  }
}

function localiseSection(s: Section, words: SectionWords | undefined): Section {
  if (words === undefined) return s
  return {
    ...s,
    title: words.title,
    lesson: { text: words.lesson.text, facts: s.lesson.facts.map((f, i) => ({ ...f, figure: words.lesson.facts[i]?.figure ?? f.figure })) },
    questions: s.questions.map((q) => localiseQuestion(q, own(words.questions, q.id))),
  }
}

/**
 * The bank with every word in the translation's language: titles, lessons and facts, questions,
 * help and options, actions (`do`, `why`, `service`), raised priorities' reasons, tiers, detection
 * words, where to report an attack and the insurers' controls. Ids, scores, weights, minutes,
 * conditions, bands' days, sources, URLs, phone numbers and order are untouched, so scoring, the
 * plan and the report give the same results on it. Words the translation lacks stay English
 * (a checked translation lacks none).
 */
export function localiseBank(bank: Bank, translation: BankTranslation): Bank {
  const m = translation.meta
  return {
    ...bank,
    title: m.title,
    tiers: bank.tiers.map((t) => {
      const w = own(m.tiers, t.id)
      return w === undefined ? t : { ...t, label: w.label, summary: w.summary }
    }),
    detection: {
      bands: bank.detection.bands.map((b) => ({ ...b, label: own(m.detection.bands, b.id)?.label ?? b.label })),
      assumptions: bank.detection.assumptions.map((a, i) => m.detection.assumptions[i] ?? a),
      benchmarks: bank.detection.benchmarks.map((b, i) => {
        const w = m.detection.benchmarks[i]
        return w === undefined ? b : { ...b, label: w.label, metric: w.metric }
      }),
    },
    emergency: bank.emergency.map((c) => {
      const w = own(m.emergency, c.code)
      if (w === undefined) return c
      return { ...c, name: w.name, contacts: c.contacts.map((k, i) => {
        const kw = w.contacts[i]
        return kw === undefined ? k : { ...k, name: kw.name, what: kw.what }
      }) }
    }),
    sections: bank.sections.map((s) => localiseSection(s, own(translation.sections, baseName(s.file)))),
    insurance: bank.insurance.map((c) => {
      const w = translation.insurance === undefined ? undefined : own(translation.insurance.controls, c.id)
      if (w === undefined) return c
      return { ...c, topic: w.topic, ask: w.ask, evidence: c.evidence.map((e, i) => w.evidence[i] ?? e), askedBy: c.askedBy.map((a, i) => ({ ...a, carrier: w.askedBy[i]?.carrier ?? a.carrier })) }
    }),
  }
}
