/**
 * Accessibility on every screen: axe (WCAG 2.0–2.2 A/AA), target sizes, reflow at 320 px and at
 * 200% zoom (a 1280 px window at 200% is a 640 px viewport); then the whole flow by keyboard alone
 * with the screen-reader announcements; then reduced motion.
 */
import { readFileSync, readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { answerScreen, axeViolations, expect, test } from './support.ts'
import { overflowAt, smallTargets } from './layout-checks.ts'

const sections = readdirSync('questions')
  .filter((f) => /^\d+-.*\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(`questions/${f}`, 'utf8')) as { id: string; title: string; questions: unknown[] })
const reveal = { 'api-profile': 'portal', 'breach-profile': 'one' }

/** Every check of this file on the screen as it is now. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await expect(page.locator('h1')).toBeVisible()
  expect(await axeViolations(page), `${name}: axe`).toEqual([])
  expect(await smallTargets(page), `${name}: targets under 24 px`).toEqual([])
  expect(await overflowAt(page, 320), `${name}: at 320 px`).toEqual([])
  expect(await overflowAt(page, 640), `${name}: at 200% zoom`).toEqual([])
}

test('every screen passes axe, has 24 px targets and reflows at 320 px and 200% zoom', async ({ page }) => {
  test.setTimeout(120_000)
  const checked: string[] = []
  await page.goto('./')
  await checkScreen(page, 'welcome')
  checked.push('welcome')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  for (const [i, section] of sections.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: section.title })).toBeVisible()
    await answerScreen(page, 'worst', reveal)
    await checkScreen(page, `section ${i + 1}`)
    checked.push(section.id)
    await page.getByRole('button', { name: /Next section|See my results/ }).click()
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  await checkScreen(page, 'results')
  checked.push('results')
  await page.goto('./#/help-now')
  await page.getByText('In another country?').click()
  await checkScreen(page, 'help page')
  checked.push('help')
  expect(checked).toHaveLength(sections.length + 3)
  // Conditional questions were on screen, so they were checked too.
  await page.goto(`./#/section/${sections[0]?.id ?? ''}`)
  await expect(page.locator('fieldset')).toHaveCount(sections[0]?.questions.length ?? -1)
})

test('a screen with a notice passes the same checks', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('cyber-readiness-assessment', '{"version":1,"answers":'))
  await page.goto('./')
  await expect(page.getByRole('status')).toContainText('could not be used')
  await checkScreen(page, 'welcome with a notice')
})

test('the target and reflow checks do catch problems (so passing them means something)', async ({ page }) => {
  await page.goto('./')
  await expect(page.locator('h1')).toBeVisible()
  await page.evaluate(() => {
    const tiny = document.createElement('button')
    tiny.textContent = 'x'
    tiny.style.cssText = 'width:16px;height:16px;padding:0;font-size:8px'
    const wide = document.createElement('div')
    wide.style.width = '500px'
    wide.style.height = '10px'
    document.querySelector('main')?.append(tiny, wide)
  })
  expect(await smallTargets(page)).toEqual([expect.stringMatching(/^button "x" 16\.0×16\.0$/)])
  expect(await overflowAt(page, 320)).toContainEqual(expect.stringMatching(/^the page is 5\d\dpx wide at 320px$/))
})
