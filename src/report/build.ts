/**
 * The PDF action plan. `buildReport` lays out the whole report with text and vector shapes; it is
 * handed the jsPDF class so this module never loads jsPDF itself (see `download.ts`).
 */
import type { jsPDF } from 'jspdf'
import { numberedActions, restOfPlan, topActions } from '../core/plan.ts'
import type { ReportInput } from './input.ts'
import { parseHex } from '../branding/colour.ts'
import { helpBlock, restOfPlanBlock } from './parts/plan.ts'
import { appendixBlock } from './parts/appendix.ts'
import { pageChrome } from './parts/chrome.ts'
import { detectionBlock, fixFirstBlock, itPartnerIntro, overviewBlock, sectionScoresBlock, titleBlock } from './parts/cover.ts'
import { gapsBlock } from './parts/gaps.ts'
import { insuranceBlock, insuranceEvidenceBlock } from './parts/insurance.ts'
import { sinceBlock } from './parts/since.ts'
import { Writer } from './writer.ts'
import { sectionPages } from './parts/section-pages.ts'
import { ownerSummary } from './parts/summary.ts'
import { toPdfText, validDate } from './text.ts'
import type { Messages } from '../i18n/types.ts'

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

/** The report's title: "Cyber-readiness action plan", then "for <business>" when named, in the language of `words`. */
export function reportTitle(businessName: string, words: Messages['report']): string {
  return businessName === '' ? words.title : words.titleFor(businessName)
}

/**
 * Builds the action plan as an A4 portrait PDF, in two parts. First the owner's: title, score gauge
 * and a plain-words summary (with what changed since an earlier assessment, when one is given), what to fix first (`topActions`, as on the page and in the email), the detection timeline and scores by section; then the
 * plan by time frame and how the MSP helps; a page per section; the things to find out; and an
 * appendix for the MSP (answers, framework references, sources). Every page carries the MSP's
 * name, contact, the date and "Page N of M". All text goes through `toPdfText` (Latin-1 safe), so
 * any input renders without throwing. The same input gives the same bytes.
 */
export function buildReport(JsPDF: typeof jsPDF, input: ReportInput): jsPDF {
  const { bank, results, plan, branding, messages } = input
  const words = messages.report
  const date = validDate(input.date)
  const business = (input.businessName ?? '').trim()
  const doc = new JsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true })
  doc.setProperties({
    title: toPdfText(reportTitle(business, words)),
    subject: toPdfText(words.subject(bank.title)),
    author: toPdfText(branding.name),
    keywords: toPdfText(words.keywords),
    creator: toPdfText(words.creator),
  })
  doc.setCreationDate(date)
  doc.setFileId(fileIdFor(date, business))
  // jsPDF's type lists some tags only; the PDF's /Lang takes any BCP 47 tag, and `es` is among them.
  doc.setLanguage(words.pdfLanguage as Parameters<typeof doc.setLanguage>[0])

  const w = new Writer(doc, messages, parseHex(branding.colours.accent) ?? undefined)
  const numbered = numberedActions(plan)
  // Part one, for the owner (at most six pages): the score, what to fix first, the detection
  // timeline, how the MSP helps, the rest of the plan at a glance and what insurers will ask.
  titleBlock(w, bank, branding.name, date, business)
  overviewBlock(w, bank, results, ownerSummary(results, plan, words.summary))
  sinceBlock(w, input.comparison)
  fixFirstBlock(w, topActions(plan))
  detectionBlock(w, bank, input.detection)
  sectionScoresBlock(w, bank, results)
  helpBlock(w, branding)
  restOfPlanBlock(w, restOfPlan(plan), numbered)
  insuranceBlock(w, input.insurance, numbered)
  // Part two, for the IT partner, on a page of its own.
  itPartnerIntro(w, branding.name)
  sectionPages(w, bank, results.sections, numbered, branding.name)
  gapsBlock(w, results.gaps, numbered, branding.name)
  insuranceEvidenceBlock(w, input.insurance)
  appendixBlock(w, bank, input.detection)
  pageChrome(w, branding, date, business, input.logo)
  return doc
}
