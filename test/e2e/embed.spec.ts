/**
 * The embed, as an MSP's site uses it: host pages on another origin (test/e2e/fixtures, served on
 * port 4174 with a strict CSP of their own) paste the snippet; a third origin is on port 4175.
 */
import { readFile } from 'node:fs/promises'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Frame, Page } from '@playwright/test'
import { completeAssessment, expect, seedProgress, test } from './support.ts'
import { pdfText } from '../support/pdf-text.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

const HOST = 'http://127.0.0.1:4174'
const APP = 'http://127.0.0.1:4173'
const sectionIds = readdirSync('questions')
  .filter((f) => /^\d+-.*\.json$/.test(f))
  .sort()
  .map((f) => (JSON.parse(readFileSync(`questions/${f}`, 'utf8')) as { id: string }).id)
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface HostEvent {
  embed: string
  type: string
  detail: Record<string, unknown>
}

function hostEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => (window as unknown as { hostEvents: HostEvent[] }).hostEvents)
}

async function eventTypes(page: Page, embed = 'assessment'): Promise<string[]> {
  return (await hostEvents(page)).filter((e) => e.embed === embed).map((e) => e.type.replace('cyber-readiness:', ''))
}

/** The app's frame inside the placeholder `#id`, once the app has said it is ready. */
async function appFrame(page: Page, id = 'assessment'): Promise<Frame> {
  await expect.poll(() => eventTypes(page, id)).toContain('ready')
  const frame = await (await page.locator(`#${id} iframe`).elementHandle()).contentFrame()
  if (!frame) throw new Error(`no app frame in #${id}`)
  return frame
}

/** The frame with this URL, once it has loaded. */
async function frameAt(page: Page, address: string | RegExp): Promise<Frame> {
  // The app's hash router adds "#/" to its address as it starts, so a plain string matches with or without a hash.
  const url = typeof address === 'string' ? new RegExp(`^${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#.*)?$`) : address
  await expect.poll(() => page.frame({ url }) !== null, { timeout: 15_000 }).toBe(true)
  const frame = page.frame({ url })
  if (!frame) throw new Error(`no frame at ${String(address)}`)
  await frame.waitForLoadState()
  return frame
}

/** The iframe's height on the host page and the app's content height inside it, as the app reports it (rounded up to 50 px). */
async function heights(page: Page, frame: Frame, id = 'assessment'): Promise<{ outer: number; inner: number }> {
  const outer = await page.locator(`#${id} iframe`).evaluate((el) => el.getBoundingClientRect().height)
  const inner = await frame.evaluate(() => Math.max(50, Math.ceil(document.documentElement.getBoundingClientRect().height / 50) * 50))
  return { outer, inner }
}

async function fitsContent(page: Page, frame: Frame, id = 'assessment'): Promise<number> {
  await expect.poll(async () => { const h = await heights(page, frame, id); return h.outer === h.inner }).toBe(true)
  return (await heights(page, frame, id)).inner
}

