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

/**
 * Parses and validates the bank: `meta` is the bank file (version, title, tiers), `sections` the
 * section files in order, `insurance` the insurers' controls mapped onto those sections (none when
 * left out). Returns the typed bank, or throws a `BankError` naming every problem.
 */
export function parseBank(meta: BankFile, sections: readonly BankFile[], insurance?: BankFile): Bank {
  const issues: BankIssue[] = []
  const metaReader = new FileReader(meta.name, issues)
  const metaJson = parseJson(meta, issues)
  const metaObj = metaJson === undefined ? undefined : metaReader.object(metaJson, '(file)')
  const bankMeta = metaObj === undefined ? EMPTY_META : readMeta(metaReader, metaObj)
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
  if (issues.length > 0) throw new BankError(issues)
  return { ...bankMeta, complete: true, sections: parsed, insurance: controls }
}
