/**
 * The whole assessment by keyboard alone (Tab, Shift+Tab, Space, arrow keys, Enter: no clicks, no
 * check()), ending with the PDF download; on the way, each screen is announced to screen readers
 * through the shell's polite live region. Then reduced motion: no transitions or animations.
 */
import { readFileSync, readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './support.ts'

const sections = readdirSync('questions')
  .filter((f) => /^\d+-.*\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(`questions/${f}`, 'utf8')) as { title: string })
const gates: Record<string, string> = { 'q-api-profile': 'portal', 'q-breach-profile': 'one' }

interface Focus {
  readonly tag: string
  readonly type: string
  readonly name: string
  readonly value: string
  readonly text: string
  readonly groupAnswered: boolean
}

function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    const name = el?.getAttribute('name') ?? ''
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name,
      value: el?.value ?? '',
      text: el?.textContent.trim() ?? '',
      groupAnswered: name !== '' && document.querySelector(`input[name="${name}"]:checked`) !== null,
    }
  })
}

/** Tabs forward until the focused element matches, or fails after `limit` presses. */
async function tabTo(page: Page, match: (f: Focus) => boolean, limit = 300): Promise<Focus> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const f = await focus(page)
    if (match(f)) return f
  }
  throw new Error('not reached by Tab')
}

/** Answers the radio group that has focus: the gate's option by arrow keys, else Space (first option) or one ArrowDown. */
async function answerGroup(page: Page, f: Focus, round: number): Promise<void> {
  const gate = gates[f.name]
  if (gate !== undefined) {
    for (let i = 0; i < 10 && (await focus(page)).value !== gate; i++) await page.keyboard.press('ArrowDown')
  } else {
    await page.keyboard.press(round % 2 === 0 ? 'Space' : 'ArrowDown')
  }
  expect((await focus(page)).groupAnswered, f.name).toBe(true)
}

const announcer = (page: Page) => page.locator('#announcer')

test('the whole assessment by keyboard alone, announced to screen readers, down to the PDF', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('./')
  await expect(page.locator('h1')).toBeVisible()
  await tabTo(page, (f) => f.text === 'Start the assessment')
  await page.keyboard.press('Enter')
  let round = 0
  for (const [i, section] of sections.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: section.title })).toBeFocused()
    await expect(announcer(page)).toHaveText(`Section ${i + 1} of ${sections.length}: ${section.title}`)
    for (;;) {
      const f = await tabTo(page, (x) => (x.type === 'radio' && !x.groupAnswered) || /^(Next section|See my results)$/.test(x.text))
      if (f.type !== 'radio') break
      await answerGroup(page, f, round++)
    }
    expect(await page.locator('fieldset:not(:has(input:checked))').count(), section.title).toBe(0)
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeFocused()
  const score = (await page.locator('.overall__number').textContent())?.trim() ?? ''
  const tier = (await page.locator('.overall__tier').textContent())?.trim() ?? ''
  await expect(announcer(page)).toHaveText(`Your results: ${score} out of 100, ${tier}.`)

  // Past the download button and back with Shift+Tab, then Enter.
  await tabTo(page, (f) => f.text === 'Download PDF plan')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+Tab')
  expect((await focus(page)).text).toBe('Download PDF plan')
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(download.suggestedFilename()).toMatch(/^cyber-readiness-plan-\d{4}-\d{2}-\d{2}\.pdf$/)
})

/** The longest transition and animation duration on the page, in seconds, and where. */
async function longestMotion(page: Page): Promise<{ seconds: number; where: string }> {
  return page.evaluate(() => {
    let worst = { seconds: 0, where: '' }
    const secs = (v: string): number[] => v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s)))
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo)
        for (const s of [...secs(style.transitionDuration), ...(style.animationName === 'none' ? [] : secs(style.animationDuration))]) {
          if (s > worst.seconds) worst = { seconds: s, where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}` }
        }
      }
    }
    return worst
  })
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('nothing moves: no transition or animation lasts longer than a millisecond', async ({ page }) => {
    await page.goto('./#/section/api-exposure')
    await expect(page.locator('.progress__fill')).toBeAttached()
    const motion = await longestMotion(page)
    expect(motion.seconds, motion.where).toBeLessThanOrEqual(0.001)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto')
  })
})

test('without reduced motion the progress bar does animate (so the check above can fail)', async ({ page }) => {
  await page.goto('./#/section/api-exposure')
  await expect(page.locator('.progress__fill')).toBeAttached()
  expect((await longestMotion(page)).seconds).toBeGreaterThan(0.1)
})
