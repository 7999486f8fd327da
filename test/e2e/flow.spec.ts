import { readFile } from 'node:fs/promises'
import { answerScreen, axeViolations, completeAssessment, expect, openResults, test } from './support.ts'
import { pdfText } from '../support/pdf-text.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { bookingHref } from '../../src/embed/handoff.ts'

const withPortal = { 'api-profile': 'portal', 'breach-profile': 'one' }

test('an owner completes the whole questionnaire and sees a score, tiers, gaps and a plan', async ({ page }) => {
  await completeAssessment(page, 'worst', withPortal)
  await expect(page.locator('.overall__number')).toHaveText(/^\d{1,3}$/)
  await expect(page.getByText(/You answered \d+ of \d+ questions/)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Score by section' })).toBeVisible()
  await expect(page.getByText('API exposure and connected apps', { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Fix these first$/ })).toBeVisible()
  await expect(page.locator('.fix-first .fix__do')).toHaveCount(5)
  await expect(page.getByRole('link', { name: new RegExp(DEFAULT_BRANDING.ctaLabel) })).toHaveAttribute('href', bookingHref(DEFAULT_BRANDING.bookingUrl, 'direct'))
  expect(await axeViolations(page)).toEqual([])
})

test('"Not sure" answers are listed as knowledge gaps, each with what to find out', async ({ page }) => {
  await openResults(page, 'unsure')
  const gaps = page.getByRole('heading', { name: /^Knowledge gaps: \d+ things to find out$/ })
  await expect(gaps).toBeVisible()
  await expect(page.locator('.gaps__find').first()).toContainText(/Find out: \w+/)
  await expect(page.locator('.overall__number')).toHaveText('0')
})

test('a reload mid-way resumes on the same screen with every answer kept', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  await answerScreen(page, 'worst', withPortal)
  await page.getByRole('button', { name: 'Next section' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Detection speed/ })).toBeVisible()
  await page.locator('fieldset').first().locator('input').nth(1).check()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: /Detection speed/ })).toBeVisible()
  await expect(page.locator('fieldset').first().locator('input').nth(1)).toBeChecked()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.locator('input[name="q-api-profile"][value="portal"]')).toBeChecked()
  expect(await page.locator('fieldset input:checked').count()).toBe(await page.locator('fieldset').count())

  // A later visit starts at the welcome page and offers to continue where the owner was.
  await page.goto('./#/')
  await page.reload()
  await page.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /API exposure/ })).toBeVisible()
})

test('a conditional question appears and disappears as its condition changes', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  const inventory = page.locator('fieldset').filter({ hasText: 'list of every portal, app' })
  await expect(inventory).toHaveCount(0)
  await page.getByRole('radio', { name: /a website or portal where customers log in/ }).check()
  await expect(inventory).toBeVisible()
  await inventory.locator('input').last().check()
  await page.getByRole('radio', { name: /just a brochure website/ }).check()
  await expect(inventory).toHaveCount(0)
  // The gate and the one API question everyone answers (who can link a new app).
  await expect(page.locator('fieldset')).toHaveCount(2)
  // The hidden answer must not reach the results.
  await page.goto('./#/results')
  await expect(page.getByText(/list of every portal, app/)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: /Knowledge gaps/ })).toHaveCount(0)
})

test('the PDF plan downloads and holds the score, the top action and the MSP contact', async ({ page }) => {
  await openResults(page, 'worst', withPortal)
  const score = (await page.locator('.overall__number').textContent())?.trim() ?? ''
  const topAction = (await page.locator('.fix-first .fix__do').first().textContent())?.trim() ?? ''
  expect(topAction.length).toBeGreaterThan(10)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
  expect(download.suggestedFilename()).toMatch(/^cyber-readiness-plan-\d{4}-\d{2}-\d{2}\.pdf$/)
  const path = await download.path()
  const pages = await pdfText(await readFile(path))
  const all = pages.join('\n').replace(/\s+/g, ' ')
  expect(all).toMatch(new RegExp(`\\b${score}\\b`))
  expect(all).toContain(topAction.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').slice(0, 60))
  for (const [i, text] of pages.entries()) {
    expect(text, `page ${i + 1}`).toContain(DEFAULT_BRANDING.phone)
    expect(text, `page ${i + 1}`).toContain(DEFAULT_BRANDING.email)
    expect(text.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`)
  }
})

test('each screen passes axe (WCAG 2.2 AA) and moves focus to its heading', async ({ page }) => {
  await page.goto('./')
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await page.getByRole('radio', { name: /a website or portal where customers log in/ }).check()
  expect(await axeViolations(page)).toEqual([])
})

test('corrupt saved progress shows a notice, not a blank page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('cyber-readiness-assessment', '{"version":1,"answers":'))
  await page.goto('./')
  await expect(page.getByRole('status')).toContainText('could not be used')
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('blocked storage keeps the app working in memory and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await completeAssessment(page, 'best')
  await expect(page.getByRole('status')).toContainText('not letting this page save')
  await expect(page.locator('.overall__number')).toHaveText('100')
})
