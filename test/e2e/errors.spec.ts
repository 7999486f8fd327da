/**
 * Honest errors: a screen whose code cannot load, and a PDF that cannot be built, each say so in
 * words, say the answers are safe, offer a retry, and lose nothing.
 */
import type { Page } from '@playwright/test'
import { answerScreen, axeViolations, expect, openResults, test } from './support.ts'

/** Checks that the only console problems were the expected ones (each pattern at least once), then clears them. */
function expectOnly(problems: string[], patterns: RegExp[]): void {
  for (const p of patterns) expect(problems.some((m) => p.test(m)), `${p} in ${JSON.stringify(problems)}`).toBe(true)
  expect(problems.filter((m) => !patterns.some((p) => p.test(m)))).toEqual([])
  problems.length = 0
}

async function answerFirstSection(page: Page): Promise<void> {
  await page.goto('./')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  await answerScreen(page, 'worst', { 'api-profile': 'portal' })
}

test('a screen whose code fails to load shows a friendly panel, keeps the answers, and "Try again" works', async ({ page, problems }) => {
  await answerFirstSection(page)
  const checked = await page.locator('fieldset input:checked').count()
  await page.route('**/assets/HelpNowView-*.js', (route) => route.fulfill({ status: 500, body: 'Server error' }))
  await page.goto('./#/')
  await page.getByRole('link', { name: 'Under attack right now? Get help first' }).click()

  const panel = page.locator('.failure')
  await expect(panel.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeFocused()
  await expect(panel.getByRole('alert')).toContainText('Your answers are safe.')
  await expect(page.locator('.masthead')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  expectOnly(problems, [/status of 500/, /^console error: The assessment hit an unexpected error: TypeError: Failed to fetch dynamically imported module/])

  await page.unroute('**/assets/HelpNowView-*.js')
  await panel.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Under attack right now? Get help first' })).toBeVisible()
  await page.goto('./#/section/api-exposure')
  await expect(page.locator('fieldset input:checked')).toHaveCount(checked)
})

test('"Back to the start" leaves the error panel for the welcome page with the answers intact', async ({ page, problems }) => {
  await answerFirstSection(page)
  await page.route('**/assets/HelpNowView-*.js', (route) => route.abort('internetdisconnected'))
  await page.goto('./#/')
  await page.getByRole('link', { name: 'Under attack right now? Get help first' }).click()
  await page.getByRole('button', { name: 'Back to the start' }).click()
  await expect(page.getByRole('button', { name: 'Continue where you left off' })).toBeVisible()
  expectOnly(problems, [/ERR_INTERNET_DISCONNECTED/, /The assessment hit an unexpected error/])
})

test('a PDF that cannot be built says so, keeps every answer, and works once the code can load', async ({ page, problems }) => {
  // Both copies of jsPDF: the main thread's chunk and the PDF worker (which bundles its own).
  await page.route(/\/assets\/(jspdf|report-worker)[^/]*\.js$/, (route) => route.fulfill({ status: 503, body: 'Unavailable' }))
  await openResults(page, 'worst', { 'api-profile': 'portal' })
  const score = await page.locator('.overall__number').textContent()
  await page.getByRole('button', { name: 'Download PDF plan' }).click()
  await expect(page.getByRole('alert')).toHaveText('The PDF could not be created. Your answers are safe on this device; please try again.')
  await expect(page.locator('.overall__number')).toHaveText(score ?? '')

  // The same page, once the code can load again: the retry the message offers works.
  await page.unroute(/\/assets\/(jspdf|report-worker)[^/]*\.js$/)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.reload()
  await expect(page.locator('.overall__number')).toHaveText(score ?? '')
  expectOnly(problems, [/status of 503/])
})
