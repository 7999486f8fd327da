/**
 * The embed on hostile or strict host pages (fixtures on port 4174): branding.json's embedOrigins,
 * a host page whose CSP allows only what the README says, and a sandbox without allow-same-origin.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test'
import { expect, test } from './support.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

const HOST = 'http://127.0.0.1:4174'
const APP = 'http://127.0.0.1:4173'
const KEY = 'cyber-readiness-assessment'

/** Serves branding.json with these changes (every other field valid, so no console warning). */
async function branding(context: BrowserContext, changes: Record<string, unknown>): Promise<void> {
  await context.route(`${APP}/branding.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...DEFAULT_BRANDING, ...changes }) }))
}

/** The frame showing the app, once it has loaded. */
async function appFrame(page: Page): Promise<Frame> {
  const url = /^http:\/\/127\.0\.0\.1:4173\//
  await expect.poll(() => page.frame({ url }) !== null, { timeout: 10_000 }).toBe(true)
  const frame = page.frame({ url })
  if (!frame) throw new Error('no app frame')
  await frame.waitForLoadState()
  return frame
}

/** Drops the console lines a browser prints for what these tests provoke on purpose. */
function forgive(problems: string[], pattern: RegExp): void {
  problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)))
}

test('framed by a site not in embedOrigins, the app shows a note and a plain link instead of the questionnaire', async ({ page, context }) => {
  await branding(context, { embedOrigins: ['https://www.msp.example'] })
  await page.goto(`${HOST}/host.html`)
  const frame = await appFrame(page)
  await expect(frame.getByText(`This assessment can only be embedded on ${DEFAULT_BRANDING.name}'s own website.`)).toBeVisible()
  const link = frame.getByRole('link', { name: 'Open the assessment in a new tab' })
  await expect(link).toHaveAttribute('target', '_blank')
  expect(new URL((await link.getAttribute('href')) ?? '').origin).toBe(APP)
  await expect(frame.getByRole('button', { name: 'Start the assessment' })).toHaveCount(0)
  expect(await frame.evaluate(() => document.documentElement.classList.contains('embedded'))).toBe(false)
  // No handshake: the host page never hears from the app.
  expect(await page.evaluate(() => (window as unknown as { hostEvents: unknown[] }).hostEvents)).toEqual([])
})

test('framed by a site in embedOrigins, the app works as usual', async ({ page, context }) => {
  await branding(context, { embedOrigins: ['https://www.msp.example', HOST] })
  await page.goto(`${HOST}/host.html`)
  await expect.poll(() => page.evaluate(() => (window as unknown as { hostEvents: { type: string }[] }).hostEvents.map((e) => e.type))).toContain('cyber-readiness:ready')
  const frame = await appFrame(page)
  await expect(frame.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
})

test('on a host page whose CSP allows only the app origin, no mailto: or tel: link navigates the frame away from the app', async ({ page, context, problems }) => {
  await branding(context, { bookingUrl: 'mailto:book@example.com' })
  // Popups for the mail and phone programs: close them, they are not the app's frame.
  context.on('page', (popup) => void popup.close().catch(() => undefined))
  await page.goto(`${HOST}/strict-host.html`)
  let frame = await appFrame(page)
  await frame.evaluate((key) => {
    localStorage.setItem(key, JSON.stringify({ version: 1, savedAt: new Date().toISOString(), answers: { 'api-profile': 'portal', 'api-inventory': 'no-idea' }, position: 'results' }))
  }, KEY)
  await frame.goto(`${APP}/?source=strict#/results`)
  frame = await appFrame(page)
  const title = frame.getByRole('heading', { level: 1, name: 'Your results' })
  await expect(title).toBeVisible()

  const links = [
    frame.getByRole('link', { name: DEFAULT_BRANDING.ctaLabel }),
    frame.getByRole('link', { name: `Email my results to ${DEFAULT_BRANDING.name}` }),
    frame.getByRole('link', { name: DEFAULT_BRANDING.phone, exact: true }),
    frame.getByRole('link', { name: DEFAULT_BRANDING.email, exact: true }),
    frame.getByRole('link', { name: DEFAULT_BRANDING.emergencyPhone, exact: true }),
  ]
  for (const link of links) {
    await expect(link).toHaveAttribute('href', /^(mailto|tel):/)
    await expect(link).toHaveAttribute('target', '_blank')
    await link.click()
    await expect(title).toBeVisible()
    expect(frame.url()).toMatch(/^http:\/\/127\.0\.0\.1:4173\/\?source=strict#\/results$/)
  }

  await frame.goto(`${APP}/?source=strict#/help-now`)
  frame = await appFrame(page)
  const help = frame.getByRole('heading', { level: 1, name: /Under attack right now/ })
  await expect(help).toBeVisible()
  const call = frame.getByRole('link', { name: `Call ${DEFAULT_BRANDING.emergencyPhone}` })
  await expect(call).toHaveAttribute('target', '_blank')
  await call.click()
  await expect(help).toBeVisible()
  expect(frame.url()).toMatch(/#\/help-now$/)
  // The popups' own "no handler for mailto:/tel:" lines are the test browser's, not the app's.
  forgive(problems, /Failed to launch '(mailto|tel):|Not allowed to launch '(mailto|tel):/)
})

test('in a sandbox without allow-same-origin the frame shows the app or the plain-link fallback, never a blank box', async ({ page, problems }) => {
  await page.goto(`${HOST}/opaque.html`)
  const frame = await appFrame(page)
  const app = frame.getByRole('button', { name: 'Start the assessment' })
  const fallback = frame.getByRole('link', { name: 'Open the assessment in a new tab' })
  await expect(app.or(fallback)).toBeVisible({ timeout: 8_000 })
  expect(await frame.evaluate(() => (document.body.innerText || '').trim().length)).toBeGreaterThan(20)
  // From an opaque origin the module script and stylesheet are cross-origin requests that the app's
  // server does not allow (no CORS for origin "null"): the browser says so, and the fallback stands.
  forgive(problems, /CORS policy|net::ERR_FAILED|Failed to load resource/)
})
