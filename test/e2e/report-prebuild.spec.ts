/**
 * The PDF built ahead of the click, in the report worker: once it is ready (the button's
 * `data-pdf-ready="true"`) the click only saves it; a business name changed just before the click
 * reaches the saved PDF all the same (it is built again, on the main thread); the worker's PDF and
 * the main thread's are the same report; without the worker the click still works; and in the embed.
 */
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect, openResults, seedProgress, test } from './support.ts'
import { pdfText } from '../support/pdf-text.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

const withPortal = { 'api-profile': 'portal', 'breach-profile': 'one' }
/** The background build starts after a quiet second and an idle period; on a busy machine it takes a while. */
const PREBUILT = { timeout: 20_000 }
const WORKER_SCRIPT = /\/assets\/report-worker-[\w-]+\.js$/

async function save(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [pdf] = await Promise.all([page.waitForEvent('download'), button.click()])
  const text = (await pdfText(await readFile(await pdf.path()))).join('\n').replace(/\s+/g, ' ')
  return { name: pdf.suggestedFilename(), text }
}

test('a business name changed just before the click reaches the saved PDF; rebuilt in the worker, the click saves the same report', async ({ page }) => {
  await openResults(page, 'worst', withPortal)
  const button = page.getByRole('button', { name: 'Download PDF plan' })
  await expect(button).toHaveAttribute('data-pdf-ready', 'true', PREBUILT)
  expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(WORKER_SCRIPT)])
  const prebuilt = await save(page, button)
  expect(prebuilt.name).toMatch(/^cyber-readiness-plan-\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(prebuilt.text).toContain('Cyber-readiness action plan')
  expect(prebuilt.text).not.toContain('Bakery')

  // Type the name and go straight to the button: leaving the field hands the name over as the click begins.
  await page.getByLabel('Business name (optional)').fill('Zoë’s Bakery & Café')
  const changed = await save(page, button)
  expect(changed.name).toMatch(/^cyber-readiness-plan-zoe-s-bakery-cafe-\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(changed.text).toContain("Cyber-readiness action plan for Zoë's Bakery & Café")

  // The worker builds again for the new name: its PDF is the one the main thread made for the click above.
  await expect(button).toHaveAttribute('data-pdf-ready', 'true', PREBUILT)
  const rebuilt = await save(page, button)
  expect(rebuilt.name).toBe(changed.name)
  expect(rebuilt.text).toBe(changed.text)
})

test('the worker is started ahead, while the owner is on the first screens, and the results take that one: ready without a second worker', async ({ page }) => {
  await seedProgress(page, 'results', 'worst')
  await page.goto('./#/')
  // Started at idle a moment after the first screen is up, before the owner goes on.
  const started = await page.waitForEvent('worker', PREBUILT)
  expect(started.url()).toMatch(WORKER_SCRIPT)
  await page.getByRole('button', { name: 'Continue where you left off' }).click()
  const button = page.getByRole('button', { name: 'Download PDF plan' })
  await expect(button).toHaveAttribute('data-pdf-ready', 'true', PREBUILT)
  expect(page.workers().map((w) => w.url())).toEqual([started.url()])
  const pdf = await save(page, button)
  expect(pdf.text).toContain('Fix these first')
})

test('without the worker (its script not loaded), nothing is ready ahead, and the click builds the PDF on the main thread', async ({ page, problems }) => {
  await page.route(WORKER_SCRIPT, (route) => route.abort())
  const asked = page.waitForRequest(WORKER_SCRIPT)
  await openResults(page, 'worst')
  await asked
  const button = page.getByRole('button', { name: 'Download PDF plan' })
  await expect(button).toHaveAttribute('data-pdf-ready', 'false')
  const pdf = await save(page, button)
  expect(pdf.text).toContain('Fix these first')
  expect(pdf.text).toContain(DEFAULT_BRANDING.phone)
  await expect(button).toHaveAttribute('data-pdf-ready', 'false')
  // The aborted request is reported by the browser; nothing else may be.
  problems.splice(0, problems.length, ...problems.filter((p) => !/Failed to load resource|net::ERR_FAILED/.test(p)))
})

test('inside the embed (the app’s own origin in the host’s iframe) the PDF is built in the worker too', async ({ page }) => {
  await seedProgress(page, 'results', 'worst')
  await page.goto('http://127.0.0.1:4174/host.html')
  const frame = page.frameLocator('#assessment iframe')
  await frame.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(frame.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
  const button = frame.getByRole('button', { name: 'Download PDF plan' })
  await expect(button).toHaveAttribute('data-pdf-ready', 'true', PREBUILT)
  const pdf = await save(page, button)
  expect(pdf.name).toMatch(/^cyber-readiness-plan-\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(pdf.text).toContain(DEFAULT_BRANDING.phone)
})
