import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING, type Branding } from '../../src/branding/parse.ts'
import { pdfItems, pdfText, type PdfItem } from '../support/pdf-text.ts'
import { MM, bytes, flat, input, longBank, reportBank, textOf } from './report-fixture.ts'

const squash = (t: string): string => t.replace(/\s+/g, ' ').trim()
/** Baselines above this (in PDF points from the bottom) belong to the header; below the other, to the footer. */
const HEADER_ZONE = (297 - 26) * MM
const FOOTER_ZONE = (297 - 270) * MM

const HEADINGS = [
  /^Fix these first$/,
  /^How fast would you notice a breach\?$/,
  /^Scores by section$/,
  /^The rest of your plan$/,
  /^(This week|Within 30 days|Within 90 days) \(\d+\)$/,
  /^What is in place$/,
  /^What is missing, and what to do$/,
  /^Other questions in this section$/,
  /^Things to find out$/,
  /^How the detection estimate is made$/,
  /^The answers it rests on$/,
  /^Sources of the figures quoted$/,
  /^Detection benchmarks$/,
  /^(Accounts and backups|Email and customer portal)$/,
]

/**
 * The right edge of an item as pdf.js measures it. pdf.js has no Helvetica here and measures with
 * a substitute font up to 1% wider, so right-aligned text can seem to cross the margin by that much.
 */
function right(item: PdfItem): number {
  return item.x + item.width * 0.99
}

function body(items: readonly PdfItem[]): PdfItem[] {
  return items.filter((i) => i.str.trim() !== '' && i.y <= HEADER_ZONE && i.y >= FOOTER_ZONE)
}

describe('every page', () => {
  it('carries the MSP name, the business and date, the contact, the booking link and "Page N of M"', async () => {
    const report = input(longBank(), 'weak', { businessName: 'Acme Bakery' })
    const pdf = bytes(report)
    const pages = await pdfText(pdf)
    expect(pages.length).toBeGreaterThanOrEqual(5)
    pages.forEach((page, i) => {
      const text = squash(page)
      for (const s of [DEFAULT_BRANDING.name, 'Acme Bakery | March 5, 2026', `Phone ${DEFAULT_BRANDING.phone} | ${DEFAULT_BRANDING.email} | Emergency ${DEFAULT_BRANDING.emergencyPhone}`, `${DEFAULT_BRANDING.ctaLabel}: ${DEFAULT_BRANDING.bookingUrl}`, `Page ${i + 1} of ${pages.length}`]) {
        expect(text, `page ${i + 1}`).toContain(s)
      }
    })
    const raw = Buffer.from(pdf).toString('latin1')
    const bookingLinks = raw.match(/\/URI \(https:\/\/example\.com\/book\)/g) ?? []
    expect(bookingLinks.length).toBe(pages.length + 1) // one in every footer, one in the help box
  })

  it('keeps text inside the margins, the header and footer in their bands, and never ends a page on a heading', async () => {
    // A longer business name each time pushes everything below it down by a line, so across these
    // variants every heading passes the bottom of a page.
    for (const profile of ['weak', 'unsure'] as const) {
      for (let extra = 0; extra < 10; extra += 1) {
        const businessName = `Bakery ${'Springfield '.repeat(extra * 5)}`
        const items = (await pdfItems(bytes(input(longBank(), profile, { businessName })))).filter((i) => i.str.trim() !== '')
        const header = [DEFAULT_BRANDING.name, '...', 'March 5, 2026']
        const footer = squash(`Phone ${DEFAULT_BRANDING.phone} | ${DEFAULT_BRANDING.email} | Emergency ${DEFAULT_BRANDING.emergencyPhone} ${DEFAULT_BRANDING.ctaLabel}: ${DEFAULT_BRANDING.bookingUrl}`)
        for (const item of items) {
          expect(item.x, item.str).toBeGreaterThanOrEqual(18 * MM - 0.5)
          expect(right(item), item.str).toBeLessThanOrEqual((210 - 18) * MM + 0.5)
          if (item.y > HEADER_ZONE) expect(header.some((h) => item.str.includes(h)), `header: ${item.str}`).toBe(true)
          if (item.y < FOOTER_ZONE) expect(footer.includes(squash(item.str)) || /^Page \d+ of \d+$/.test(item.str), `footer: ${item.str}`).toBe(true)
        }
        const pages = Math.max(...items.map((i) => i.page))
        for (let page = 1; page < pages; page += 1) {
          const lines = body(items.filter((i) => i.page === page))
          const last = squash(lines.reduce((low, i) => (i.y < low.y ? i : low)).str)
          expect(HEADINGS.some((h) => h.test(last)), `${profile} variant ${extra}, last line of page ${page}: "${last}"`).toBe(false)
        }
      }
    }
  })
})

