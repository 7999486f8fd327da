/**
 * The Spanish bank (`questions/es/`), as the build reads it: it loads through the same checker,
 * `localiseBank` changes every word and nothing else, every text prints in the PDF as it is, keeps
 * the English text's numbers and names, and uses the glossary's terms (`questions/es/GLOSSARY.md`).
 */
import { describe, expect, it } from 'vitest'
import { loadBank, loadBanks } from '../../src/node/bank-files.ts'
import { bankWords, type Words } from '../../src/core/bank/translation.ts'
import type { Bank } from '../../src/core/bank/types.ts'
import { toPdfText } from '../../src/report/text.ts'
import { QUESTIONS_DIR, realBank } from './real-bank.ts'
import { forbiddenTerms, glossaryTables, usesTerm } from '../support/glossary.ts'

const english = realBank()
const spanish = loadBank(QUESTIONS_DIR, undefined, 'es')

/** Every text of a translation, with its file and key path. */
function leaves(words: Words, path: string, out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof words === 'string') out.push({ path, text: words })
  else if (Array.isArray(words)) (words as readonly Words[]).forEach((w, i) => leaves(w, `${path}[${i}]`, out))
  else for (const [key, w] of Object.entries(words as Readonly<Record<string, Words>>)) leaves(w, path === '' ? key : `${path}.${key}`, out)
  return out
}

function allLeaves(bank: Bank): { path: string; text: string }[] {
  const w = bankWords(bank)
  return leaves({ 'bank.json': w.meta as unknown as Words, ...(w.sections as unknown as Record<string, Words>), ...(w.insurance === undefined ? {} : { 'insurance.json': w.insurance as unknown as Words }) }, '')
}

const en = allLeaves(english)
const es = allLeaves(spanish)
const pairs = en.map((e, i) => ({ path: e.path, en: e.text, es: es[i]?.text ?? '' }))

/** Texts that are names, the same in both languages. */
const SAME_IN_BOTH = new Set(['CISA', 'National Cyber Security Centre (NCSC)', 'Australia'])

/** The fields of a bank that hold words; everything else must be equal in both languages. */
const WORD_FIELDS = new Set(['title', 'text', 'help', 'label', 'do', 'why', 'service', 'reason', 'summary', 'name', 'what', 'figure', 'metric', 'topic', 'ask', 'carrier'])
const WORD_LISTS = new Set(['assumptions', 'evidence'])

