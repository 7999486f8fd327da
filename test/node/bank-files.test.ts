/**
 * The Node loader (src/node/bank-files.ts) on a throwaway folder: which files it reads, in which
 * order, and how it names files in errors. The checks on the shipped questions/ live in
 * test/content/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BankError } from '../../src/core/bank/parse.ts'
import { loadBank, readBankFiles, SECTION_FILE } from '../../src/node/bank-files.ts'
import { rawBank } from '../support/fixture-bank.ts'

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
    let error: unknown
    try {
      loadBank(dir, dir)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BankError)
    expect((error as BankError).issues.map((i) => i.file)).toContain('02-detect.json')
  })
})
