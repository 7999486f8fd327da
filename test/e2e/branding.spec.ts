/**
 * Branding from the deployed branding.json (served here through page.route, as an MSP would edit
 * dist/branding.json). Tests that load bad branding expect its console warnings explicitly.
 */
import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { axeViolations, expect, openResults, test } from './support.ts'
import { pdfText } from '../support/pdf-text.ts'
import { DEFAULT_BRANDING, parseBranding } from '../../src/branding/parse.ts'
import { contrast } from '../../src/branding/colour.ts'
import { bookingHref } from '../../src/embed/handoff.ts'

const shipped = JSON.parse(readFileSync('public/branding.json', 'utf8')) as Record<string, unknown>

async function serveBranding(page: Page, raw: unknown): Promise<void> {
  await page.route('**/branding.json', (route) => route.fulfill({ json: raw }))
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

/** Checks that exactly these console warnings appeared, then clears them for the fixture's final check. */
function expectWarnings(problems: string[], warnings: string[]): void {
  expect(problems).toEqual(warnings.map((w) => `console warning: ${w}`))
  problems.length = 0
}

const acme = {
  name: 'Acme IT Services',
  phone: '+44 20 7946 0958',
  email: 'hello@acme-it.example',
  website: 'https://acme-it.example',
  bookingUrl: 'https://acme-it.example/book?team=sales',
  howWeHelp: 'We look after the computers of shops, surgeries and offices across the county.',
  ctaLabel: 'Book your review',
  emergencyPhone: '+44 20 7946 0999',
  country: 'GB',
  logo: 'logo.png',
  colours: { accent: '#0f766e', text: '#0f172a', background: '#fbfaf7' },
}

test('a valid branding file rebrands the header, colours, contact, hand-off and PDF', async ({ page }) => {
  await page.context().route('https://acme-it.example/**', (route) => route.fulfill({ body: 'ok' }))
  await serveBranding(page, acme)
  await openResults(page, 'worst')
  await expect(page.locator('.masthead__name')).toHaveText(acme.name)
  const logo = page.locator('.masthead__logo')
  await expect(logo).toHaveAttribute('src', 'logo.png')
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320)
  await expect(page.getByRole('button', { name: 'Download PDF plan' })).toHaveCSS('background-color', rgb(acme.colours.accent))
  await expect(page.locator('body')).toHaveCSS('background-color', rgb(acme.colours.background))
  await expect(page.locator('body')).toHaveCSS('color', rgb(acme.colours.text))

  const contact = page.locator('.contact')
  await expect(contact.getByRole('heading')).toHaveText(`How ${acme.name} can help`)
  await expect(contact).toContainText(acme.howWeHelp)
  // The call to action and the email sit beside the score; the contact card holds the ways to reach the MSP.
  const next = page.locator('.next-step')
  await expect(next.getByRole('link', { name: new RegExp(acme.ctaLabel) })).toHaveAttribute('href', bookingHref(acme.bookingUrl, 'direct'))
  await expect(contact.getByRole('link', { name: acme.phone })).toHaveAttribute('href', 'tel:+442079460958')
  await expect(contact.getByRole('link', { name: acme.emergencyPhone })).toHaveAttribute('href', 'tel:+442079460999')
  await expect(next.getByRole('link', { name: `Email my results to ${acme.name}` })).toHaveAttribute('href', /^mailto:hello@acme-it\.example\?subject=/)
  expect(await axeViolations(page)).toEqual([])

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
  const bytes = await readFile(await download.path())
  const pages = await pdfText(bytes)
  for (const [i, text] of pages.entries()) expect(text, `page ${i + 1}`).toContain(acme.phone)
  expect(pages.join('\n')).toContain(acme.name)
  // The logo travels into the PDF as an image.
  expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/)
})

