/**
 * Spanish, end to end, as a Spanish-speaking owner meets it on an MSP copy that allows it
 * (branding.json `"languages": ["en", "es"]`): a Spanish browser gets the whole flow, the results
 * and the PDF in Spanish, with no English left; the language switch changes everything at once and
 * keeps every answer, and the choice; axe finds nothing in Spanish; an embed with data-lang="es"
 * opens in Spanish on an English browser, and only where branding.json allows it.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { allowLanguages, answerScreen, axeViolations, completeAssessment, expect, openResults, test } from './support.ts'
import { pdfText } from '../support/pdf-text.ts'
import { messages } from '../../src/i18n/messages.ts'
import { realBank } from '../../src/node/report-io.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { longDate } from '../../src/report/text.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

const es = messages('es')
const en = messages('en')
const spanish = realBank('es')
const english = realBank('en')

/** Phrases of the English interface, PDF and placeholder branding that must not appear anywhere in Spanish. */
const ENGLISH = [
  en.results.page.heading,
  en.results.page.download,
  en.results.page.fixFirst,
  en.results.page.sections,
  en.results.page.rest,
  en.results.page.insurance,
  en.results.page.compare,
  en.results.labels.when.week,
  en.results.labels.when.month,
  en.results.labels.who.you,
  en.results.insurance.status.misses,
  en.app.newTab.trim(),
  en.app.shell.footer,
  en.report.fixFirst.heading,
  en.report.partner.heading,
  en.report.overall,
  en.report.appendix.sources,
  en.report.section.inPlace,
  en.report.gaps.heading,
  'Page 1 of',
  'Who acts',
  'You answered',
  'Prepared by',
  'Not sure',
  'December',
  DEFAULT_BRANDING.name,
  DEFAULT_BRANDING.ctaLabel,
  english.sections[0]?.title ?? '?',
  english.tiers[0]?.label ?? '?',
]

function englishIn(text: string): string[] {
  return ENGLISH.filter((phrase) => text.includes(phrase))
}

/**
 * Everything the page says, hidden helper text and attributes read out by screen readers included
 * (not the <noscript> note of index.html, which only a browser without JavaScript shows).
 */
async function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [aria-valuetext], [alt], [title]')].flatMap((el) => ['aria-label', 'aria-valuetext', 'alt', 'title'].map((a) => el.getAttribute(a) ?? ''))
    const body = document.body.cloneNode(true) as HTMLElement
    body.querySelectorAll('noscript').forEach((n) => n.remove())
    return `${document.title}\n${body.textContent}\n${labels.join('\n')}`
  })
}

