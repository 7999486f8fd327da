/**
 * Every language's dictionary (src/i18n/<lang>/) against the English, the source: the same keys
 * (a missing or extra one is named by its path), the same kind of value at each (text, list,
 * function of as many parameters), lists of the same length. The compiler checks most of this
 * already (`const es: AppMessages`); this test names the key, and checks what types cannot: list
 * lengths, and that every Spanish word prints unchanged in the PDF (Latin-1, `toPdfText`) and keeps
 * to the glossary (questions/es/GLOSSARY.md) and to "usted".
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en, messages } from '../../src/i18n/messages.ts'
import { LANGUAGES, LANGUAGE_NAMES } from '../../src/i18n/languages.ts'
import { LANGUAGE_CHUNKS } from '../../src/i18n/chunks.ts'
import { toPdfText } from '../../src/report/text.ts'
import { languages as bankLanguages } from 'virtual:question-bank'
import { forbiddenTerms, usesTerm } from '../support/glossary.ts'
import { QUESTIONS_DIR } from '../content/real-bank.ts'

const I18N = fileURLToPath(new URL('../../src/i18n/', import.meta.url))

/** What a value is, for comparing shapes: text, a list of n, a function of n parameters, or an object. */
function kind(value: unknown): string {
  if (typeof value === 'string') return 'text'
  if (typeof value === 'function') return `a function of ${value.length} parameter(s)`
  if (Array.isArray(value)) return `a list of ${value.length}`
  return typeof value === 'object' && value !== null ? 'an object' : typeof value
}

/** Every difference of shape between `source` and `other`, each named by its key path. */
export function shapeDifferences(source: unknown, other: unknown, path = ''): string[] {
  const here = path === '' ? '(root)' : path
  if (kind(source) !== kind(other)) return [`${here}: ${kind(other)} where the English has ${kind(source)}`]
  if (Array.isArray(source) && Array.isArray(other)) return source.flatMap((s, i) => shapeDifferences(s, other[i], `${path}[${i}]`))
  if (kind(source) !== 'an object') return []
  const a = source as Record<string, unknown>
  const b = other as Record<string, unknown>
  const at = (k: string): string => (path === '' ? k : `${path}.${k}`)
  return [
    ...Object.keys(a).filter((k) => !(k in b)).map((k) => `${at(k)}: is missing`),
    ...Object.keys(b).filter((k) => !(k in a)).map((k) => `${at(k)}: is not in the English (extra)`),
    ...Object.keys(a).filter((k) => k in b).flatMap((k) => shapeDifferences(a[k], b[k], at(k))),
  ]
}

/** Every text leaf of a dictionary, with its path. */
function leaves(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`))
  return []
}

/**
 * Every piece of text written in a dictionary's source files: quoted strings and the fixed parts of
 * template strings (what functions say around their values), with the file and line. Comments are
 * left out. So words inside the small functions (plurals, sentences with numbers) are checked too.
 */
function writtenTexts(lang: string): { where: string; text: string }[] {
  const dir = join(I18N, lang)
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((file) => {
    const source = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/^\s*\/\/.*$/gm, '')
    const found: { where: string; text: string }[] = []
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
      const line = source.slice(0, m.index).split('\n').length
      const parts = m[1] !== undefined ? [m[1]] : (m[2] ?? '').split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/)
      for (const part of parts) if (part.trim() !== '') found.push({ where: `src/i18n/${lang}/${file}:${line}`, text: part.replace(/\\(['`\\])/g, '$1') })
    }
    return found
  })
}

describe('the languages', () => {
  it('are the same in the dictionaries, the question bank (bank.json) and the switch', () => {
    expect([...LANGUAGES]).toEqual([...bankLanguages])
    expect(Object.keys(LANGUAGE_NAMES)).toEqual([...LANGUAGES])
    expect(Object.keys(LANGUAGE_CHUNKS)).toEqual(LANGUAGES.filter((l) => l !== 'en'))
    for (const lang of LANGUAGES) expect(messages(lang).lang).toBe(lang)
  })

  it("the PDF's own words print unchanged in every language, English included", () => {
    for (const lang of LANGUAGES) {
      const texts = [...leaves(messages(lang).report), ...leaves(messages(lang).results.labels), ...leaves(messages(lang).results.insurance)]
      expect(texts.filter((l) => toPdfText(l.text) !== l.text).map((l) => `${lang} ${l.path}: ${l.text}`)).toEqual([])
    }
  })

  it('finds a missing, an extra or a retyped key, and names it', () => {
    const source = { a: 'x', b: { c: 'y', d: (n: number) => `${n}` }, e: ['1', '2'] }
    expect(shapeDifferences(source, { a: 'x', b: { c: 'y', d: (n: number) => `${n}`, z: 'extra' }, e: ['1', '2'] })).toEqual(['b.z: is not in the English (extra)'])
    expect(shapeDifferences(source, { a: 'x', b: { d: () => '' }, e: ['1'] })).toEqual(['b.c: is missing', 'b.d: a function of 0 parameter(s) where the English has a function of 1 parameter(s)', 'e: a list of 1 where the English has a list of 2'])
  })
})

for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  describe(`the ${lang} dictionary`, () => {
    const dictionary = messages(lang)

    it('has exactly the keys of the English, with the same kind of value at each and lists of the same length', () => {
      expect(shapeDifferences({ ...en, lang: undefined }, { ...dictionary, lang: undefined })).toEqual([])
    })

    it('prints unchanged in the PDF: every text, and every word its functions write, is Latin-1 (toPdfText leaves it as it is)', () => {
      const texts = [...leaves(dictionary).map((l) => ({ where: l.path, text: l.text })), ...writtenTexts(lang)]
      expect(texts.length).toBeGreaterThan(300)
      expect(texts.filter((t) => toPdfText(t.text) !== t.text).map((t) => `${t.where}: ${t.text}`)).toEqual([])
    })

    it('is a translation: no text left as the English one (names and codes apart)', () => {
      const english = new Map(leaves(en).map((l) => [l.path, l.text]))
      const same = leaves(dictionary).filter((l) => l.text === english.get(l.path) && /[a-z]{4}/.test(l.text) && !/^(NIST|CIS|OWASP|cyber security|Excel)|^\s*\/\s*100$/.test(l.text))
      expect(same.map((l) => `${l.path}: ${l.text}`)).toEqual([])
    })
  })
}

describe('the Spanish dictionary and the glossary', () => {
  const texts = [...leaves(messages('es')).map((l) => ({ where: l.path, text: l.text })), ...writtenTexts('es')]

  it('uses no word the glossary rules out (respaldo, socio de TI, ordenador, …)', () => {
    const forbidden = forbiddenTerms(QUESTIONS_DIR)
    expect(forbidden.length).toBeGreaterThan(10)
    expect(texts.flatMap((t) => forbidden.filter((w) => usesTerm(t.text, w)).map((w) => `${t.where}: "${w}" in ${t.text}`))).toEqual([])
  })

  it('says "No lo sé" for "Not sure", and "su proveedor de TI" for the IT partner', () => {
    const all = texts.map((t) => t.text).join('\n')
    expect(all).toContain('"No lo sé"')
    expect(all).toContain('su proveedor de TI')
    expect(all).not.toMatch(/No estoy seguro/)
  })

  it('speaks to the owner as "usted", never "tú" or "vosotros"', () => {
    const informal = /(?<![\p{L}])(tú|tu|tus|vosotros|vosotras|vuestro|vuestra|vuestros|vuestras|puedes|tienes|haz|elige)(?![\p{L}])/iu
    expect(texts.filter((t) => informal.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([])
  })
})
