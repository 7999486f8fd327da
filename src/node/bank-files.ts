/**
 * Reads the question bank from disk (Node only): `bank.json` plus the numbered section files
 * (`01-….json`, `02-….json`, …) in name order, `insurance.json`, and each language's folder of
 * translations (`es/`, with the same file names). Used by the Vite plugin, tests and scripts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type Bank, type BankFile } from '../core/bank/types.ts'
import { parseBanks, type ParsedBanks } from '../core/bank/parse.ts'
import { own } from '../core/records.ts'
import { LANGUAGE, localiseBank, SOURCE_LANGUAGE, type TranslationFiles } from '../core/bank/translation.ts'

/** Section file names: two or more digits, a hyphen, a slug, `.json`. */
export const SECTION_FILE = /^\d{2,}-[a-z0-9-]+\.json$/

/** The insurers' controls (see questions/README.md). */
export const INSURANCE_FILE = 'insurance.json'

export interface BankFiles {
  readonly meta: BankFile
  readonly sections: readonly BankFile[]
  /** `insurance.json`, the insurers' controls mapped onto the questions; absent in a bank without one. */
  readonly insurance?: BankFile
  /** One per folder named by a language code (`es/`): its bank files. */
  readonly translations: readonly TranslationFiles[]
  /** Absolute paths of every file read, for watching. */
  readonly paths: readonly string[]
}

/** The bank files of one folder: bank.json, the section files in name order, insurance.json (those that exist). */
function bankFileNames(dir: string): string[] {
  const names = readdirSync(dir)
  return [...names.filter((n) => n === 'bank.json'), ...names.filter((n) => SECTION_FILE.test(n)).sort(), ...names.filter((n) => n === INSURANCE_FILE)]
}

/** Reads the files of the bank in `dir`; names in messages are relative to `root`. */
export function readBankFiles(dir: string, root: string = process.cwd()): BankFiles {
  const read = (folder: string, name: string): BankFile => ({ name: relative(root, join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })
  const names = readdirSync(dir).filter((n) => SECTION_FILE.test(n)).sort()
  const insurance = existsSync(join(dir, INSURANCE_FILE)) ? read(dir, INSURANCE_FILE) : undefined
  const langs = readdirSync(dir).filter((n) => LANGUAGE.test(n) && statSync(join(dir, n)).isDirectory()).sort()
  const translations = langs.map((lang): TranslationFiles => {
    const folder = join(dir, lang)
    return { lang, dir: relative(root, folder), files: bankFileNames(folder).map((n) => read(folder, n)) }
  })
  const paths = [
    ...['bank.json', ...names, ...(insurance === undefined ? [] : [INSURANCE_FILE])].map((n) => join(dir, n)),
    ...langs.flatMap((lang) => bankFileNames(join(dir, lang)).map((n) => join(dir, lang, n))),
  ]
  return { meta: read(dir, 'bank.json'), sections: names.map((n) => read(dir, n)), ...(insurance === undefined ? {} : { insurance }), translations, paths }
}

/** Reads and validates the bank in `dir` and every translation beside it. Throws a `BankError` naming file and field. */
export function loadBanks(dir: string, root?: string): ParsedBanks {
  const files = readBankFiles(dir, root)
  return parseBanks(files.meta, files.sections, files.insurance, files.translations)
}

/**
 * Reads and validates the bank in `dir` (with its translations) and returns it in `lang` (English
 * by default). Throws a `BankError` naming file and field, or an `Error` for a language the bank
 * does not have.
 */
export function loadBank(dir: string, root?: string, lang: string = SOURCE_LANGUAGE): Bank {
  const { bank, languages, translations } = loadBanks(dir, root)
  if (lang === SOURCE_LANGUAGE) return bank
  const translation = own(translations, lang)
  if (translation === undefined) throw new Error(`The question bank has no language "${lang}" (it has ${languages.join(', ')})`)
  return localiseBank(bank, translation)
}
