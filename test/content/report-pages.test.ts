/**
 * The PDF stays focused for the shipped bank, in every language (deterministic, so a budget test):
 * the owner's part is at most six pages for every answer profile (five, plus the page of insurers'
 * questions), the IT partner's part starts on a page of its own, and the whole report is at most
 * 18 pages for the weakest profile and 20 for all "Not sure" (the insurers' evidence list added
 * about two pages). Spanish runs about a quarter longer than the English: the budgets are the same.
 * And its typography holds in every language: text inside the margins, the running header and
 * footer in their bands, and no page ending on a heading.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { brandingIn } from '../../src/branding/translate.ts'
import { PROFILES, sampleAnswers, type Profile } from '../../src/node/report-samples.ts'
import { reportBytes } from '../../src/report/download.ts'
import { reportInputFor } from '../../src/report/input.ts'
import { longDate } from '../../src/report/text.ts'
import { messages } from '../../src/i18n/messages.ts'
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts'
import { TIMEFRAMES, type Bank } from '../../src/core/bank/types.ts'
import { loadBank } from '../../src/node/bank-files.ts'
import { pdfItems, pdfText, type PdfItem } from '../support/pdf-text.ts'
import { QUESTIONS_DIR } from './real-bank.ts'

const LIMIT: Readonly<Record<(typeof PROFILES)[number], number>> = { strong: 18, weak: 18, mixed: 18, unsure: 20 }
const OWNER_PAGES = 6
const DATE = new Date(2026, 11, 2)
const MM = 72 / 25.4
/** Baselines above this (in PDF points from the bottom) belong to the header; below the other, to the footer. */
const HEADER_ZONE = (297 - 26) * MM
const FOOTER_ZONE = (297 - 270) * MM
const squash = (t: string): string => t.replace(/\s+/g, ' ').trim()

/** The report in `lang` for `profile`, as the app builds it (the placeholder branding in that language). */
async function report(bank: Bank, lang: Language, profile: Profile, options: { businessName?: string; previous?: { answers: Readonly<Record<string, string>>; savedAt: Date; bankVersion: number } } = {}) {
  return reportBytes(reportInputFor(bank, sampleAnswers(bank, profile), { branding: brandingIn(DEFAULT_BRANDING, lang).branding, messages: messages(lang), date: DATE, ...options }))
}

/** Every heading the report can print in `lang`: a page must never end on one. */
function headings(bank: Bank, lang: Language): string[] {
  const { report: r, results } = messages(lang)
  return [
    r.fixFirst.heading,
    r.detection.heading,
    r.sectionScores,
    r.rest.heading,
    r.section.inPlace,
    r.section.missing,
    r.section.others,
    r.gaps.heading,
    r.appendix.detection,
    r.appendix.basis,
    r.appendix.sources,
    r.appendix.benchmarks,
    r.insurance.heading,
    r.insurance.evidence,
    r.insurance.where,
    r.partner.heading,
    ...bank.sections.map((s) => s.title),
    ...TIMEFRAMES.map((t) => results.labels.when[t]),
  ].map(squash)
}

/** A heading printed as the last line of a page body (a time frame's heading carries its count). */
function isHeading(line: string, all: readonly string[]): boolean {
  return all.some((h) => line === h || line.replace(/ \(\d+\)$/, '') === h)
}

for (const lang of LANGUAGES) {
  describe(`the PDF of the shipped bank in ${lang}`, () => {
    const bank = loadBank(QUESTIONS_DIR, undefined, lang)
    const m = messages(lang)
    const partTwoAt = (text: readonly string[]): number => text.findIndex((t) => t.split('\n').some((line, i) => i < 3 && line.trim() === m.report.partner.heading))

    it.each(PROFILES)('%s: owner part at most 6 pages, then the IT partner part on a new page, within the page budget', async (profile) => {
      const { bytes, pages } = await report(bank, lang, profile)
      const text = await pdfText(bytes)
      // Each page's text starts with its running header; the part's title is the first line below it.
      const partTwo = partTwoAt(text)
      expect(partTwo, 'the IT partner part').toBeGreaterThan(0)
      expect(partTwo, 'pages in the owner part').toBeLessThanOrEqual(OWNER_PAGES)
      expect(text[partTwo - 1], "the owner part ends with the insurers' questions").toContain(m.report.insurance.heading)
      expect(pages).toBeLessThanOrEqual(LIMIT[profile])
    }, 30_000)

    it.each(PROFILES)('%s compared with an earlier assessment (every other profile in turn): the owner part still at most 6 pages', async (profile) => {
      for (const earlier of PROFILES.filter((p) => p !== profile)) {
        const previous = { answers: sampleAnswers(bank, earlier), savedAt: new Date(2026, 0, 5), bankVersion: bank.version }
        const text = await pdfText((await report(bank, lang, profile, { previous })).bytes)
        expect(text.join('\n')).toContain(m.report.since.heading(longDate(previous.savedAt, m.app)))
        expect(partTwoAt(text), `pages in the owner part, compared with ${earlier}`).toBeLessThanOrEqual(OWNER_PAGES)
      }
    }, 60_000)

    it('keeps text inside the margins, the header and footer in their bands, and never ends a page on a heading', async () => {
      const branding = brandingIn(DEFAULT_BRANDING, lang).branding
      const all = headings(bank, lang)
      const day = longDate(DATE, m.app)
      const footer = squash(`${m.report.phone(branding.phone)} | ${branding.email} | ${m.report.emergency(branding.emergencyPhone)} ${branding.ctaLabel}: ${branding.bookingUrl}`)
      // A longer business name each time pushes everything below it down by a line, so across these
      // variants the headings pass the bottom of a page.
      for (const profile of ['weak', 'unsure', 'mixed'] as const) {
        for (let extra = 0; extra < 4; extra += 1) {
          const businessName = `Bakery ${'Springfield '.repeat(extra * 5)}`
          const items = (await pdfItems((await report(bank, lang, profile, { businessName })).bytes)).filter((i) => i.str.trim() !== '')
          for (const item of items) {
            expect(item.x, item.str).toBeGreaterThanOrEqual(18 * MM - 0.5)
            // pdf.js measures with a substitute font up to 1% wider than Helvetica.
            expect(item.x + item.width * 0.99, item.str).toBeLessThanOrEqual((210 - 18) * MM + 0.5)
            if (item.y > HEADER_ZONE) expect([branding.name, '...', day].some((h) => item.str.includes(h)), `header: ${item.str}`).toBe(true)
            if (item.y < FOOTER_ZONE) expect(footer.includes(squash(item.str)) || item.str === m.report.page(item.page, Math.max(...items.map((i) => i.page))), `footer: ${item.str}`).toBe(true)
          }
          const pages = Math.max(...items.map((i) => i.page))
          for (let page = 1; page < pages; page += 1) {
            const body = items.filter((i: PdfItem) => i.page === page && i.y <= HEADER_ZONE && i.y >= FOOTER_ZONE)
            const last = squash(body.reduce((low, i) => (i.y < low.y ? i : low)).str)
            expect(isHeading(last, all), `${profile} variant ${extra}, last line of page ${page}: "${last}"`).toBe(false)
          }
        }
      }
    }, 120_000)
  })
}
