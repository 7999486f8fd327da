/**
 * Reads the question bank from disk (Node only): `bank.json` plus the numbered section files
 * (`01-….json`, `02-….json`, …) in name order. Used by the Vite plugin, tests and scripts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type Bank, type BankFile } from '../core/bank/types.ts'
import { parseBank } from '../core/bank/parse.ts'

/** Section file names: two or more digits, a hyphen, a slug, `.json`. */
export const SECTION_FILE = /^\d{2,}-[a-z0-9-]+\.json$/

/** The insurers' controls (see questions/README.md). */
export const INSURANCE_FILE = 'insurance.json'

export interface BankFiles {
  readonly meta: BankFile
  readonly sections: readonly BankFile[]
  /** `insurance.json`, the insurers' controls mapped onto the questions; absent in a bank without one. */
  readonly insurance?: BankFile
  /** Absolute paths of every file read, for watching. */
  readonly paths: readonly string[]
}

/** Reads the files of the bank in `dir`; names in messages are relative to `root`. */
export function readBankFiles(dir: string, root: string = process.cwd()): BankFiles {
  const read = (name: string): BankFile => ({ name: relative(root, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') })
  const names = readdirSync(dir).filter((n) => SECTION_FILE.test(n)).sort()
  const insurance = existsSync(join(dir, INSURANCE_FILE)) ? read(INSURANCE_FILE) : undefined
  const paths = ['bank.json', ...names, ...(insurance === undefined ? [] : [INSURANCE_FILE])].map((n) => join(dir, n))
  return { meta: read('bank.json'), sections: names.map(read), ...(insurance === undefined ? {} : { insurance }), paths }
}

/** Reads and validates the bank in `dir`. Throws a `BankError` naming file and field. */
export function loadBank(dir: string, root?: string): Bank {
  const files = readBankFiles(dir, root)
  return parseBank(files.meta, files.sections, files.insurance)
}
