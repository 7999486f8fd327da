/**
 * Saved progress in the real browser: each kind of bad or unavailable storage still gives a
 * working app that keeps every valid answer and says what it dropped; "Start over and clear my
 * answers" leaves nothing behind.
 */
import type { Page } from '@playwright/test'
import { answerScreen, expect, openResults, seedProgress, test } from './support.ts'

const KEY = 'cyber-readiness-assessment'
const DAY = 86_400_000

/** Stores `value` under the app's key before the app starts (once: a reload keeps what the app wrote). */
async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, v]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, v)
        sessionStorage.setItem('seeded', '1')
      }
    },
    [KEY, value] as const,
  )
}

const envelope = (fields: Record<string, unknown>): string =>
  JSON.stringify({ version: 1, savedAt: new Date().toISOString(), answers: { 'api-profile': 'portal' }, position: 'api-exposure', ...fields })

async function resume(page: Page): Promise<void> {
  await page.goto('./')
  await page.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /API exposure/ })).toBeVisible()
}

test('a full disk (every write throws) keeps the app working in memory and says progress will not be kept', async ({ page }) => {
  // A finished assessment saved earlier; from now on every write throws.
  await seedProgress(page, 'results', 'best')
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.goto('./#/results')
  await expect(page.locator('.overall__number')).toHaveText('100')
  // The next change tries to save, and cannot.
  await page.getByLabel('Business name (optional)').fill('Acme Bakery')
  await page.getByLabel('Business name (optional)').press('Tab')
  await expect(page.getByRole('status').filter({ hasText: 'not letting this page save' })).toBeVisible()
  await expect(page.locator('.overall__number')).toHaveText('100')
})

test('answers saved by an older version load, minus those to questions that no longer exist, and the owner is told', async ({ page }) => {
  await seed(page, envelope({ answers: { 'api-profile': 'portal', 'retired-question': 'yes', 'api-inventory': 'no-longer-an-option' } }))
  await page.goto('./')
  await expect(page.getByRole('status')).toHaveText(/2 saved answers no longer matched a question and were removed\. Your other answers are kept\./)
  await resume(page)
  await expect(page.locator('input[name="q-api-profile"][value="portal"]')).toBeChecked()
})

test('a "__proto__" answer is dropped, the rest kept, and nothing else changes', async ({ page }) => {
  await seed(page, envelope({}).replace('"answers":{', '"answers":{"__proto__":{"polluted":"yes"},'))
  await page.goto('./')
  await expect(page.getByRole('status')).toContainText('1 saved answer no longer matched')
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined()
  await resume(page)
  await expect(page.locator('input[name="q-api-profile"][value="portal"]')).toBeChecked()
})

for (const [name, value, message] of [
  ['a future version', envelope({ version: 99 }), 'saved by a different version'],
  ['wrong types', envelope({ answers: ['api-profile', 'portal'] }), 'could not be used'],
  ['a save date in the far future', envelope({ savedAt: '2999-01-01T00:00:00Z' }), 'could not be used'],
] as const) {
  test(`saved progress with ${name} gives a notice and a working start page`, async ({ page }) => {
    await seed(page, value)
    await page.goto('./')
    await expect(page.getByRole('status')).toContainText(message)
    await page.getByRole('button', { name: 'Start the assessment' }).click()
    await answerScreen(page, 'best')
    await expect(page.locator('fieldset input:checked').first()).toBeChecked()
  })
}

test('answers older than 90 days are removed from the browser, not only hidden', async ({ page }) => {
  await seed(page, envelope({ savedAt: new Date(Date.now() - 91 * DAY).toISOString() }))
  await page.goto('./')
  await expect(page.getByRole('status')).toContainText('older than 90 days were removed')
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull()
})

/**
 * Every key in localStorage and sessionStorage, except the test's own marker. vue-router keeps the
 * tab's scroll positions in sessionStorage ("vue-router:scroll", numbers only, rewritten on every
 * navigation); it is checked to hold nothing else and left out.
 */
async function storedKeys(page: Page): Promise<string[]> {
  const { local, session } = await page.evaluate(() => {
    const all = (s: Storage): Record<string, string> => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k) ?? '']))
    return { local: all(localStorage), session: all(sessionStorage) }
  })
  const scroll = session['vue-router:scroll']
  if (scroll !== undefined) expect(scroll).toMatch(/^\{("[^"]*":\{"left":-?[\d.]+,"top":-?[\d.]+\},?)*\}$/)
  return [...Object.keys(local), ...Object.keys(session).filter((k) => k !== 'seeded' && k !== 'vue-router:scroll')]
}

/**
 * What "start over" leaves: the app's one key holding only the time of the clear (no answers, no
 * position, no business name), so another open tab does not write its older answers back.
 */
async function expectOnlyClearMarker(page: Page): Promise<void> {
  await expect.poll(() => storedKeys(page)).toEqual([KEY])
  const marker = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as Record<string, unknown>
  expect(marker).toMatchObject({ answers: {}, answeredAt: {}, position: null })
  expect(marker.businessName).toBeUndefined()
  expect(typeof marker.clearedAt).toBe('number')
}

test('"Start over and clear my answers" on the results removes every key the app wrote', async ({ page }) => {
  await openResults(page, 'worst', { 'api-profile': 'portal' })
  await page.getByLabel('Business name (optional)').fill('Acme Bakery')
  await page.getByLabel('Business name (optional)').press('Tab')
  await expect.poll(() => storedKeys(page)).toEqual([KEY])
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('Acme Bakery')
  await page.getByRole('button', { name: 'Start over and clear my answers' }).click()
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click()
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  await expectOnlyClearMarker(page)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  await expectOnlyClearMarker(page)
})

test('"Start over and clear my answers" on the welcome page does the same', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  await answerScreen(page, 'worst', { 'api-profile': 'portal' })
  await page.goto('./#/')
  await expect.poll(() => storedKeys(page)).toEqual([KEY])
  await page.getByRole('button', { name: 'Start over and clear my answers' }).click()
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click()
  await expectOnlyClearMarker(page)
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
})
