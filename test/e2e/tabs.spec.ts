/**
 * Two tabs of the assessment in one browser (same origin, one localStorage): answers given
 * alternately in both are all kept and show up live in the other tab; a third tab opens with every
 * answer; "Start over" in one tab clears the other, and the stale tab never writes old answers back.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support.ts'

const SECTION = './#/section/api-exposure'
const radio = (page: Page, question: string, option: string) => page.locator(`input[name="q-${question}"][value="${option}"]`)

// Question → the option given, and which tab gives it (alternating).
const ANSWERS: [string, string][] = [
  ['api-profile', 'portal'],
  ['api-inventory', 'old-list'],
  ['api-data-minimum', 'assumed'],
  ['api-bulk-limits', 'nothing'],
  ['api-who-connects', 'anyone'],
]

async function openSection(page: Page): Promise<void> {
  await page.goto(SECTION)
  await expect(page.getByRole('heading', { level: 1, name: /API exposure/ })).toBeVisible()
}

test('answers given alternately in two tabs are all kept, appear live in the other tab, and a third tab opens with all of them', async ({ context, page }) => {
  const other = await context.newPage()
  await openSection(page)
  await openSection(other)
  for (const [i, [question, option]] of ANSWERS.entries()) {
    const [here, there] = i % 2 === 0 ? [page, other] : [other, page]
    await radio(here, question, option).check()
    // The storage event brings the answer into the other tab without a reload.
    await expect(radio(there, question, option)).toBeChecked()
  }
  const third = await context.newPage()
  await openSection(third)
  for (const [question, option] of ANSWERS) await expect(radio(third, question, option)).toBeChecked()
  await other.close()
  await third.close()
})

test('"Start over" in one tab clears the other, and the other tab\'s next answer does not bring the old ones back', async ({ context, page }) => {
  const other = await context.newPage()
  await openSection(page)
  await openSection(other)
  const [first, second, third] = ANSWERS
  if (!first || !second || !third) throw new Error('too few answers')
  await radio(page, ...first).check()
  await radio(page, ...second).check()
  await expect(radio(other, ...second)).toBeChecked()

  await page.goto('./#/')
  await page.getByRole('button', { name: 'Start over and clear my answers' }).click()
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click()
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()

  // The other tab hears of the clear: its answers go.
  await expect(radio(other, ...first)).not.toBeChecked()
  await expect(other.locator('fieldset input:checked')).toHaveCount(0)
  // An answer given there after the clear is kept; the cleared ones stay gone.
  await radio(other, ...first).check()
  await radio(other, ...third).check()
  const fresh = await context.newPage()
  await openSection(fresh)
  await expect(radio(fresh, ...first)).toBeChecked()
  await expect(radio(fresh, ...third)).toBeChecked()
  await expect(radio(fresh, ...second)).not.toBeChecked()
  await other.close()
  await fresh.close()
})

test('a tab that missed the clear (its storage event never came) does not write its old answers back', async ({ context, page }) => {
  const stale = await context.newPage()
  // This tab never hears another tab's storage events, as if it had been frozen in the background.
  await stale.addInitScript(() => {
    const add = window.addEventListener.bind(window)
    window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      if (type !== 'storage') add(type, listener, options)
    }) as typeof window.addEventListener
  })
  await openSection(page)
  await openSection(stale)
  const [first, second] = ANSWERS
  if (!first || !second) throw new Error('too few answers')
  await radio(stale, ...first).check()
  await radio(stale, ...second).check()
  await page.reload()
  await expect(radio(page, ...second)).toBeChecked()

  await page.goto('./#/')
  await page.getByRole('button', { name: 'Start over and clear my answers' }).click()
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click()
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()

  // The stale tab still shows its answers; it changes one, and the save merges with the clear.
  await expect(radio(stale, ...second)).toBeChecked()
  await radio(stale, 'api-profile', 'app').check()
  await expect(radio(stale, ...second)).not.toBeChecked()
  await page.goto(SECTION)
  await expect(radio(page, 'api-profile', 'app')).toBeChecked()
  await expect(radio(page, ...second)).toBeVisible()
  await expect(radio(page, ...second)).not.toBeChecked()
  await stale.close()
})
