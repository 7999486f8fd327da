/**
 * Accessibility on every screen: axe (WCAG 2.0–2.2 A/AA), target sizes, reflow at 320 px and at
 * 200% zoom (a 1280 px window at 200% is a 640 px viewport); then the whole flow by keyboard alone
 * with the screen-reader announcements; then reduced motion.
 */
import { readFileSync, readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { answerScreen, axeViolations, expect, openResults, openSaved, test } from './support.ts'
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

// One test a screen, so each stays short on a busy machine; every screen is checked with its
// answers given (conditional questions revealed), as an owner sees it before moving on.
test('the welcome screen passes axe, has 24 px targets and reflows at 320 px and 200% zoom', async ({ page }) => {
  await page.goto('./')
  await checkScreen(page, 'welcome')
})

for (const [i, section] of sections.entries()) {
  test(`section ${i + 1} (${section.id}) passes axe, has 24 px targets and reflows at 320 px and 200% zoom`, async ({ page }) => {
    await openSaved(page, section.id, 'worst', reveal)
    await expect(page.getByRole('heading', { level: 1, name: section.title })).toBeVisible()
    await answerScreen(page, 'worst', reveal)
    if (i === 0) await expect(page.locator('fieldset')).toHaveCount(section.questions.length) // the conditional questions are on screen
    await checkScreen(page, `section ${i + 1}`)
  })
}

test('the results pass axe, have 24 px targets and reflow at 320 px and 200% zoom', async ({ page }) => {
  await openResults(page, 'worst', reveal)
  await checkScreen(page, 'results')
})

test('the help page passes axe, has 24 px targets and reflows at 320 px and 200% zoom', async ({ page }) => {
  await page.goto('./#/help-now')
  await page.getByText('In another country?').click()
  await checkScreen(page, 'help page')
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

test('the results with every disclosure open pass the same checks, and each opens by keyboard', async ({ page }) => {
  await openResults(page, 'unsure')
  // The disclosures come with the plan, a moment after the score.
  await expect(page.getByRole('heading', { name: 'The rest of your plan' })).toBeVisible()
  const summaries = page.locator('.results summary')
  const count = await summaries.count()
  expect(count).toBeGreaterThan(2)
  for (let i = 0; i < count; i += 1) {
    await summaries.nth(i).focus()
    await page.keyboard.press('Enter')
  }
  expect(await page.locator('.results details:not([open])').count()).toBe(0)
  await checkScreen(page, 'results, expanded')
})