test('the snippet embeds the app from another origin, and the iframe follows its content as it grows and shrinks', async ({ page }) => {
  await page.goto(`${HOST}/host.html`)
  const iframe = page.locator('#assessment iframe')
  await expect(iframe).toHaveAttribute('title', 'Cyber-readiness assessment')
  await expect(iframe).toHaveAttribute('loading', 'lazy')
  await expect(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
  await expect(iframe).toHaveAttribute('src', `${APP}/?source=homepage`)
  expect((await iframe.getAttribute('sandbox'))?.split(' ').sort()).toEqual(
    ['allow-downloads', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'],
  )
  await expect(page.getByRole('link', { name: 'Take the cyber-readiness assessment' })).toHaveCount(0)

  const frame = await appFrame(page)
  expect(await frame.evaluate(() => document.documentElement.classList.contains('embedded'))).toBe(true)
  const welcome = await fitsContent(page, frame)

  await frame.getByRole('button', { name: 'Start the assessment' }).click()
  await expect(frame.getByRole('heading', { level: 1 })).toBeFocused()
  const section = await fitsContent(page, frame)
  expect(section).toBeGreaterThan(welcome)

  // A conditional question appears (taller), then goes away again (back to the same height).
  await frame.getByRole('radio', { name: /just a brochure website/ }).check()
  const brochure = await fitsContent(page, frame)
  const questions = await frame.locator('fieldset').count()
  await frame.getByRole('radio', { name: /a website or portal where customers log in/ }).check()
  await expect.poll(() => frame.locator('fieldset').count()).toBeGreaterThan(questions)
  expect(await fitsContent(page, frame)).toBeGreaterThan(brochure)
  await frame.getByRole('radio', { name: /just a brochure website/ }).check()
  await expect(frame.locator('fieldset')).toHaveCount(questions)
  expect(await fitsContent(page, frame)).toBe(brochure)

  // A narrower page reflows the app: the height follows, and there is never a scroll bar inside.
  await page.setViewportSize({ width: 480, height: 800 })
  expect(await fitsContent(page, frame)).toBeGreaterThan(brochure)
  expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true)
  // And the height settles: no growth loop.
  const settled = (await heights(page, frame)).outer
  await page.waitForTimeout(500)
  expect((await heights(page, frame)).outer).toBe(settled)
})

test('an owner completes the assessment inside the frame; the host page receives each step, never answers', async ({ page }) => {
  await page.goto(`${HOST}/host.html`)
  const frame = await appFrame(page)
  await completeAssessment(frame, 'worst')
  const score = Number(await frame.locator('.overall__number').textContent())
  const tier = (await frame.locator('.overall__tier').textContent())?.trim()

  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'started', ...sectionIds.map(() => 'section-completed'), 'completed'])
  const events = await hostEvents(page)
  expect(events.filter((e) => e.type === 'cyber-readiness:section-completed').map((e) => e.detail)).toEqual(sectionIds.map((section) => ({ section })))
  expect(events.at(-1)).toEqual({ embed: 'assessment', type: 'cyber-readiness:completed', detail: { score, tier } })
  for (const e of events) expect(Object.keys(e.detail).every((k) => ['section', 'score', 'tier', 'action'].includes(k))).toBe(true)
  await expect(page.locator('#log li')).toHaveCount(events.length)
})

test('completed fires once per assessment: not again when the frame reloads on the results, nor on a later visit', async ({ page, context }) => {
  await seedProgress(page, 'results', 'worst')
  await page.goto(`${HOST}/host.html`)
  let frame = await appFrame(page)
  const results = frame.getByRole('heading', { level: 1, name: 'Your results' })
  await frame.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(results).toBeVisible()
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'completed'])

  /** Clicks "Email my results" (its navigation stopped): an event that surely comes after any `completed` of the same showing. */
  const clickEmail = async (target: Frame): Promise<void> => {
    await target.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()))
    await target.getByRole('link', { name: `Email my results to ${DEFAULT_BRANDING.name}` }).click()
  }
  // The frame reloads on the results (the owner presses reload, or the browser restores the tab).
  await frame.evaluate(() => {
    setTimeout(() => location.reload(), 0)
  })
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'completed', 'ready'])
  await expect(results).toBeVisible()
  await expect(frame.locator('.overall__number')).toHaveText(/^\d{1,3}$/)
  await clickEmail(frame)
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'completed', 'ready', 'cta-clicked'])

  // A later visit, in a new tab of the same browser (the seeding above was this tab's only), back to the results.
  const later = await context.newPage()
  await later.goto(`${HOST}/host.html`)
  frame = await appFrame(later)
  await frame.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(frame.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  await clickEmail(frame)
  await expect.poll(() => eventTypes(later)).toEqual(['ready', 'cta-clicked'])
  await later.close()
})

test('the PDF downloads from inside the frame, the host hears of it, and the embedded results pass axe', async ({ page }) => {
  // A finished assessment, saved in the frame's own storage: the owner comes back to it.
  await seedProgress(page, 'results', 'worst')
  await page.goto(`${HOST}/host.html`)
  const frame = await appFrame(page)
  await frame.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(frame.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download PDF plan' }).click()])
  expect(download.suggestedFilename()).toMatch(/^cyber-readiness-plan-.*\d{4}-\d{2}-\d{2}\.pdf$/)
  const text = (await pdfText(await readFile(await download.path()))).join('\n')
  expect(text).toContain(DEFAULT_BRANDING.phone)
  await expect.poll(() => eventTypes(page)).toContain('report-downloaded')

  await frame.evaluate(axeSource)
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((v) => v.id)
  })
  expect(violations).toEqual([])
})

