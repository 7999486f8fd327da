/**
 * The first paint needs only the HTML and the stylesheet: a wordless shell (so no language flashes
 * first), and the app takes over without moving anything, even when the logo arrives late.
 * Layout, not time: the shift score is the browser's own, and the late logo is forced by a route.
 */
import { expect, test } from './support.ts'

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

test('the app replaces the shell without a layout shift, even when the logo arrives late (CLS at most 0.02)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 })
  let releaseLogo: () => void = () => undefined
  const logoHeld = new Promise<void>((resolve) => (releaseLogo = resolve))
  await page.route('**/logo.png', async (route) => {
    await logoHeld
    await route.continue()
  })
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number }
    w.cls = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.cls += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto('./')
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  const before = await page.locator('.masthead__name').boundingBox()
  releaseLogo()
  await expect(page.locator('img.masthead__logo')).toBeVisible()
  await expect.poll(() => page.locator('img.masthead__logo').evaluate((img) => (img as HTMLImageElement).complete)).toBe(true)
  const after = await page.locator('.masthead__name').boundingBox()
  expect(after).toEqual(before)
  // Two frames, so any shift the logo caused has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.02)
})
