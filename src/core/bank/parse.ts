/**
 * The one door through which raw files become a typed bank. Runs at build time (the Vite plugin)
 * and in Node (tests, scripts), never in the browser. Pure: the caller hands over file names and
 * texts; `parseBank` returns a `Bank` or throws a `BankError` listing every problem, each naming
 * the file and the field. Field readers live in reader.ts, bank.json in meta.ts, section files in
 * section.ts.
 */
import type { Bank, BankFile, BankIssue } from './types.ts'
import { FileReader, duplicates, parseJson } from './reader.ts'
import { EMPTY_META, readMeta } from './meta.ts'
import { checkConditions, checkReferences, readSection } from './section.ts'
import { readInsurance } from './insurance.ts'
import { readLanguages, readTranslation, SOURCE_LANGUAGE, type BankTranslation, type TranslationFiles } from './translation.ts'

/** Thrown by `parseBank`: every problem found, each naming file and field. */
export class BankError extends Error {
  readonly issues: readonly BankIssue[]
  constructor(issues: readonly BankIssue[]) {
    super(
      `The question bank has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  ${i.file}: ${i.field}: ${i.message}`).join('\n'),
    )
    this.name = 'BankError'
    this.issues = issues
  }
}

/** The English bank, the languages bank.json lists, and each translation, checked against the English. */
export interface ParsedBanks {
  readonly bank: Bank
  /** English first, as bank.json's `languages` lists them (`["en"]` when it lists none). */
  readonly languages: readonly string[]
  /** Language code → its words; one per language but English. */
  readonly translations: Readonly<Record<string, BankTranslation>>
}

/** Reads and checks the English files into a bank and the languages list; problems go into `issues`. */
function readEnglish(meta: BankFile, sections: readonly BankFile[], insurance: BankFile | undefined, issues: BankIssue[]): { bank: Bank; languages: string[] } {
  const metaReader = new FileReader(meta.name, issues)
  const metaJson = parseJson(meta, issues)
  const metaObj = metaJson === undefined ? undefined : metaReader.object(metaJson, '(file)')
  const bankMeta = metaObj === undefined ? EMPTY_META : readMeta(metaReader, metaObj)
  const languages = metaObj === undefined ? [SOURCE_LANGUAGE] : readLanguages(metaReader, metaObj)
  if (sections.length === 0) issues.push({ file: meta.name, field: '(bank)', message: 'there are no section files' })
  const parsed = sections.flatMap((file) => {
    const json = parseJson(file, issues)
    if (json === undefined) return []
    const section = readSection(new FileReader(file.name, issues), json)
    return section === undefined ? [] : [section]
  })
  const sectionIds = parsed.map((s) => s.id)
  for (const id of duplicates(sectionIds)) {
    parsed.filter((s) => s.id === id).forEach((s) => issues.push({ file: s.file, field: 'id', message: `duplicate section id "${id}" (also in ${parsed.filter((o) => o.id === id && o !== s).map((o) => o.file).join(', ')})` }))
  }
  const questionIds = parsed.flatMap((s) => s.questions.map((q) => q.id))
  for (const id of duplicates(questionIds)) {
    for (const s of parsed) {
      s.questions.forEach((q, i) => {
        if (q.id === id) issues.push({ file: s.file, field: `questions[${i}].id`, message: `duplicate question id "${id}": question ids must be unique across all files` })
      })
    }
  }
  checkConditions(parsed, issues)
  checkReferences(parsed, bankMeta.detection.bands, issues)
  const insuranceJson = insurance === undefined ? undefined : parseJson(insurance, issues)
  const controls = insurance === undefined || insuranceJson === undefined ? [] : readInsurance(new FileReader(insurance.name, issues), insuranceJson, parsed)
  return { bank: { ...bankMeta, complete: true, sections: parsed, insurance: controls }, languages }
}

/**
 * Parses and validates the bank: `meta` is the bank file (version, title, tiers), `sections` the
 * section files in order, `insurance` the insurers' controls mapped onto those sections (none when
 * left out). Returns the typed bank, or throws a `BankError` naming every problem. Translations are
 * not read here (see `parseBanks`).
 */
export function parseBank(meta: BankFile, sections: readonly BankFile[], insurance?: BankFile): Bank {
  const issues: BankIssue[] = []
  const { bank } = readEnglish(meta, sections, insurance, issues)
  if (issues.length > 0) throw new BankError(issues)
  return bank
}

/**
 * Parses and validates the bank and every translation: each language bank.json lists (but
 * English) needs its folder among `translations`, and each folder handed over must be listed.
 * Throws one `BankError` naming every problem, English and translations alike. A translation is
 * checked only against an English bank without problems (its keys come from the English).
 */
export function parseBanks(meta: BankFile, sections: readonly BankFile[], insurance: BankFile | undefined, translations: readonly TranslationFiles[]): ParsedBanks {
  const issues: BankIssue[] = []
  const { bank, languages } = readEnglish(meta, sections, insurance, issues)
  if (issues.length > 0) throw new BankError(issues)
  for (const lang of languages) {
    if (lang !== SOURCE_LANGUAGE && !translations.some((t) => t.lang === lang)) {
      issues.push({ file: meta.name, field: 'languages', message: `lists "${lang}", but there is no folder ${lang}/ of translations beside it` })
    }
  }
  const read = translations.flatMap((files): [string, BankTranslation][] => {
    if (files.lang === SOURCE_LANGUAGE) {
      issues.push({ file: files.dir, field: '(folder)', message: `"${SOURCE_LANGUAGE}" is the source: its words are the files of the bank folder itself, so remove this folder` })
      return []
    }
    if (!languages.includes(files.lang)) {
      issues.push({ file: files.dir, field: '(folder)', message: `is a translation folder, but bank.json's languages (${languages.join(', ')}) do not list "${files.lang}": add it there, or remove the folder` })
      return []
    }
    return [[files.lang, readTranslation(bank, files, issues)]]
  })
  if (issues.length > 0) throw new BankError(issues)
  return { bank, languages, translations: Object.fromEntries(read) }
}