test('the hand-off: the booking link opens in a new tab with UTM fields, the email holds the summary, and each click is reported', async ({ page, context }) => {
  await context.route('https://example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Booked</title>' }))
  await seedProgress(page, 'results', 'worst')
  await page.goto(`${HOST}/host.html`)
  const frame = await appFrame(page)
  await frame.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(frame.locator('.overall__number')).toHaveText(/^\d{1,3}$/)
  const score = (await frame.locator('.overall__number').textContent())?.trim() ?? ''

  const [popup] = await Promise.all([context.waitForEvent('page'), frame.getByRole('link', { name: new RegExp(DEFAULT_BRANDING.ctaLabel) }).click()])
  const booked = new URL(popup.url())
  expect(booked.origin + booked.pathname).toBe(DEFAULT_BRANDING.bookingUrl)
  expect(Object.fromEntries(booked.searchParams)).toEqual({ utm_source: 'homepage', utm_medium: 'cyber-readiness-assessment', utm_campaign: 'assessment' })
  await popup.close()

  const email = frame.getByRole('link', { name: `Email my results to ${DEFAULT_BRANDING.name}` })
  const mailto = new URL((await email.getAttribute('href')) ?? '')
  expect(mailto.pathname).toBe(DEFAULT_BRANDING.email)
  expect(mailto.searchParams.get('body')).toContain(`Overall score: ${score} / 100`)
  // No mail program in the test browser: keep the click, skip the navigation.
  await frame.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()))
  await email.click()
  await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type === 'cyber-readiness:cta-clicked').map((e) => e.detail)).toEqual([{ action: 'book' }, { action: 'email' }])
})

test('messages from a third origin, from a window that is not our frame, or of another version are ignored', async ({ page, problems }) => {
  await page.goto(`${HOST}/host.html`)
  const frame = await appFrame(page)
  const before = await fitsContent(page, frame)
  await page.evaluate(() => {
    for (const src of ['http://127.0.0.1:4175/other.html', 'http://127.0.0.1:4173/branding.json']) {
      const f = document.createElement('iframe')
      f.src = src
      document.body.append(f)
    }
  })
  const forged = [
    { ns: 'cyber-readiness', v: 1, type: 'completed', score: 99, tier: 'Forged' },
    { ns: 'cyber-readiness', v: 1, type: 'height', height: 3333 },
  ]
  const third = await frameAt(page, /:4175\/other\.html$/)
  const sameOriginStranger = await frameAt(page, /:4173\/branding\.json$/)
  for (const sender of [third, sameOriginStranger, page.mainFrame()]) {
    await sender.evaluate((messages) => messages.forEach((m) => window.parent.postMessage(m, '*')), forged)
  }
  await frame.evaluate(() => window.parent.postMessage({ ns: 'cyber-readiness', v: 2, type: 'completed', score: 1, tier: 'x' }, '*'))
  await page.waitForTimeout(500)
  expect(await eventTypes(page)).toEqual(['ready'])
  expect((await heights(page, frame)).outer).toBe(before)

  // The genuine frame is still heard.
  await frame.getByRole('button', { name: 'Start the assessment' }).click()
  await frame.getByRole('radio', { name: /just a brochure website/ }).check()
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'started'])

  // Our own iframe, once it shows a page from another origin, is not the app any more.
  await frame.goto('http://127.0.0.1:4175/other.html')
  await frame.evaluate((messages) => messages.forEach((m) => window.parent.postMessage(m, '*')), forged)
  await page.waitForTimeout(500)
  expect(await eventTypes(page)).toEqual(['ready', 'started'])
  expect(await page.locator('#assessment iframe').evaluate((el) => el.getBoundingClientRect().height)).not.toBe(3333)
  // The loader's hello is addressed to the app's origin only, so the browser refused to deliver it.
  expect(problems).toEqual([
    "console warning: Failed to execute 'postMessage' on 'DOMWindow': The target origin provided ('http://127.0.0.1:4173') does not match the recipient window's origin ('http://127.0.0.1:4175').",
  ])
  problems.length = 0
})

