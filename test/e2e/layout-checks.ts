/**
 * Checks on the screen as it is laid out: target sizes (WCAG 2.5.8, 24 × 24 CSS px) and
 * horizontal overflow at a given width (reflow, WCAG 1.4.10). Each returns what fails, so a test
 * can assert an empty list and print the culprits otherwise.
 */
import type { Page } from '@playwright/test'

export const INTERACTIVE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'

/**
 * Interactive elements smaller than 24 × 24 px. A control's target includes its <label>s (a click
 * there activates it). Links inside a sentence are exempt, as WCAG 2.5.8 allows; so are elements
 * not on screen (the skip link until focused).
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const small: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      let r = el.getBoundingClientRect()
      const labels = el instanceof HTMLInputElement && el.labels !== null ? [...el.labels] : []
      for (const label of labels) {
        const l = label.getBoundingClientRect()
        const left = Math.min(r.left, l.left)
        const top = Math.min(r.top, l.top)
        r = new DOMRect(left, top, Math.max(r.right, l.right) - left, Math.max(r.bottom, l.bottom) - top)
      }
      if (r.right + window.scrollX <= 0 || (r.width === 0 && r.height === 0)) continue
      const inSentence = el.tagName === 'A' && style.display === 'inline' && (el.parentElement?.textContent.trim().length ?? 0) > el.textContent.trim().length
      if (inSentence) continue
      if (r.width < 24 || r.height < 24) small.push(`${el.tagName.toLowerCase()} "${(el.textContent || (el.getAttribute('aria-label') ?? '')).trim().slice(0, 40)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`)
    }
    return small
  }, INTERACTIVE)
}

/** At `width` px: whether the page scrolls sideways, and controls that stick out of the viewport. */
export async function overflowAt(page: Page, width: number): Promise<string[]> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 }
  await page.setViewportSize({ width, height: 800 })
  const problems = await page.evaluate(
    ({ w, selector }) => {
      const found: string[] = []
      const sw = document.documentElement.scrollWidth
      if (sw > w) found.push(`the page is ${sw}px wide at ${w}px`)
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const r = el.getBoundingClientRect()
        if (r.width === 0 || r.right + window.scrollX <= 0) continue
        if (r.right > w + 0.5) found.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ends at ${Math.round(r.right)}px`)
      }
      return found
    },
    { w: width, selector: INTERACTIVE },
  )
  await page.setViewportSize(size)
  return problems
}