/** Where the two banks differ other than in a word: the paths, for the message. */
function structuralDifferences(a: unknown, b: unknown, path: string, key: string, inWordList: boolean, out: string[]): string[] {
  if (typeof a === 'string' && typeof b === 'string') {
    if (a !== b && !WORD_FIELDS.has(key) && !inWordList) out.push(`${path}: "${a}" became "${b}"`)
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items became ${b.length}`)
    a.forEach((item, i) => structuralDifferences(item, b[i], `${path}[${i}]`, key, WORD_LISTS.has(key), out))
  } else if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Object.keys(a)
    if (keys.join() !== Object.keys(b).join()) out.push(`${path}: keys ${keys.join()} became ${Object.keys(b).join()}`)
    for (const k of keys) structuralDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, k, false, out)
  } else if (a !== b) out.push(`${path}: ${String(a)} became ${String(b)}`)
  return out
}

describe('the Spanish bank', () => {
  it('is listed in bank.json, and loads through the same checker as the build', () => {
    const banks = loadBanks(QUESTIONS_DIR)
    expect(banks.languages).toEqual(['en', 'es'])
    expect(Object.keys(banks.translations)).toEqual(['es'])
  })

  it(`has every English text in Spanish (${pairs.length} texts), and no other`, () => {
    expect(es.map((e) => e.path)).toEqual(en.map((e) => e.path))
    const unchanged = pairs.filter((p) => p.en === p.es && !SAME_IN_BOTH.has(p.en))
    expect(unchanged.map((p) => `${p.path}: ${p.en}`)).toEqual([])
  })

  it('changes only words: ids, scores, weights, minutes, conditions, frameworks, bands, sources, URLs and phones are the English ones', () => {
    expect(structuralDifferences(english, spanish, 'bank', '', false, [])).toEqual([])
  })

  it('prints in the PDF as it is: every text passes toPdfText unchanged (Latin-1 only, straight quotes)', () => {
    expect(pairs.filter((p) => toPdfText(p.es) !== p.es).map((p) => `${p.path}: ${p.es}`)).toEqual([])
  })

  it('keeps every number of the English text (figures, years, dates, percentages)', () => {
    const numbers = (s: string): string[] => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).sort()
    const differ = pairs.filter((p) => numbers(p.en).join(' ') !== numbers(p.es).join(' '))
    expect(differ.map((p) => `${p.path}: ${numbers(p.en).join(' ')} became ${numbers(p.es).join(' ')}`)).toEqual([])
  })

  it('keeps every name the English text gives (companies, agencies, reports, products)', () => {
    const NAMES = ['T-Mobile', 'Verizon', 'IBM', 'Mandiant', 'M-Trends', 'Experian', 'Lapsus$', 'GitHub', 'SEC', 'FCC', 'Wall Street Journal', 'Reuters', 'Cost of a Data Breach', 'Microsoft 365', 'Google Workspace', 'Zapier', 'SOC 2', 'BitLocker', 'FileVault', 'ChatGPT', 'Copilot', 'Gemini', 'PCI DSS', 'SPF', 'DKIM', 'DMARC', 'CISA', 'FBI', 'IC3', 'NCSC', 'Action Fraud', 'Report Fraud', 'Police Scotland', 'ReportCyber', 'At-Bay', 'Chubb', 'Cyentrix', 'Hudson PS', 'AIG', 'Coalition', 'PhishAlert', 'EDR', 'SIEM', 'VPN', 'CRM', 'API']
    const missing = pairs.flatMap((p) => NAMES.filter((n) => p.en.includes(n) && !p.es.includes(n)).map((n) => `${p.path}: ${n}`))
    expect(missing).toEqual([])
  })

  it('says "No lo sé" for every "Not sure" answer', () => {
    const labels = new Set(spanish.sections.flatMap((s) => s.questions.flatMap((q) => q.options.filter((o) => o.notSure).map((o) => o.label))))
    expect([...labels]).toEqual(['No lo sé'])
  })

  it('speaks to the owner as "usted", never "tú" or "vosotros"', () => {
    const informal = /(?<![\p{L}])(tú|tu|tus|vosotros|vosotras|vuestro|vuestra|vuestros|vuestras)(?![\p{L}])/iu
    expect(pairs.filter((p) => informal.test(p.es)).map((p) => `${p.path}: ${p.es}`)).toEqual([])
  })
})

describe('the glossary (questions/es/GLOSSARY.md)', () => {
  const [, services = []] = glossaryTables(QUESTIONS_DIR)
  const forbidden = forbiddenTerms(QUESTIONS_DIR)

  it('lists the words the Spanish must not use, and the Spanish of every service', () => {
    expect(forbidden).toEqual(expect.arrayContaining(['respaldo', 'autenticación multifactor', 'socio de TI', 'encriptación', 'ordenador']))
    expect(services.length).toBeGreaterThanOrEqual(18)
  })

  it('no Spanish text uses a word the glossary rules out (respaldo, autenticación multifactor, socio de TI, …)', () => {
    const found = pairs.flatMap((p) =>
      forbidden
        .filter((w) => usesTerm(p.es, w))
        .map((w) => `${p.path}: "${w}" in ${p.es}`),
    )
    expect(found).toEqual([])
  })

  it('gives every action the Spanish of its English service, one spelling each', () => {
    const table = new Map(services.map((row) => [row[0] ?? '', row[1] ?? '']))
    const wrong: string[] = []
    english.sections.forEach((section, s) => {
      section.questions.forEach((q, i) => {
        if (q.kind !== 'scored') return
        q.options.forEach((o, j) => {
          const spanishQuestion = spanish.sections[s]?.questions[i]
          const spanishOption = spanishQuestion?.kind === 'scored' ? spanishQuestion.options[j] : undefined
          if (o.action === undefined) return
          const expected = table.get(o.action.service)
          if (expected === undefined) wrong.push(`${q.id}.${o.id}: the glossary has no Spanish for "${o.action.service}"`)
          else if (spanishOption?.action?.service !== expected) wrong.push(`${q.id}.${o.id}: "${String(spanishOption?.action?.service)}", not "${expected}"`)
        })
      })
    })
    expect(wrong).toEqual([])
  })

  it('names MFA as the glossary does: "verificación en dos pasos (MFA)" at its first mention in each section', () => {
    const first = spanish.sections.flatMap((s) => {
      const texts = [s.lesson.text, ...s.questions.flatMap((q) => [q.text, q.help ?? '', ...q.options.map((o) => o.label)])]
      const at = texts.find((t) => t.includes('MFA') || /verificación en dos pasos/i.test(t))
      return at === undefined || /verificación en dos pasos \(MFA\)/i.test(at) || /\(MFA\)/.test(at) ? [] : [`${s.id}: ${at}`]
    })
    expect(first).toEqual([])
  })
})