test.describe('a Spanish browser on a copy that allows Spanish', () => {
  test.use({ locale: 'es-MX' })

  test('gets the whole flow in Spanish, then a Spanish PDF, with no English left', async ({ page }) => {
    await allowLanguages(page, ['en', 'es'])
    await page.goto('./')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1, name: es.app.welcome.heading })).toBeVisible()
    expect(await page.title()).toBe(es.app.title)
    expect(englishIn(await allText(page))).toEqual([])
    await page.getByRole('button', { name: es.app.welcome.start }).click()
    await expect(page.getByRole('heading', { level: 1, name: spanish.sections[0]?.title ?? '?' })).toBeVisible()
    await expect(page.getByText(es.questionnaire.section.lesson)).toBeVisible()
    expect(englishIn(await allText(page))).toEqual([])
    // From the start again, as a first visit: through every section to the results.
    await page.evaluate(() => localStorage.clear())
    await completeAssessment(page, 'worst', {}, 'es')
    await expect(page.getByRole('heading', { level: 2, name: es.results.page.fixFirst })).toBeVisible()
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
    expect(englishIn(await allText(page))).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: es.results.page.download }).click()])
    expect(download.suggestedFilename()).toMatch(/^plan-de-ciberseguridad-\d{4}-\d\d-\d\d\.pdf$/)
    const pages = await pdfText(readFileSync(await download.path()))
    const text = pages.join('\n').replace(/\s+/g, ' ')
    for (const s of [es.report.title, es.report.fixFirst.heading, es.report.partner.heading, `Página 1 de ${pages.length}`, longDate(new Date(), es.app), spanish.sections[0]?.title ?? '?']) expect(text).toContain(s)
    expect(englishIn(text)).toEqual([])
  })

  test('finds nothing for axe in Spanish: the welcome screen, a section, the results and the help page', async ({ page }) => {
    await allowLanguages(page, ['en', 'es'])
    await page.goto('./')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    expect(await axeViolations(page), 'welcome').toEqual([])
    await page.getByRole('button', { name: es.app.welcome.start }).click()
    await expect(page.getByRole('heading', { level: 1, name: spanish.sections[0]?.title ?? '?' })).toBeVisible()
    await answerScreen(page, 'worst')
    expect(await axeViolations(page), 'section 1').toEqual([])
    await page.goto('./#/help-now')
    await expect(page.getByRole('heading', { level: 1, name: es.questionnaire.help.heading })).toBeVisible()
    expect(await axeViolations(page), 'help').toEqual([])
  })

  test('the results pass axe in Spanish, every disclosure open', async ({ page }) => {
    await allowLanguages(page, ['en', 'es'])
    await openResults(page, 'worst', {}, {}, 'es')
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' })

  test('stays in English where Spanish is allowed, and switching mid-way keeps every answer, then the choice across a reload', async ({ page }) => {
    await allowLanguages(page, ['en', 'es'])
    await page.goto('./')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.getByRole('button', { name: en.app.welcome.start }).click()
    await expect(page.getByRole('heading', { level: 1, name: english.sections[0]?.title ?? '?' })).toBeVisible()
    await answerScreen(page, 'worst')
    await page.getByRole('button', { name: en.questionnaire.section.next }).click()
    await expect(page.getByRole('heading', { level: 1, name: english.sections[1]?.title ?? '?' })).toBeVisible()
    await answerScreen(page, 'unsure')
    const checked = (): Promise<string[]> => page.locator('input[type=radio]:checked').evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`))
    const before = await checked()
    expect(before.length).toBeGreaterThan(2)

    // The switch: a native select with a visible label, in the masthead.
    await page.getByLabel(en.app.shell.language).selectOption('es')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1, name: spanish.sections[1]?.title ?? '?' })).toBeVisible()
    await expect(page.getByLabel(es.app.shell.language)).toHaveValue('es')
    expect(await checked()).toEqual(before)
    expect(englishIn(await allText(page))).toEqual([])

    // Back to the first section: its answers are there too; then a reload keeps Spanish (the owner chose it).
    await page.getByRole('button', { name: es.questionnaire.section.back }).click()
    await expect(page.getByRole('heading', { level: 1, name: spanish.sections[0]?.title ?? '?' })).toBeVisible()
    expect(await page.locator('fieldset:not(:has(input:checked))').count()).toBe(0)
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1, name: spanish.sections[0]?.title ?? '?' })).toBeVisible()
    expect(await page.locator('fieldset:not(:has(input:checked))').count()).toBe(0)

    // The results in Spanish score the same answers as the English would.
    await page.goto('./#/results')
    await expect(page.getByRole('heading', { level: 2, name: es.results.page.fixFirst })).toBeVisible()
    const shown = Number(await page.locator('.overall__number').textContent())
    const given = await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { answers: Record<string, string> }).answers, 'cyber-readiness-assessment')
    expect(Object.keys(given).length).toBeGreaterThan(0)
    expect(shown).toBe(scoreAssessment(english, given).overall.score)

    // And back to English, at once, on the results.
    await page.getByLabel(es.app.shell.language).selectOption('en')
    await expect(page.getByRole('heading', { level: 1, name: en.results.page.heading })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: en.results.page.fixFirst })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('shows no language switch, and only English, on a copy that allows only English (the default)', async ({ page }) => {
    await page.goto('./?lang=es')
    await expect(page.getByRole('heading', { level: 1, name: en.app.welcome.heading })).toBeVisible()
    await expect(page.locator('select')).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})

test.describe('the embed with data-lang="es"', () => {
  test.use({ locale: 'en-US' })
  const HOST = 'http://127.0.0.1:4174'

  test('opens in Spanish on an English browser where branding.json allows Spanish; the frame and its title are Spanish', async ({ page }) => {
    await allowLanguages(page, ['en', 'es'])
    await page.goto(`${HOST}/spanish.html`)
    const iframe = page.locator('#assessment iframe')
    await expect(iframe).toHaveAttribute('title', 'Evaluación de ciberseguridad')
    await expect(iframe).toHaveAttribute('src', /[?&]lang=es(&|$)/)
    const frame = page.frameLocator('#assessment iframe')
    await expect(frame.getByRole('heading', { level: 1, name: es.app.welcome.heading })).toBeVisible()
    await expect(frame.locator('html')).toHaveAttribute('lang', 'es')
  })

  test('the host page is told the tier in English, as from an English owner, while the owner reads it in Spanish', async ({ page }) => {
    await allowLanguages(page, ['en', 'es'])
    await page.goto(`${HOST}/spanish.html`)
    await expect(page.frameLocator('#assessment iframe').getByRole('heading', { level: 1, name: es.app.welcome.heading })).toBeVisible()
    const frame = await (await page.locator('#assessment iframe').elementHandle()).contentFrame()
    if (frame === null) throw new Error('no app frame')
    await completeAssessment(frame, 'worst', {}, 'es')
    const shown = (await frame.locator('.overall__tier').textContent())?.trim()
    const tier = spanish.tiers.find((t) => t.label === shown)
    expect(tier, `a Spanish tier on screen (${String(shown)})`).toBeDefined()
    await expect.poll(() => page.evaluate(() => (window as unknown as { hostEvents: { type: string; detail: Record<string, unknown> }[] }).hostEvents.find((e) => e.type === 'cyber-readiness:completed')?.detail ?? null))
      .toEqual({ score: Number(await frame.locator('.overall__number').textContent()), tier: english.tiers.find((t) => t.id === tier?.id)?.label })
  })

  test('stays English where branding.json does not allow Spanish: data-lang is a wish, never shown as such', async ({ page }) => {
    await page.goto(`${HOST}/spanish.html`)
    const frame = page.frameLocator('#assessment iframe')
    await expect(frame.getByRole('heading', { level: 1, name: en.app.welcome.heading })).toBeVisible()
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en')
    expect(await frame.locator('body').textContent()).not.toContain('lang=')
  })
})
