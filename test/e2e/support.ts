/**
 * Shared steps for the browser tests: a `test` whose pages fail on any console error, page error
 * or Content-Security-Policy violation; helpers that answer questions as a person would, on a page
 * or in an embed's frame; and `openResults`, which seeds saved progress for tests that only need a
 * finished assessment.
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { loadBank } from '../../src/node/bank-files.ts'
import { isVisible, type Answers } from '../../src/core/answers.ts'
import { encodeProgress, STORAGE_KEY } from '../../src/storage.ts'
import { messages } from '../../src/i18n/messages.ts'
import type { Language } from '../../src/i18n/languages.ts'

export { expect }

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
        })
      })
      await use(problems)
      expect(problems, 'console errors, page errors or CSP violations').toEqual([])
    },
    { auto: true },
  ],
})

export type Pick = 'best' | 'worst' | 'unsure'

/** Where the app runs: the page itself, or the iframe of an embed. Both answer the same way. */
export type Target = Page | Frame

/**
 * The index a pick means among `count` options of which the last `tail` are "Doesn't apply" and
 * "Not sure": the first, the last real answer, or the very last ("Not sure").
 */
function pickIndex(pick: Pick, count: number, tail: number): number {
  return pick === 'best' ? 0 : pick === 'unsure' ? count - 1 : Math.max(0, count - 1 - tail)
}

/** Answers every unanswered question on the screen; new conditional questions are answered too. */
export async function answerScreen(target: Target, pick: Pick, gates: Record<string, string> = {}): Promise<void> {
  // The questionnaire's screen is a chunk of its own: wait for its questions before looking for open ones.
  await target.locator('fieldset input[type=radio]').first().waitFor()
  for (let guard = 0; guard < 50; guard++) {
    const open = target.locator('fieldset:not(:has(input:checked))').first()
    if ((await open.count()) === 0) return
    const name = await open.locator('input[type=radio]').first().getAttribute('name')
    const gate = name === null ? undefined : gates[name.replace(/^q-/, '')]
    const radios = open.locator('input[type=radio]')
    const tail = await open.locator('.option--unsure, .option--na').count()
    const choice = gate !== undefined ? open.locator(`input[value="${gate}"]`) : radios.nth(pickIndex(pick, await radios.count(), tail))
    await choice.check()
  }
  throw new Error('questions kept appearing')
}

/**
 * Clicks through every section from the welcome screen to the results, as an owner would, reading
 * the buttons in `lang`. On a page it opens the app first; in a frame it starts from the welcome
 * screen already there.
 */
export async function completeAssessment(target: Target, pick: Pick, gates: Record<string, string> = {}, lang: Language = 'en'): Promise<void> {
  const isPage = 'mainFrame' in target
  const { app, questionnaire, results } = messages(lang)
  if (isPage) await target.goto('./')
  await target.getByRole('button', { name: app.welcome.start }).click()
  for (let guard = 0; guard < 30; guard++) {
    // Focus moves to each screen's heading (checked on pages; a frame's focus depends on the host page).
    if (isPage) await expect(target.locator('h1')).toBeFocused()
    await answerScreen(target, pick, gates)
    const next = target.getByRole('button', { name: new RegExp(`^(${questionnaire.section.next}|${questionnaire.section.results})$`) })
    const last = (await next.textContent())?.includes(questionnaire.section.results) ?? false
    await next.click()
    if (last) {
      await expect(target.getByRole('heading', { level: 1, name: results.page.heading })).toBeVisible()
      return
    }
  }
  throw new Error('never reached the results')
}

const realBank = loadBank(fileURLToPath(new URL('../../questions', import.meta.url)))

/** The answers `completeAssessment` gives, computed from the real bank: each question that applies, picked the same way. */
export function answersFor(pick: Pick, gates: Record<string, string> = {}): Answers {
  const answers: Record<string, string> = {}
  for (const question of realBank.sections.flatMap((s) => s.questions)) {
    if (!isVisible(realBank, question, answers)) continue
    const tail = question.options.filter((o) => o.notSure || ('notApplicable' in o && o.notApplicable === true)).length
    const option = gates[question.id] ?? question.options[pickIndex(pick, question.options.length, tail)]?.id
    if (option !== undefined) answers[question.id] = option
  }
  return answers
}

/**
 * Opens a screen of a finished assessment without clicking through it: the answers
 * `completeAssessment` would give are saved first, as the app saves them (`encodeProgress`), and
 * the app resumes on `screen` (a section id, or "results"). For tests that need a finished
 * assessment, not the way there.
 */
export async function openSaved(page: Page, screen: string, pick: Pick, gates: Record<string, string> = {}, extra: { businessName?: string } = {}): Promise<void> {
  await seedProgress(page, screen, pick, gates, extra)
  await page.goto(screen === 'results' ? './#/results' : `./#/section/${screen}`)
}

/**
 * Serves the shipped branding.json with `languages` set, as an MSP who turns other languages on
 * would deploy it; `changes` override other fields too.
 */
export async function allowLanguages(page: Page, languages: readonly string[], changes: Record<string, unknown> = {}): Promise<void> {
  await page.route('**/branding.json', async (route) => {
    const shipped = (await (await route.fetch()).json()) as Record<string, unknown>
    await route.fulfill({ json: { ...shipped, languages, ...changes } })
  })
}

/** The origin the app is served from in the browser tests (the host pages of the embed tests are on others). */
export const APP_ORIGIN = 'http://127.0.0.1:4173'

/**
 * Saves the progress `completeAssessment` would leave (answers, and `screen` as where the owner
 * was) before the app starts, as the app saves it (`encodeProgress`), in every frame of the app's
 * origin: on the page itself or inside an embed's iframe.
 */
export async function seedProgress(page: Page, screen: string, pick: Pick, gates: Record<string, string> = {}, extra: { businessName?: string } = {}): Promise<void> {
  const envelope = encodeProgress({ answers: answersFor(pick, gates), position: screen, ...extra }, new Date(), realBank.version)
  await page.addInitScript(
    ([origin, key, value]) => {
      // Only in the app's frames, and once per frame (window.name outlives reloads and stores
      // nothing the app's tests enumerate): a reload keeps what the app wrote since.
      if (location.origin !== origin || window.name === 'e2e-seeded') return
      localStorage.setItem(key, value)
      window.name = 'e2e-seeded'
    },
    [APP_ORIGIN, STORAGE_KEY, envelope] as const,
  )
}

/** `openSaved` on the results, once they show a score and the plan. */
export async function openResults(page: Page, pick: Pick, gates: Record<string, string> = {}, extra: { businessName?: string } = {}, lang: Language = 'en'): Promise<void> {
  const words = messages(lang).results.page
  await openSaved(page, 'results', pick, gates, extra)
  await expect(page.getByRole('heading', { level: 1, name: words.heading })).toBeVisible()
  await expect(page.locator('.overall__number')).toHaveText(/^\d{1,3}$/)
  // The plan (fix first, the rest, the gaps) follows once the bank's words and actions are in.
  await expect(page.getByRole('heading', { level: 2, name: words.fixFirst })).toBeVisible()
}

/** Runs axe-core on the page (WCAG 2.0–2.2 A and AA) and returns the violations' ids and targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}
