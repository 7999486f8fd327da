/**
 * A branding.json full of XSS vectors (served through page.route, as an attacker with write access
 * to the file, or a careless edit, would leave it): nothing executes, no dialog opens, no markup or
 * event handler appears, links stay on https/mailto/tel, and the text shows literally.
 */
import type { Page } from '@playwright/test'
import { expect, openResults, test } from './support.ts'
import { parseBranding } from '../../src/branding/parse.ts'
import { XSS_VECTORS } from '../support/xss.ts'

const pick = (max: number, offset = 0): string => XSS_VECTORS.filter((v) => v.length <= max && !/[\u0000-\u001f]/.test(v))[offset] ?? 'x'
const hostile = {
  _comment: '<script>window.__xss=1</script>',
  name: '<img src=x onerror="window.__xss=1">',
  phone: '<script>window.__xss=1</script>',
  email: '"><img src=x onerror=window.__xss=1>@x.example',
  website: 'JaVaScRiPt:window.__xss=1',
  bookingUrl: 'javascript:window.__xss=1',
  howWeHelp: XSS_VECTORS.filter((v) => !/[\u0000-\u001f]/.test(v)).join(' ').slice(0, 400).trim(),
  ctaLabel: pick(40, 3),
  emergencyPhone: 'vbscript:msgbox(1)',
  country: '<b>US</b>',
  logo: 'javascript:window.__xss=1//.png',
  colours: { accent: 'red;background:url(javascript:window.__xss=1)', text: '#000000', background: 'expression(window.__xss=1)' },
}

/** Whether anything ran or was injected: the flag, dialogs, handler attributes, inline scripts, bad links. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push('window.__xss was set')
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} has ${attr.name}`)
        if (['href', 'src', 'action', 'formaction'].includes(attr.name) && /^\s*(javascript|vbscript|data):/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value}`)
      }
    }
    document.querySelectorAll('script:not([src]), iframe, object, embed, svg, base, meta[http-equiv]').forEach((el) => found.push(`unexpected <${el.tagName.toLowerCase()}>`))
    return found
  })
}

test('branding.json full of XSS vectors: nothing runs, the text shows literally', async ({ page, problems }) => {
  const { branding, warnings } = parseBranding(hostile)
  expect(branding.name).toBe(hostile.name)
  expect(branding.howWeHelp).toBe(hostile.howWeHelp)
  expect(branding.ctaLabel).toBe(hostile.ctaLabel)
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.route('**/branding.json', (route) => route.fulfill({ json: hostile }))

  await openResults(page, 'worst')
  await expect(page.locator('.masthead__name')).toHaveText(hostile.name, { useInnerText: false })
  const contact = page.locator('.contact')
  await expect(contact.getByRole('heading', { level: 2 })).toHaveText(`How ${hostile.name} can help`)
  await expect(contact.locator('> p').first()).toHaveText(hostile.howWeHelp)
  const next = page.locator('.next-step')
  await expect(next.locator('a.button').first()).toContainText(hostile.ctaLabel)
  await expect(next.getByRole('link', { name: `Email my results to ${hostile.name}` })).toHaveAttribute('href', /^mailto:help@example\.com\?/)
  expect(await injected(page)).toEqual([])

  await page.goto('./#/help-now')
  await expect(page.getByRole('heading', { level: 2, name: `1. Call ${hostile.name}` })).toBeVisible()
  expect(await injected(page)).toEqual([])
  expect(dialogs).toEqual([])

  // The refused fields were reported, once (the help page is reached within the same page).
  expect(problems).toEqual(warnings.map((w) => `console warning: ${w}`))
  problems.length = 0
})
