/**
 * The PDF action plan. `buildReport` lays out the whole report with text and vector shapes; it is
 * handed the jsPDF class so this module never loads jsPDF itself (see `download.ts`).
 */
import type { jsPDF } from 'jspdf'
import type { Bank } from '../core/bank.ts'
import type { Plan } from '../core/plan.ts'
import type { Results } from '../core/scoring.ts'
import type { Branding } from '../branding.ts'
import { contactLine, overallBlock, sectionScoresBlock, titleBlock } from './cover.ts'
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE, Writer, lineHeight } from './layout.ts'
import { gapsBlock, helpBlock, planBlock } from './sections.ts'
import { toPdfText, validDate } from './text.ts'

export interface ReportInput {
  readonly bank: Bank
  readonly results: Results
  readonly plan: Plan
  readonly branding: Branding
  /** The date printed on the report and stored as its creation date. */
  readonly date: Date
  /** Printed as "for <business>" when given and not blank. */
  readonly businessName?: string
}

/** FNV-1a over the string with a seed: 8 hex digits. */
function fnv(text: string, seed: number): string {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** A fixed 32-hex-digit file id derived from the date and business, so equal input gives equal bytes. */
export function fileIdFor(date: Date, businessName = ''): string {
  const key = `${validDate(date).getTime()}|${businessName}`
  return [1, 2, 3, 4].map((seed) => fnv(key, seed)).join('').toUpperCase()
}

/** Footer on every page: the MSP's name, phone and email on the left, "Page N of M" on the right. */
function footers(w: Writer, branding: Branding): void {
  const total = w.doc.getNumberOfPages()
  const style = { size: SIZE.small, color: COLOR.muted }
  const width = CONTENT_WIDTH - 30
  const parts = [branding.name.trim(), contactLine(branding, false)].filter((p) => p !== '')
  // One line when it fits; otherwise the name on the first line and the contact on the second.
  const oneLine = w.wrap(parts.join('  \u00B7  '), style, width)
  const lines = oneLine.length === 1 ? oneLine : parts.slice(0, 2).map((p) => w.wrap(p, style, width)[0] ?? '')
  const lh = lineHeight(SIZE.small)
  const ruleY = CONTENT_BOTTOM + 5
  for (let page = 1; page <= total; page += 1) {
    w.doc.setPage(page)
    w.doc.setDrawColor(...COLOR.track)
    w.doc.setLineWidth(0.3)
    w.doc.line(PAGE.margin, ruleY, PAGE.width - PAGE.margin, ruleY)
    w.style(style)
    lines.forEach((line, i) => w.doc.text(line, PAGE.margin, ruleY + 5 + i * lh))
    w.doc.text(`Page ${page} of ${total}`, PAGE.width - PAGE.margin, ruleY + 5, { align: 'right' })
  }
}

/**
 * Builds the action plan as an A4 portrait PDF: title block with the MSP's contact, overall and
 * per-section scores, the plan by time frame, the knowledge gaps, how the MSP can help, and a
 * footer on every page. All text goes through `toPdfText` (Latin-1 safe), so any input renders
 * without throwing. The same input gives the same bytes (fixed creation date and file id).
 */
export function buildReport(JsPDF: typeof jsPDF, input: ReportInput): jsPDF {
  const { results, plan, branding } = input
  const date = validDate(input.date)
  const business = (input.businessName ?? '').trim()
  const doc = new JsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true })
  const title = `Cyber-readiness action plan${business === '' ? '' : ` for ${business}`}`
  doc.setProperties({
    title: toPdfText(title),
    subject: toPdfText(`${input.bank.title}: scores, knowledge gaps and a prioritised action plan`),
    author: toPdfText(branding.name),
    creator: 'Cyber-readiness assessment',
  })
  doc.setCreationDate(date)
  doc.setFileId(fileIdFor(date, business))
  if (typeof doc.setLanguage === 'function') doc.setLanguage('en-US')

  const w = new Writer(doc)
  titleBlock(w, branding, date, business)
  overallBlock(w, results)
  sectionScoresBlock(w, results)
  planBlock(w, plan)
  gapsBlock(w, results.gaps)
  helpBlock(w, branding)
  footers(w, branding)
  return doc
}