test('the app talks only to its parent: a hello from a sibling frame on a third origin gets no answer', async ({ page }) => {
  // The plain-iframe snippet: no loader, so no handshake until the test plays the host.
  await page.goto(`${HOST}/iframe.html`)
  const app = await frameAt(page, `${APP}/?source=builder`)
  await expect(app.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  await page.evaluate(() => {
    const f = document.createElement('iframe')
    f.src = 'http://127.0.0.1:4175/other.html'
    document.body.append(f)
  })
  const sibling = await frameAt(page, /:4175\/other\.html$/)
  const hello = { ns: 'cyber-readiness', v: 1, type: 'hello' }
  const listen = (target: string) => {
    const received: unknown[] = []
    window.addEventListener('message', (e) => received.push(e.data))
    const frames = window.parent === window ? window.frames : window.parent.frames
    frames[0]?.postMessage({ ns: 'cyber-readiness', v: 1, type: 'hello' }, target)
    return new Promise<unknown[]>((resolve) => setTimeout(() => resolve(received), 800))
  }
  expect(await sibling.evaluate(listen, '*')).toEqual([])
  const answered = await page.evaluate(listen, APP)
  expect(answered[0]).toMatchObject({ ns: hello.ns, v: hello.v, type: 'height' })
  expect((answered[0] as { height: unknown }).height).toBeGreaterThan(300)
})

test('two embeds on one page work independently, each within its own height limits', async ({ page }) => {
  await page.goto(`${HOST}/two.html`)
  const left = await appFrame(page, 'left')
  const right = await appFrame(page, 'right')
  await expect(page.locator('#left iframe')).toHaveAttribute('title', 'Assessment (left)')
  await expect(page.locator('#left iframe')).toHaveAttribute('src', `${APP}/?source=left-column`)
  // An invalid data-source label is never passed on.
  await expect(page.locator('#right iframe')).toHaveAttribute('src', `${APP}/`)
  const rightBefore = (await heights(page, right, 'right')).outer

  await left.getByRole('button', { name: 'Start the assessment' }).click()
  await left.getByRole('radio', { name: /just a brochure website/ }).check()
  await expect.poll(() => eventTypes(page, 'left')).toEqual(['ready', 'started'])
  expect(await eventTypes(page, 'right')).toEqual(['ready'])
  await fitsContent(page, left, 'left')
  expect((await heights(page, right, 'right')).outer).toBe(rightBefore)

  // The right embed is capped at data-max-height="700": its content scrolls inside instead. Both
  // frames are the app on one origin, so they share saved progress like two tabs: the right one
  // now offers to continue what the left one started.
  await right.getByRole('button', { name: /^(Start the assessment|Continue where you left off)$/ }).click()
  await expect.poll(async () => (await heights(page, right, 'right')).outer).toBe(700)
  expect((await heights(page, right, 'right')).inner).toBeGreaterThan(700)
  expect((await heights(page, left, 'left')).outer).toBeGreaterThan(700)
})

test('the skip link moves focus to the screen heading and keeps the owner on the same screen', async ({ page }) => {
  await page.goto(`${HOST}/host.html`)
  const frame = await appFrame(page)
  await frame.getByRole('button', { name: 'Start the assessment' }).click()
  await expect.poll(() => frame.url()).toMatch(/#\/section\//)
  const heading = frame.getByRole('heading', { level: 1 })
  await expect(frame.locator('fieldset').first()).toBeVisible()
  const title = (await heading.textContent()) ?? ''
  await frame.getByRole('link', { name: 'Skip to the assessment' }).focus()
  await page.keyboard.press('Enter')
  await expect(heading).toBeFocused()
  await expect(heading).toHaveText(title)
  expect(frame.url()).toMatch(/#\/section\//)
})