test('a branding file with bad fields still renders, with the defaults for those fields', async ({ page, problems }) => {
  const raw = {
    ...shipped,
    name: 'Acme IT <script>alert(1)</script>',
    phone: 'call us',
    bookingUrl: 'javascript:alert(1)',
    website: 'http://acme.example',
    logo: 'https://evil.example/logo.png',
    colours: { accent: '#ffdd00', text: 'red', background: '#ffffff' },
    bookingURL: 'https://typo.example',
  }
  const { branding, warnings } = parseBranding(raw)
  expect(warnings).toHaveLength(7)
  await serveBranding(page, raw)
  await openResults(page, 'worst')

  await expect(page.locator('.masthead__name')).toHaveText(raw.name)
  await expect(page.locator('.masthead img')).toHaveCount(0)
  await expect(page.locator('script:not([src])')).toHaveCount(0)
  const contact = page.locator('.contact')
  await expect(contact.getByRole('link', { name: DEFAULT_BRANDING.phone })).toBeVisible()
  await expect(page.locator('.next-step').getByRole('link', { name: new RegExp(DEFAULT_BRANDING.ctaLabel) })).toHaveAttribute('href', bookingHref(DEFAULT_BRANDING.bookingUrl, 'direct'))
  await expect(contact.getByRole('link', { name: `${DEFAULT_BRANDING.website} (opens in a new tab)` })).toHaveAttribute('href', DEFAULT_BRANDING.website)

  // The too-light accent was darkened just enough for white button text (and text defaults to the shipped colour).
  const button = page.getByRole('button', { name: 'Download PDF plan' })
  await expect(button).toHaveCSS('background-color', rgb(branding.colours.accent))
  expect(contrast(branding.colours.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  await expect(page.locator('body')).toHaveCSS('color', rgb(DEFAULT_BRANDING.colours.text))
  expect(await axeViolations(page)).toEqual([])
  expectWarnings(problems, warnings)
})

for (const [name, body] of [
  ['is not an image', '<!doctype html><title>Not found</title>'],
  ['is over 200 KB', Buffer.concat([readFileSync('public/logo.png'), Buffer.alloc(210 * 1024)])],
] as const) {
  test(`a logo file that ${name} is refused: no logo on the page or in the PDF`, async ({ page, problems }) => {
    await page.route('**/logo.png', (route) => route.fulfill({ body, contentType: 'image/png' }))
    await openResults(page, 'best')
    await expect(page.locator('.masthead__name')).toHaveText(DEFAULT_BRANDING.name)
    await expect(page.locator('.masthead img')).toHaveCount(0)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
    expect((await readFile(await download.path())).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/)
    const reason = name === 'is not an image' ? 'is not a PNG or JPEG image' : `is ${Math.ceil(body.length / 1024)} KB; the limit is 200 KB`
    // Refused once, on load: the PDF then has no logo to fetch.
    expectWarnings(problems, [`branding.json: "logo" "logo.png" ${reason}; no logo is shown.`])
  })
}

test('without a branding file the app runs with the default branding, and says so', async ({ page, problems }) => {
  await page.route('**/branding.json', (route) => route.fulfill({ status: 404, body: 'Not found' }))
  await page.goto('./')
  await expect(page.locator('.masthead__name')).toHaveText(DEFAULT_BRANDING.name)
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  // The browser logs the failed request itself; the app adds one warning.
  expect([...problems].sort()).toEqual([
    'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
    'console warning: branding.json could not be loaded (HTTP 404); using the default branding.',
  ])
  problems.length = 0
})

test('branding never comes from the URL', async ({ page }) => {
  await page.goto('./?name=Evil+Corp&phone=%2B1+900+666&bookingUrl=https%3A%2F%2Fevil.example&source=homepage#/results')
  await expect(page.locator('.masthead__name')).toHaveText(DEFAULT_BRANDING.name)
  await expect(page.getByText('Evil')).toHaveCount(0)
  const cta = page.getByRole('link', { name: new RegExp(DEFAULT_BRANDING.ctaLabel) })
  await expect(cta).toHaveAttribute('href', bookingHref(DEFAULT_BRANDING.bookingUrl, 'homepage'))
})
