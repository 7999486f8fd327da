/**
 * The plan as a spreadsheet: the CSV the results page downloads starts with a BOM and a plain
 * header, numbers the page's fix-first list 1 to 5 in the same order, and has one row per action;
 * the button works by keyboard alone.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Download, Page } from '@playwright/test'
import { answersFor, expect, openResults, test } from './support.ts'
import { loadBank } from '../../src/node/bank-files.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { en } from '../../src/i18n/messages.ts'

import { parseCsv } from '../support/csv.ts'

const PLAN_CSV_HEADER = en.results.csv.header

const gates = { 'api-profile': 'portal', 'breach-profile': 'one' }
const BUTTON = 'Download the plan as CSV'

/** The download's bytes: a UTF-8 BOM first, then the rows as a strict RFC 4180 reader sees them. */
async function csvRows(download: Download): Promise<string[][]> {
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf])
  return parseCsv(bytes.toString('utf8'))
}

/** Tabs forward until the focused element's text is `text` (as a keyboard user would). */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((t) => document.activeElement?.textContent.trim() === t, text)) return
  }
  throw new Error(`"${text}" is not in the tab order`)
}

test('the CSV numbers the fix-first list 1 to 5 as on the page, then every other action, one row each', async ({ page }) => {
  await openResults(page, 'worst', gates, { businessName: 'Zoë’s Bakery' })
  const button = page.getByRole('button', { name: BUTTON })
  await expect(button).toHaveAccessibleDescription(/opens in Excel, Numbers or Google Sheets/)
  const fixFirst = (await page.locator('.fix-first .fix__do').allTextContents()).map((t) => t.trim())
  expect(fixFirst).toHaveLength(5)
  const onPage = fixFirst.length + (await page.locator('.item__do').count())

  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toMatch(/^cyber-readiness-plan-zoe-s-bakery-\d{4}-\d{2}-\d{2}\.csv$/)
  const [header, ...rows] = await csvRows(download)
  expect(header).toEqual([...PLAN_CSV_HEADER])
  expect(rows.slice(0, 5).map((r) => r[2])).toEqual(fixFirst)
  expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)))
  expect(rows.map((r) => r[1])).toEqual(rows.map((_, i) => (i < 5 ? 'yes' : 'no')))
  const bank = loadBank(fileURLToPath(new URL('../../questions', import.meta.url)))
  const plan = derivePlan(bank, answersFor('worst', gates))
  expect(rows).toHaveLength(plan.items.length)
  expect(rows).toHaveLength(onPage)
})

test('the CSV button works by keyboard: Tab to it, press Enter', async ({ page }) => {
  await openResults(page, 'worst', gates)
  await page.locator('h1').focus()
  await tabTo(page, BUTTON)
  await expect(page.getByRole('button', { name: BUTTON })).toBeFocused()
  await expect(page.getByRole('button', { name: BUTTON })).not.toHaveCSS('outline-style', 'none')
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(download.suggestedFilename()).toMatch(/^cyber-readiness-plan-\d{4}-\d{2}-\d{2}\.csv$/)
  const [header, ...rows] = await csvRows(download)
  expect(header?.[0]).toBe('Rank')
  expect(rows.length).toBeGreaterThan(5)
})
