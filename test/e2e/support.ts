/**
 * Shared steps for the browser tests: a `test` whose pages fail on any console error, page error
 * or Content-Security-Policy violation, and helpers that answer questions as a person would.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

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

/** Answers every unanswered question on the screen; new conditional questions are answered too. */
export async function answerScreen(page: Page, pick: Pick, gates: Record<string, string> = {}): Promise<void> {
  for (let guard = 0; guard < 50; guard++) {
    const open = page.locator('fieldset:not(:has(input:checked))').first()
    if ((await open.count()) === 0) return
    const name = await open.locator('input[type=radio]').first().getAttribute('name')
    const gate = name === null ? undefined : gates[name.replace(/^q-/, '')]
    const radios = open.locator('input[type=radio]')
    const count = await radios.count()
    const target = gate !== undefined ? open.locator(`input[value="${gate}"]`) : pick === 'best' ? radios.first() : pick === 'unsure' ? radios.last() : radios.nth(Math.max(0, count - 2))
    await target.check()
  }
  throw new Error('questions kept appearing')
}

/** From the welcome page, answers every section and arrives at the results. */
export async function completeAssessment(page: Page, pick: Pick, gates: Record<string, string> = {}): Promise<void> {
  await page.goto('./')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  for (let guard = 0; guard < 30; guard++) {
    await expect(page.locator('h1')).toBeFocused()
    await answerScreen(page, pick, gates)
    const next = page.getByRole('button', { name: /Next section|See my results/ })
    const last = (await next.textContent())?.includes('See my results') ?? false
    await next.click()
    if (last) {
      await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible()
      return
    }
  }
  throw new Error('never reached the results')
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
