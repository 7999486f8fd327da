/**
 * The Node loader (src/node/bank-files.ts) on a throwaway folder: which files it reads, in which
 * order, and how it names files in errors. The checks on the shipped questions/ live in
 * test/content/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BankError } from '../../src/core/bank/parse.ts'
import { loadBank, readBankFiles, SECTION_FILE } from '../../src/node/bank-files.ts'
import { bankWords } from '../../src/core/bank/translation.ts'
import { buildBank, rawBank } from '../support/fixture-bank.ts'

let dir = ''

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bank-files-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Writes the fixture bank into the folder: bank.json plus one numbered file per section. */
function writeBank(names: readonly string[] = ['01-exposure.json', '02-detect.json']): void {
  const raw = rawBank()
  writeFileSync(join(dir, 'bank.json'), JSON.stringify(raw.meta))
  raw.sections.forEach((section, i) => {
    const name = names[i]
    if (name !== undefined) writeFileSync(join(dir, name), JSON.stringify(section))
  })
}

/** The `BankError` that loading the folder throws (fails the test when it loads). */
function loadError(): BankError {
  try {
    loadBank(dir, dir)
  } catch (error) {
    if (error instanceof BankError) return error
    throw error
  }
  throw new Error('the bank loaded')
}

describe('SECTION_FILE', () => {
  it('accepts numbered slugs and nothing else', () => {
    expect(['01-api-exposure.json', '10-vendors.json', '123-x.json'].every((n) => SECTION_FILE.test(n))).toBe(true)
    expect(['bank.json', 'README.md', '1-x.json', '01_x.json', '01-X.json', '01-x.json.bak'].some((n) => SECTION_FILE.test(n))).toBe(false)
  })
})

describe('readBankFiles', () => {
  it('reads bank.json and the section files in name order, ignoring other files', () => {
    writeBank(['02-detect.json', '01-exposure.json'])
    writeFileSync(join(dir, 'README.md'), '# notes')
    writeFileSync(join(dir, 'draft.json'), '{}')
    const files = readBankFiles(dir, dir)
    expect(files.meta.name).toBe('bank.json')
    expect(files.sections.map((f) => f.name)).toEqual(['01-exposure.json', '02-detect.json'])
    expect(files.paths).toEqual(['bank.json', '01-exposure.json', '02-detect.json'].map((n) => join(dir, n)))
  })
})

describe('loadBank', () => {
  it('orders the sections by file name, not by id', () => {
    writeBank(['02-exposure.json', '01-detect.json'])
    expect(loadBank(dir, dir).sections.map((s) => s.id)).toEqual(['detect', 'exposure'])
  })

  it('names the file, relative to the root, in every problem', () => {
    writeBank()
    writeFileSync(join(dir, '02-detect.json'), '{ "id": "detect", ')
    expect(loadError().issues.map((i) => i.file)).toContain('02-detect.json')
  })
})

describe('translations beside the bank', () => {
  /** Writes the fixture bank listing Spanish, and a Spanish folder made of the English words with "ES " in front. */
  function writeSpanish(): void {
    const raw = rawBank()
    raw.meta.languages = ['en', 'es']
    writeFileSync(join(dir, 'bank.json'), JSON.stringify(raw.meta))
    raw.sections.forEach((section, i) => writeFileSync(join(dir, ['01-exposure.json', '02-detect.json'][i] ?? 'x'), JSON.stringify(section)))
    if (raw.insurance !== undefined) writeFileSync(join(dir, 'insurance.json'), JSON.stringify(raw.insurance))
    const words = bankWords(buildBank(raw))
    const es = (w: unknown): unknown => (typeof w === 'string' ? `ES ${w}` : Array.isArray(w) ? w.map(es) : Object.fromEntries(Object.entries(w as object).map(([k, v]) => [k, es(v)])))
    mkdirSync(join(dir, 'es'))
    writeFileSync(join(dir, 'es', 'bank.json'), JSON.stringify(es(words.meta)))
    for (const [name, section] of Object.entries(words.sections)) writeFileSync(join(dir, 'es', name), JSON.stringify(es(section)))
    if (words.insurance !== undefined) writeFileSync(join(dir, 'es', 'insurance.json'), JSON.stringify(es(words.insurance)))
  }

  it('reads each language folder (bank.json, section files in name order, insurance.json) and watches its files', () => {
    writeSpanish()
    writeFileSync(join(dir, 'es', 'GLOSSARY.md'), '# terms')
    const files = readBankFiles(dir, dir)
    expect(files.translations.map((t) => [t.lang, t.dir, t.files.map((f) => f.name)])).toEqual([
      ['es', 'es', ['es/bank.json', 'es/01-exposure.json', 'es/02-detect.json', ...(files.insurance === undefined ? [] : ['es/insurance.json'])]],
    ])
    expect(files.paths).toContain(join(dir, 'es', '01-exposure.json'))
  })

  it('loads the bank in a language, and refuses a language it does not have', () => {
    writeSpanish()
    const english = loadBank(dir, dir)
    const spanish = loadBank(dir, dir, 'es')
    expect(spanish.title).toBe(`ES ${english.title}`)
    expect(spanish.sections.map((s) => s.id)).toEqual(english.sections.map((s) => s.id))
    expect(() => loadBank(dir, dir, 'fr')).toThrow('The question bank has no language "fr" (it has en, es)')
  })

  it('names the translation file and key of a problem, relative to the root', () => {
    writeSpanish()
    writeFileSync(join(dir, 'es', '02-detect.json'), '{}')
    expect(loadError().issues.map((i) => `${i.file}: ${i.field}`)).toEqual(['es/02-detect.json: title', 'es/02-detect.json: lesson', 'es/02-detect.json: questions'])
  })
})
