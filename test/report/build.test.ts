import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { jsPDF } from 'jspdf'
import type { Bank } from '../../src/core/bank.ts'
import type { Answers } from '../../src/core/answers.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { DEFAULT_BRANDING, type Branding } from '../../src/branding.ts'
import { buildReport, fileIdFor, type ReportInput } from '../../src/report/build.ts'
import { FIXTURE_ANSWERS, eachAction, fixtureBank } from '../support/fixture-bank.ts'
import { pdfItems, pdfText } from '../support/pdf-text.ts'

const DATE = new Date(2026, 2, 5, 10, 30)
const MM = 72 / 25.4

function input(bank: Bank = fixtureBank(), answers: Answers = FIXTURE_ANSWERS, extra: Partial<ReportInput> = {}): ReportInput {
  return { bank, results: scoreAssessment(bank, answers), plan: derivePlan(bank, answers), branding: DEFAULT_BRANDING, date: DATE, ...extra }
}

function bytes(report: ReportInput): ArrayBuffer {
  return buildReport(jsPDF, report).output('arraybuffer')
}

/** All text with every run of whitespace (line breaks included) as one space. */
function flat(pages: readonly string[]): string {
  return pages.join('\n').replace(/\s+/g, ' ')
}

const LONG_WHY = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} explains in plain words why this step matters to a small business.`).join(' ')

/** The fixture bank with every action's reason about 170 words long: the plan spans several pages. */
function longBank(): Bank {
  return fixtureBank((json) => eachAction(json, (action) => void (action.why = LONG_WHY)))
}

describe('buildReport', () => {
  it('writes the score, tier, section scores, plan, gaps and the call to action', async () => {
    const all = flat(await pdfText(bytes(input(fixtureBank(), FIXTURE_ANSWERS, { businessName: 'Acme Bakery' }))))
    expect(all).toContain('Cyber-readiness action plan for Acme Bakery March 5, 2026')
    expect(all).toContain('11 / 100 Exposed')
    expect(all).toContain('Several basic protections are missing.')
    expect(all).toContain('Accounts and backups 0 / 100')
    expect(all).toContain('Email and customer portal 17 / 100')
    expect(all).toContain('Knowledge gaps: 1 answer was "Not sure"')
    expect(all).toContain('Who acts: You, with your IT partner · Effort: A few hours · Cost: Free')
    expect(all).toContain('Who acts: Your IT partner · Effort: A few days · Cost: Low cost')
    expect(all).toContain('Does the portal limit repeated login attempts? Find out: Ask your developer whether the portal limits login attempts')
    expect(all).toContain(`How ${DEFAULT_BRANDING.name} can help ${DEFAULT_BRANDING.howWeHelp}`)
    expect(all).toContain(`${DEFAULT_BRANDING.ctaLabel}: ${DEFAULT_BRANDING.bookingUrl}`)
  })

  it('lists actions by time frame, the higher-risk action first even when it comes later in the bank', async () => {
    const all = flat(await pdfText(bytes(input())))
    const at = (s: string): number => all.indexOf(s)
    const order = ['Your plan', 'This week', '1. Turn on multi-factor authentication for email', '2. Review every admin account', 'Within 30 days', '3. Set up a weekly offline backup', 'Within 90 days', '4. Ask your developer', 'Knowledge gaps You answered']
    for (const s of order) expect(at(s), s).toBeGreaterThan(-1)
    expect(order.map(at)).toEqual(order.map(at).sort((a, b) => a - b))
    expect(all).not.toContain('Turn on automatic updates')
  })

  it('says "not answered" for a section without answers, and copes with no answers at all', async () => {
    const partial = flat(await pdfText(bytes(input(fixtureBank(), { 'admin-review': 'yes', backups: 'yes' }))))
    expect(partial).toContain('Accounts and backups 100 / 100')
    expect(partial).toContain('Email and customer portal not answered')
    expect(partial).toContain('100 / 100 Well prepared')
    const empty = flat(await pdfText(bytes(input(fixtureBank(), {}))))
    expect(empty).toContain('Not scored yet')
    expect(empty).toContain('call for no actions')
    expect(empty).not.toContain('Knowledge gaps:')
  })

  it('puts the MSP name, phone, email and "Page N of M" on every page', async () => {
    const doc = buildReport(jsPDF, input(longBank()))
    const pages = await pdfText(doc.output('arraybuffer'))
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expect(pages.length).toBe(doc.getNumberOfPages())
    pages.forEach((page, i) => {
      for (const s of [DEFAULT_BRANDING.name, DEFAULT_BRANDING.phone, DEFAULT_BRANDING.email, `Page ${i + 1} of ${pages.length}`]) expect(page, `page ${i + 1}`).toContain(s)
    })
  })

  it('keeps all text inside the margins and clear of the footer, and never ends a page on a heading', async () => {
    const squash = (t: string): string => t.replace(/\s+/g, ' ').trim()
    const footer = squash(`${DEFAULT_BRANDING.name} · ${DEFAULT_BRANDING.phone} · ${DEFAULT_BRANDING.email}`)
    const footerTop = (297 - 272) * MM // content ends 272 mm from the top
    const headings = ['Scores by section', 'Your plan', 'This week', 'Within 30 days', 'Within 90 days', 'Knowledge gaps']
    const intros = squash('4 actions, grouped by when to do them and most urgent first within each group. You answered "Not sure" to these questions. Finding out is usually quick, and the answer may change your plan.')
    // A longer business name each time pushes everything below it down by a line: across these
    // variants every heading passes the bottom of a page.
    for (let extra = 0; extra < 12; extra += 1) {
      const businessName = `Bakery ${'Springfield '.repeat(extra * 5)}`
      const items = (await pdfItems(bytes(input(longBank(), FIXTURE_ANSWERS, { businessName })))).filter((i) => i.str.trim() !== '')
      for (const item of items) {
        expect(item.x, item.str).toBeGreaterThanOrEqual(18 * MM - 0.5)
        expect(item.x + item.width, item.str).toBeLessThanOrEqual((210 - 18) * MM + 0.5)
        // Below the content area there is only the footer.
        if (item.y < footerTop) expect(footer.includes(squash(item.str)) || /^Page \d+ of \d+$/.test(item.str), item.str).toBe(true)
      }
      const pages = Math.max(...items.map((i) => i.page))
      for (let page = 1; page < pages; page += 1) {
        const body = items.filter((i) => i.page === page && i.y >= footerTop)
        const last = squash(body[body.length - 1]?.str ?? '')
        expect(headings.includes(last) || intros.includes(last), `variant ${extra}, last line of page ${page}: "${last}"`).toBe(false)
      }
    }
  })

  it('wraps a long business name and long action text without losing a word', async () => {
    const business = 'The Extraordinarily Long Named Family Bakery and Coffee Roasting Company of Greater Springfield'
    const pages = await pdfText(bytes(input(longBank(), FIXTURE_ANSWERS, { businessName: business })))
    const first = pages[0] ?? ''
    expect(first).toMatch(/for The Extraordinarily[^\n]*\n[^\n]*Springfield/)
    const all = flat(pages)
    expect(all).toContain(`for ${business}`)
    expect(all).toContain(`Turn on multi-factor authentication for email ${LONG_WHY}`)
  })

  it('prints text outside Latin-1 as mapped characters, never garbage', async () => {
    const branding: Branding = { ...DEFAULT_BRANDING, name: 'Zoë’s “Secure” IT — 東京 ✓', howWeHelp: 'We fix things… fast → call us • today.' }
    const pages = await pdfText(bytes(input(fixtureBank(), FIXTURE_ANSWERS, { branding, businessName: 'Zoë’s café — 東京 ✓' })))
    const all = flat(pages)
    expect(all).toContain("for Zoë's café - ?? ?")
    expect(all).toContain('How Zoë\'s "Secure" IT - ?? ? can help We fix things... fast -> call us - today.')
    for (const page of pages) expect(page).toContain('Zoë\'s "Secure" IT - ?? ?')
    expect(all).not.toMatch(/[\u0100-\uffff]/)
  })

  it('gives identical bytes for identical input, and different bytes for another date', () => {
    const a = new Uint8Array(bytes(input()))
    const b = new Uint8Array(bytes(input()))
    expect(a.length).toBeGreaterThan(1000)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    const c = new Uint8Array(bytes(input(fixtureBank(), FIXTURE_ANSWERS, { date: new Date(2026, 2, 6) })))
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false)
  })

  it('sets the document properties, language, creation date and the file id', () => {
    const raw = Buffer.from(bytes(input(fixtureBank(), FIXTURE_ANSWERS, { businessName: 'Acme' }))).toString('latin1')
    expect(raw).toContain('/Title (Cyber-readiness action plan for Acme)')
    expect(raw).toContain(`/Author (${DEFAULT_BRANDING.name.replace(/[()]/g, '\\$&')})`)
    expect(raw).toMatch(/\/Subject \(Fixture readiness check: /)
    expect(raw).toContain('/Creator (Cyber-readiness assessment)')
    expect(raw).toContain('/CreationDate (D:20260305103000')
    expect(raw).toContain('/Lang (en-US)')
    const id = fileIdFor(DATE, 'Acme')
    expect(id).toMatch(/^[0-9A-F]{32}$/)
    expect(id).not.toBe(fileIdFor(new Date(2026, 2, 6), 'Acme'))
    expect(raw).toContain(`/ID [ <${id}> <${id}> ]`)
    const objects = raw.replace(/stream\r?\n[\s\S]*?endstream/g, '')
    expect(objects).toContain('/Annots') // the links of the closing block
    expect(objects).not.toMatch(/\/(JavaScript|JS|AcroForm|Widget|Launch)\b/)
    expect(objects).not.toMatch(/\/OpenAction\s*<</) // jsPDF's default is a page destination, not an action
    expect(objects.match(/\/S \/\w+/g)).toEqual(['/S /URI', '/S /URI', '/S /URI', '/S /URI'])
    expect(objects.match(/\/Subtype \/(\w+)/g)?.filter((t) => !/Link|Type1/.test(t))).toEqual([])
  })
})

describe('the report modules', () => {
  it('load jsPDF only in download.ts, and only lazily', () => {
    const dir = fileURLToPath(new URL('../../src/report', import.meta.url))
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(`${dir}/${name}`, 'utf8')
      expect(source, name).not.toMatch(/^import (?!type )[^\n]*from 'jspdf'/m)
      expect(source.includes("import('jspdf')"), name).toBe(name === 'download.ts')
    }
  })
})
