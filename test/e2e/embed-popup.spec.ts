/**
 * Popup mode (`data-mode="popup"`) and `data-datalayer` on an MSP's page (fixtures on port 4174):
 * nothing of the app loads before the button is approached; the assessment opens in a modal dialog
 * that holds focus, closes with Esc (on the page or inside the app) or its Close button, hands focus
 * back, keeps the owner's progress and the page behind still; the lifecycle events and the
 * dataLayer entries are the inline mode's, never an answer. Also under the strict host policy.
 */
import type { Page } from '@playwright/test'
import { expect, seedProgress, test } from './support.ts'

const HOST = 'http://127.0.0.1:4174'
const APP = 'http://127.0.0.1:4173'
const LABEL = 'Check your cyber readiness'

interface HostEvent {
  embed: string
  type: string
  detail: Record<string, unknown>
}

async function eventTypes(page: Page): Promise<string[]> {
  const events = await page.evaluate(() => (window as unknown as { hostEvents: HostEvent[] }).hostEvents)
  return events.map((e) => e.type.replace('cyber-readiness:', ''))
}

function dataLayer(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => (window as unknown as { dataLayer?: Record<string, unknown>[] }).dataLayer ?? [])
}

/** True when the page's focused element is inside the open dialog (the iframe counts), or focus has left the page for the browser. */
function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement
    return active === null || active === document.body || document.querySelector('#assessment dialog')?.contains(active) === true
  })
}

test('nothing of the app loads with the page; hovering the button makes the frame, which the dialog then shows with focus inside', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (r) => {
    if (r.url().startsWith(APP) && !r.url().endsWith('/embed.js')) requests.push(r.url())
  })
  await page.goto(`${HOST}/popup.html`)
  const button = page.getByRole('button', { name: LABEL })
  await expect(button).toBeVisible()
  // The loader has run (the fallback link is gone) and the page has finished loading: still no frame.
  await expect(page.getByRole('link', { name: 'Take the cyber-readiness assessment' })).toHaveCount(0)
  await page.waitForLoadState('load')
  await expect(page.locator('iframe')).toHaveCount(0)
  expect(requests).toEqual([])

  await button.hover()
  await expect(page.locator('#assessment iframe')).toHaveCount(1)
  await expect(page.locator('#assessment iframe')).toHaveAttribute('src', `${APP}/?source=popup`)
  // The app loads in the background, ready before the dialog opens.
  await expect.poll(() => eventTypes(page)).toEqual(['ready'])
  expect(requests[0]).toBe(`${APP}/?source=popup`)
  const dialog = page.getByRole('dialog', { name: 'Cyber-readiness assessment' })
  await expect(dialog).toBeHidden()

  await button.click()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await expect(page.locator('#assessment iframe')).toHaveCount(1)
  await expect(page.locator('#assessment iframe').contentFrame().getByRole('button', { name: 'Start the assessment' })).toBeVisible()
})

