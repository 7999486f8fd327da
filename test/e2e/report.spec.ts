import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { axeViolations, expect, openResults, test } from './support.ts'
import { pdfText } from '../support/pdf-text.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

const withPortal = { 'api-profile': 'portal', 'breach-profile': 'one' }

/** Tabs forward until the saved-answers file input has focus (as a keyboard user would). */
async function tabToFileInput(page: Page): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement?.id === 'answers-file')) return
  }
  throw new Error('the file input is not in the tab order')
}

test('the business name reaches the PDF; answers saved on the results page load back on the welcome page', async ({ page }) => {
  await openResults(page, 'worst', withPortal)
  const score = (await page.locator('.overall__number').textContent())?.trim() ?? ''
  const name = page.getByLabel('Business name (optional)')
  await name.fill('  Zoë’s Bakery & Café  ')
  await name.press('Tab')
  await expect(name).toHaveValue('Zoë’s Bakery & Café')

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
  expect(pdf.suggestedFilename()).toMatch(/^cyber-readiness-plan-zoe-s-bakery-cafe-\d{4}-\d{2}-\d{2}\.pdf$/)
  const pages = await pdfText(await readFile(await pdf.path()))
  const all = pages.join('\n').replace(/\s+/g, ' ')
  const order = ["for Zoë's Bakery & Café", 'Fix these first', 'How fast would you notice a breach?', 'Scores by section', 'more actions, grouped by when to do them', 'For your IT partner', 'Section 1 of', 'Sources of the figures quoted']
  const at = order.map((s) => all.indexOf(s))
  expect(at.every((i) => i >= 0), `${order.join(' / ')}: ${at.join(', ')}`).toBe(true)
  expect(at).toEqual([...at].sort((a, b) => a - b))

  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my answers' }).click()])
  expect(saved.suggestedFilename()).toMatch(/^cyber-readiness-answers-\d{4}-\d{2}-\d{2}\.json$/)
  const savedPath = await saved.path()
  const file = JSON.parse(await readFile(savedPath, 'utf8')) as { businessName: string; answers: Record<string, string> }
  expect(file.businessName).toBe('Zoë’s Bakery & Café')
  expect(Object.keys(file.answers).length).toBeGreaterThan(10)

  await page.getByRole('button', { name: 'Start over' }).click()
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click()
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()

  // Keyboard only: Tab to the file input, open the chooser with Space. The app first moves focus
  // to the new screen's heading; tabbing before that lands, the heading would take focus back.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await tabToFileInput(page)
  await expect(page.locator('#answers-file')).toBeFocused()
  const label = page.locator('label[for="answers-file"]')
  await expect(label).not.toHaveCSS('outline-style', 'none')
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')])
  await chooser.setFiles(savedPath)
  await expect(page.locator('.welcome__loaded[aria-live="polite"]')).toContainText(`Loaded ${Object.keys(file.answers).length} answers saved on`)
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  await expect(page.locator('.overall__number')).toHaveText(score)
  await expect(page.getByLabel('Business name (optional)')).toHaveValue('Zoë’s Bakery & Café')
})

test('a wrong or damaged file gets a clear message and changes nothing', async ({ page }) => {
  await page.goto('./')
  const input = page.getByLabel('Load saved answers')
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') })
  await expect(page.getByRole('alert')).toHaveText('This file is not a saved-answers file from this assessment. Nothing was changed.')
  const old = { format: 'cyber-readiness-answers', formatVersion: 1, bankVersion: 999, savedAt: '2026-03-05T10:00:00Z', answers: { 'api-profile': 'portal' } }
  await input.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) })
  await expect(page.getByRole('alert')).toContainText('older or newer set of questions')
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Continue where you left off' })).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('cyber-readiness-assessment'))).toBeNull()
})

test('the download button says, in words a screen reader reads, that the page is the accessible form', async ({ page }) => {
  await openResults(page, 'best')
  const button = page.getByRole('button', { name: 'Download PDF plan' })
  await expect(button).toHaveAccessibleDescription(/not tagged for screen readers; this page has the same content in an accessible form/)
})

test('the page, the email and the PDF name the same actions to fix first, in the same order', async ({ page }) => {
  // Worst answers with a portal and a past incident: an answer set where ranking by time frame
  // (the first version's PDF) and by risk (the page) pick different actions.
  await openResults(page, 'worst', { 'api-profile': 'portal', 'breach-profile': 'one' })
  const onPage = (await page.locator('.fix-first .fix__do').allTextContents()).map((t) => t.trim())
  expect(onPage).toHaveLength(5)
  const href = (await page.getByRole('link', { name: /^Email my results/ }).getAttribute('href')) ?? ''
  const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)?.[1] ?? '')
  const inEmail = [...body.matchAll(/^\d\. (.+)$/gm)].map((m) => m[1]?.trim() ?? '')
  expect(inEmail).toEqual(onPage)
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
  const all = (await pdfText(await readFile(await pdf.path()))).join('\n').replace(/\s+/g, ' ')
  const block = all.slice(all.indexOf('Fix these first'), all.indexOf('How fast would you notice a breach?'))
  const pdfWords = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ')
  expect(block.split('Who acts:').length - 1).toBe(onPage.length)
  let from = 0
  for (const [i, action] of onPage.entries()) {
    const at = block.indexOf(`${i + 1}. ${pdfWords(action)}`, from)
    expect(at, `${i + 1}. ${action}`).toBeGreaterThanOrEqual(from)
    from = at + action.length
  }
})

test('printing the results gives a clean copy: the whole plan, no buttons, the MSP contact', async ({ page }) => {
  await openResults(page, 'worst', { 'api-profile': 'portal' })
  const hidden = (await page.locator('.results details:not([open]) .item__do').allTextContents()).map((t) => t.trim())
  expect(hidden.length).toBeGreaterThan(5)
  // page.pdf() prints as the browser's print does: `beforeprint` fires and print styles apply.
  const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n').replace(/\s+/g, ' ')
  for (const action of hidden.slice(0, 5)) expect(printed).toContain(action.replace(/\s+/g, ' ').slice(0, 40))
  expect(printed).not.toContain('Download PDF plan')
  expect(printed).not.toContain('Start over and clear my answers')
  expect(printed).toContain(DEFAULT_BRANDING.phone)
  expect(printed).toContain(DEFAULT_BRANDING.email)
  // Back on screen, the plan is collapsed again.
  await expect(page.locator('.results details[open]')).toHaveCount(0)
})
