/**
 * The fixture bank dressed for report tests: detection bands on one question, an answer that
 * raises other actions' priority, and helpers to build a report and read it back.
 */
import { jsPDF } from 'jspdf'
import type { Bank } from '../../src/core/bank/types.ts'
import type { Answers } from '../../src/core/answers.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { buildReport } from '../../src/report/build.ts'
import { reportInputFor, type ReportInput, type ReportOptions } from '../../src/report/input.ts'
import { messages } from '../../src/i18n/messages.ts'
import { sampleAnswers, type Profile } from '../../src/node/report-samples.ts'
import { eachAction, fixtureBank, type RawBank } from '../support/fixture-bank.ts'
import { pdfText } from '../support/pdf-text.ts'

export const DATE = new Date(2026, 2, 5, 10, 30)
/** PDF points per millimetre. */
export const MM = 72 / 25.4
export const RAISE_REASON = 'Without a backup, every other gap costs more'

type Json = RawBank
type Obj = Record<string, unknown>

/** Adds detection bands to "admin-review" and a raise (of the "online" section) to "backups: no". */
export function dress(json: Json): void {
  for (const section of json.sections) {
    for (const q of section.questions as Obj[]) {
      for (const o of q.options as Obj[]) {
        if (q.id === 'admin-review') o.detection = o.id === 'yes' ? 'hours' : 'months'
        if (q.id === 'backups' && o.id === 'no') o.raises = { sections: ['online'], factor: 2, reason: RAISE_REASON }
      }
    }
  }
}

export function reportBank(edit?: (json: Json) => void): Bank {
  return fixtureBank('report', (json) => {
    dress(json)
    edit?.(json)
  })
}

const LONG_WHY = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} explains in plain words why this step matters to a small business.`).join(' ')

/** Every action's reason about 170 words long: the plan spans several pages. */
export function longBank(): Bank {
  return reportBank((json) => eachAction(json, (action) => void (action.why = LONG_WHY)))
}

export function input(bank: Bank, answers: Answers | Profile, options: Partial<ReportOptions> = {}): ReportInput {
  const chosen = typeof answers === 'string' ? sampleAnswers(bank, answers) : answers
  return reportInputFor(bank, chosen, { branding: DEFAULT_BRANDING, date: DATE, messages: messages('en'), ...options })
}

export function bytes(report: ReportInput): Uint8Array {
  return new Uint8Array(buildReport(jsPDF, report).output('arraybuffer'))
}

/** All text with every run of whitespace (line breaks included) as one space. */
export function flat(pages: readonly string[]): string {
  return pages.join('\n').replace(/\s+/g, ' ')
}

export async function textOf(report: ReportInput): Promise<string[]> {
  return pdfText(bytes(report))
}

/** Asserts that each string occurs in `all`, in the given order; returns the positions. */
export function positions(all: string, order: readonly string[]): number[] {
  let from = 0
  return order.map((s) => {
    const at = all.indexOf(s, from)
    if (at < 0) throw new Error(`"${s}" not found after position ${from} (first anywhere: ${all.indexOf(s)})`)
    from = at + s.length
    return at
  })
}
