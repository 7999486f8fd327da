/**
 * The plan as a spreadsheet: one CSV row per action, numbered as in the PDF (`numberedActions`:
 * fix-first 1 to 5, then the rest by time frame). Written for Excel, Numbers and Google Sheets:
 * UTF-8 with a byte order mark (so Excel reads "Zoë" and "–" right), CRLF line ends, fields quoted
 * per RFC 4180 where needed, and every cell that a spreadsheet could run as a formula neutralised.
 */
import type { Frameworks } from './bank/types.ts'
import { FIX_FIRST_COUNT, numberedActions, topActions, type Plan, type PlanItem } from './plan.ts'
import type { InsuranceReadiness } from './insurance.ts'
import type { ResultsMessages } from '../i18n/types.ts'

/** The words a CSV needs (`results` of a dictionary): the header, yes / no, who / when / effort / cost, the insurance statuses. */
export type CsvWords = Pick<ResultsMessages, 'csv' | 'labels' | 'insurance'>

/** The byte order mark that starts the file: without it Excel reads UTF-8 as the local code page. */
export const BOM = '\uFEFF'

/**
 * A cell a spreadsheet would read as a formula (CSV or formula injection, OWASP): one that starts
 * with a tab, CR or LF, or whose first character after any leading whitespace is `=`, `+`, `-` or
 * `@`, or their full-width forms (＝ ＋ － ＠, which some spreadsheets also accept). Leading
 * whitespace counts because spreadsheets trim it on import (` =1+1` is a formula in some).
 */
const FORMULA_LIKE = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/

/** True when `value` could be read as a formula (see `FORMULA_LIKE`). */
export function isFormulaLike(value: string): boolean {
  return FORMULA_LIKE.test(value)
}

/**
 * The cell as text a spreadsheet shows and never runs: a formula-like value gets a single quote in
 * front (`=1+1` becomes `'=1+1`), the OWASP recommendation; anything else is left as it is.
 */
export function neutraliseCell(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value
}

/** One field per RFC 4180: in double quotes (inner quotes doubled) when it holds a comma, quote, CR or LF. */
function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * Rows as a CSV file: the BOM, then each row's neutralised and quoted fields joined by commas, each
 * row ended by CRLF. A row of one empty field is written `""`, so it is not read as a blank line.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => (row.length === 1 && row[0] === '' ? '""' : row.map((f) => quote(neutraliseCell(f))).join(',')))
  return `${BOM}${lines.map((l) => `${l}\r\n`).join('')}`
}

/** NIST CSF, CIS and OWASP ids, one column each. CIS ids read "CIS 6.5" so no spreadsheet turns them into numbers or dates. */
function frameworkCells({ nist, cis, owasp }: Frameworks): string[] {
  return [nist.join('; '), cis.map((id) => `CIS ${id}`).join('; '), owasp.join('; ')]
}

/** "MFA on email (Doesn't meet); Admin accounts (Partly)": the insurers' questions this action helps answer, with their status. */
function insurerCell(item: PlanItem, insurance: InsuranceReadiness | null, status: CsvWords['insurance']['status']): string {
  if (insurance === null) return ''
  return insurance.controls
    .filter((c) => c.actions.includes(item))
    .map((c) => `${c.control.topic} (${status[c.status]})`)
    .join('; ')
}

/**
 * The plan's rows without the header, in the language of `words`, in `numberedActions` order: rank, fix first (yes/no), action,
 * why, …, and which of the insurers' questions (`insuranceReadiness`) the action helps answer.
 */
export function planRows(plan: Plan, words: CsvWords, insurance: InsuranceReadiness | null = null, count: number = FIX_FIRST_COUNT): string[][] {
  const first = new Set(topActions(plan, count))
  const { who, when, effort, cost } = words.labels
  return numberedActions(plan, count).map((item, index) => [
    String(index + 1),
    first.has(item) ? words.csv.yes : words.csv.no,
    item.action.do,
    item.action.why,
    when[item.action.timeframe],
    who[item.action.who],
    effort[item.action.effort],
    cost[item.action.cost],
    item.section.title,
    item.question.text,
    item.answer,
    insurerCell(item, insurance, words.insurance.status),
    ...frameworkCells(item.question.frameworks),
  ])
}

/** The whole plan as a CSV file (header, then one row per action) in the language of `words`; an empty plan gives the header only. */
export function planCsv(plan: Plan, words: CsvWords, insurance: InsuranceReadiness | null = null): string {
  return toCsv([words.csv.header, ...planRows(plan, words, insurance)])
}