test('reaching the button by keyboard makes the frame too, and Enter opens it', async ({ page }) => {
  await page.goto(`${HOST}/popup.html`)
  const button = page.getByRole('button', { name: LABEL })
  await expect(button).toBeVisible()
  await page.locator('#before').focus()
  await page.keyboard.press('Tab')
  await expect(button).toBeFocused()
  await expect(page.locator('#assessment iframe')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused()
})

test('the open dialog is modal: focus stays in it, the page behind cannot be focused or scrolled; Esc closes it and focus returns to the button', async ({ page }) => {
  await page.goto(`${HOST}/popup.html`)
  const button = page.getByRole('button', { name: LABEL })
  await button.click()
  const dialog = page.getByRole('dialog')
  const close = dialog.getByRole('button', { name: 'Close' })
  await expect(close).toBeFocused()
  const app = page.locator('#assessment iframe').contentFrame()
  await expect(app.getByRole('button', { name: 'Start the assessment' })).toBeVisible()

  // Tabbing either way never reaches the page behind.
  for (const key of ['Shift+Tab', 'Shift+Tab', 'Tab', 'Tab', 'Tab']) {
    await page.keyboard.press(key)
    expect(await focusInDialog(page), `focus after ${key}`).toBe(true)
  }
  // The page behind is inert: not even a script can focus its links or the button that opened the dialog.
  const behind = await page.evaluate(() =>
    ['#before', '#after', '#assessment > button'].filter((selector) => {
      const el = document.querySelector<HTMLElement>(selector)
      el?.focus()
      return el === null || document.activeElement === el
    }),
  )
  expect(behind).toEqual([])
  // The page behind does not scroll.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden')

  await close.focus()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
  // Closed, the page scrolls again.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('visible')
  await page.mouse.move(20, 300)
  await page.mouse.wheel(0, 800)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
})

test('progress is kept between openings (same frame, no reload); Esc inside the app closes the dialog; the lifecycle events arrive as inline', async ({ page }) => {
  await page.goto(`${HOST}/popup.html`)
  const button = page.getByRole('button', { name: LABEL })
  const dialog = page.getByRole('dialog')
  const app = page.locator('#assessment iframe').contentFrame()
  await button.click()
  await app.getByRole('button', { name: 'Start the assessment' }).click()
  const heading = app.getByRole('heading', { level: 1 })
  await expect(heading).toBeFocused()
  const section = (await heading.textContent()) ?? ''
  const brochure = app.getByRole('radio', { name: /just a brochure website/ })
  await brochure.check()
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'started'])
  await page.locator('#assessment iframe').evaluate((el) => {
    ;(window as unknown as { firstFrame: Element }).firstFrame = el
  })

  // Focus is inside the app's frame, where the page hears no keys: Esc pressed there closes the dialog all the same.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()

  await button.click()
  await expect(dialog).toBeVisible()
  await expect(heading).toHaveText(section)
  await expect(brochure).toBeChecked()
  expect(await page.locator('#assessment iframe').evaluate((el) => (window as unknown as { firstFrame: Element }).firstFrame === el)).toBe(true)
  await expect(page.locator('iframe')).toHaveCount(1)

  // Moving on from the section: the same events as inline, and still one "ready" (the app never reloaded).
  await app.getByRole('button', { name: 'Next section' }).click()
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'started', 'section-completed'])
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('data-datalayer: window.dataLayer gets each lifecycle event as cyber_readiness_<type>, with the score and tier and never an answer', async ({ page }) => {
  await seedProgress(page, 'results', 'worst')
  await page.goto(`${HOST}/popup.html`)
  await page.getByRole('button', { name: LABEL }).click()
  const app = page.locator('#assessment iframe').contentFrame()
  await app.getByRole('button', { name: 'Continue where you left off' }).click()
  const score = app.locator('.overall__number')
  await expect(score).toHaveText(/^\d{1,3}$/)
  const tier = ((await app.locator('.overall__tier').textContent()) ?? '').trim()

  await expect.poll(() => dataLayer(page)).toEqual([
    { event: 'cyber_readiness_ready' },
    { event: 'cyber_readiness_completed', score: Number(await score.textContent()), tier },
  ])
  // The DOM events carry the same, for a plain listener.
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'completed'])
})

test('popup mode works on a host page whose CSP allows only the app origin in script-src and frame-src (no inline style needed)', async ({ page }) => {
  await page.goto(`${HOST}/strict-popup.html`)
  const button = page.getByRole('button', { name: 'Take the cyber-readiness assessment' })
  await button.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  // The loader's styles hold under style-src 'none': they are set through the CSSOM, not as attributes.
  expect(await dialog.evaluate((d) => [getComputedStyle(d).paddingTop, getComputedStyle(d).borderTopWidth])).toEqual(['0px', '0px'])
  const box = await page.locator('#assessment iframe').boundingBox()
  expect(box?.height ?? 0).toBeGreaterThan(400)
  await expect(page.locator('#assessment iframe').contentFrame().getByRole('button', { name: 'Start the assessment' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})
