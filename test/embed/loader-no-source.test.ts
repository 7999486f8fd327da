/**
 * @vitest-environment happy-dom
 * @vitest-environment-options { "url": "https://www.msp.example/" }
 */
/**
 * embed.js copied into a page (or bundled into the site's own scripts) cannot tell where the app
 * is: it leaves the placeholder's fallback link alone and says so in the console, as the README's
 * troubleshooting table quotes.
 */
import { expect, it, vi } from 'vitest'

it('leaves the fallback link and logs how to load embed.js instead', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  document.body.innerHTML = '<div data-cyber-readiness><a href="https://assess.example/">Take the assessment</a></div>'
  await import('../../src/embed/loader.ts')
  expect(document.querySelector('iframe, button')).toBeNull()
  expect(document.querySelector('[data-cyber-readiness] a')?.textContent).toBe('Take the assessment')
  expect(error).toHaveBeenCalledWith('cyber-readiness: embed.js could not tell where it was loaded from; load it with <script src="https://…/embed.js">, from where the assessment is hosted.')
})