describe('long and unusual text', () => {
  it('wraps a long business name in the title and cuts it, with "...", in the header', async () => {
    const business = 'The Extraordinarily Long Named Family Bakery and Coffee Roasting Company of Greater Springfield and Shelbyville'
    const pages = await textOf(input(reportBank(), 'weak', { businessName: business }))
    expect(pages[0]).toMatch(/for The Extraordinarily[^\n]*\n[^\n]*Shelbyville/)
    expect(flat(pages)).toContain(`for ${business}`)
    for (const page of pages.slice(1)) expect(page).toMatch(/The Extraordinarily Long Named[^\n|]*\.\.\. \| March 5, 2026/)
  })

  it('cuts a very long booking URL in the footer but links to all of it, and wraps long answers and URLs in the body', async () => {
    const bookingUrl = `https://example.com/book/${'very-long-path-segment/'.repeat(12)}end`
    const label = `No, ${'and this answer goes on and on with more words than any line can hold '.repeat(3)}really.`
    const bank = reportBank((json) => {
      const q = (json.sections[0]?.questions as Record<string, unknown>[])[0]
      const option = (q?.options as Record<string, unknown>[])[1]
      if (option !== undefined) option.label = label
    })
    const branding: Branding = { ...DEFAULT_BRANDING, bookingUrl }
    const pdf = bytes(input(bank, 'weak', { branding }))
    const items = await pdfItems(pdf)
    for (const item of items) expect(right(item), item.str).toBeLessThanOrEqual((210 - 18) * MM + 0.5)
    const footerLines = items.filter((i) => i.y < FOOTER_ZONE && i.str.startsWith(DEFAULT_BRANDING.ctaLabel))
    expect(footerLines.length).toBeGreaterThan(1)
    for (const line of footerLines) expect(line.str).toMatch(/\.\.\.$/)
    const all = flat(await pdfText(pdf))
    expect(all).toContain(`You answered: "${label}"`)
    expect(all.replace(/ /g, '')).toContain(`${DEFAULT_BRANDING.ctaLabel}:${bookingUrl}`.replace(/ /g, ''))
    const raw = Buffer.from(pdf).toString('latin1')
    expect(raw.split(`/URI (${bookingUrl})`).length - 1).toBeGreaterThan(footerLines.length)
  })

  it('prints text outside Latin-1 as mapped characters, never garbage, and never throws', async () => {
    const branding: Branding = { ...DEFAULT_BRANDING, name: 'Zoë’s “Secure” IT — 東京 ✓', howWeHelp: 'We fix things… fast → call us • today 👍.' }
    const pages = await textOf(input(reportBank(), 'weak', { branding, businessName: 'Zoë’s café — Łódź 東京 ✓' }))
    const all = flat(pages)
    expect(all).toContain("for Zoë's café - ?ódz ?? ?")
    expect(all).toContain('How Zoë\'s "Secure" IT - ?? ? can help We fix things... fast -> call us - today ?.')
    for (const page of pages) expect(page).toContain('Zoë\'s "Secure" IT - ?? ?')
    expect(all).not.toMatch(/[\u0100-\uffff]/)
  })
})
