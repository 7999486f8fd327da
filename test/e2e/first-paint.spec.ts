/**
 * The first paint needs only the HTML: a wordless mark, then (with the stylesheet) a wordless
 * shell, so no language flashes first; and the app takes over without moving anything, even when
 * the stylesheet or the logo arrives late. Layout, not time: the paint and shift entries are the
 * browser's own, and the late stylesheet and logo are forced by routes.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support.ts'

/** Holds back the responses for `url` until the returned function is called. */
async function holdBack(page: Page, url: string | RegExp): Promise<() => void> {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(url, async (route) => {
    await held
    await route.continue()
  })
  return () => release()
}

/** Sums the page's layout shifts (the browser's own score, not after input) from its first moment. */
async function trackLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number }
    w.cls = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.cls += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The shift score so far, two frames on, so that any shift just caused has been reported. */
async function layoutShift(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return page.evaluate(() => (window as unknown as { cls: number }).cls)
}

test('with every script blocked, index.html alone paints the shell: the masthead\'s space and a card, without a word', async ({ page, problems }) => {
  await page.route('**/*.js', (route) => route.abort())
  await page.goto('./')
  const shell = page.locator('.boot-shell')
  await expect(shell).toBeVisible()
  expect(await shell.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe('')
  const masthead = await page.locator('.boot-shell__masthead').boundingBox()
  expect(masthead?.height ?? 0).toBeGreaterThanOrEqual(60)
  await expect(page.locator('.boot-shell__card')).toBeVisible()
  problems.length = 0 // the blocked scripts' own console lines
})

test('with the stylesheet held back, index.html alone paints, without a word; then the app takes over without a layout shift', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 })
  const releaseStylesheet = await holdBack(page, /\/assets\/index-[\w-]+\.css$/)
  await trackLayoutShift(page)
  await page.goto('./', { waitUntil: 'commit' })
  // A first contentful paint while the stylesheet is still on its way (a stylesheet in <head> would
  // hold back every pixel until it arrived).
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length), { timeout: 10_000 }).toBe(1)
  await expect(page.locator('svg.boot-premark')).toBeVisible()
  expect(await page.evaluate(() => document.body.innerText.trim())).toBe('')
  releaseStylesheet()
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  await expect(page.locator('svg.boot-premark')).toHaveCount(0)
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.02)
})

test('the app replaces the shell without a layout shift, even when the logo arrives late (CLS at most 0.02)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 })
  const releaseLogo = await holdBack(page, '**/logo.png')
  await trackLayoutShift(page)
  await page.goto('./')
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  const before = await page.locator('.masthead__name').boundingBox()
  releaseLogo()
  await expect(page.locator('img.masthead__logo')).toBeVisible()
  await expect.poll(() => page.locator('img.masthead__logo').evaluate((img) => (img as HTMLImageElement).complete)).toBe(true)
  const after = await page.locator('.masthead__name').boundingBox()
  expect(after).toEqual(before)
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.02)
})
