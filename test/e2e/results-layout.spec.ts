/**
 * The results stay focused for every sample answer profile, in every language (deterministic
 * layout, not time): the first screen holds the score, the tier, the start of "Fix these first",
 * the PDF download and the MSP's call to action; with nothing expanded the page is at most 3,600 px
 * tall at 1280 px and at most 7,000 px at 360 px. Spanish runs about a quarter longer than the
 * English: the limits are the same (the layout is compact enough for both), and the Spanish copy
 * runs with the language switch on show, as an MSP that allows both would have it.
 */
import { realBank } from '../../src/node/report-io.ts'
import { PROFILES, sampleAnswers } from '../../src/node/report-samples.ts'
import { encodeProgress, STORAGE_KEY } from '../../src/storage.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { brandingIn } from '../../src/branding/translate.ts'
import { messages } from '../../src/i18n/messages.ts'
import { LANGUAGES } from '../../src/i18n/languages.ts'
import { allowLanguages, expect, test } from './support.ts'

const LIMIT = { 1280: 3600, 360: 7000 } as const

for (const lang of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: lang === 'en' ? 'en-US' : `${lang}-MX` })
    const bank = realBank(lang)
    const words = messages(lang).results
    const cta = brandingIn(DEFAULT_BRANDING, lang).branding.ctaLabel

    for (const profile of PROFILES) {
      for (const width of [1280, 360] as const) {
        test(`${profile} answers at ${width} px: the first screen leads with what to do, and the page stays within ${LIMIT[width]} px`, async ({ page }) => {
          if (lang !== 'en') await allowLanguages(page, ['en', lang])
          await page.setViewportSize({ width, height: 800 })
          const envelope = encodeProgress({ answers: sampleAnswers(bank, profile), position: 'results' }, new Date(), bank.version)
          await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, envelope] as const)
          await page.goto('./#/results')
          await expect(page.getByRole('heading', { level: 2, name: words.page.fixFirst })).toBeVisible()
          await expect(page.getByRole('heading', { name: words.page.sections })).toBeVisible()
          // The first screen: one at 1280 x 800, two phone screens at 360 px.
          const fold = width === 1280 ? 800 : 1600
          const top = async (locator: ReturnType<typeof page.locator>): Promise<number> => (await locator.boundingBox())?.y ?? Infinity
          expect(await top(page.locator('.overall__number'))).toBeLessThan(fold)
          expect(await top(page.locator('.overall__tier'))).toBeLessThan(fold)
          expect(await top(page.getByRole('button', { name: words.page.download }))).toBeLessThan(fold)
          expect(await top(page.locator('.next-step').getByRole('link', { name: new RegExp(cta) }))).toBeLessThan(fold)
          expect(await top(page.getByRole('heading', { level: 2, name: words.page.fixFirst }))).toBeLessThan(fold)
          expect(await page.locator('.results details[open]').count()).toBe(0)
          const height = await page.evaluate(() => document.documentElement.scrollHeight)
          expect(height).toBeLessThanOrEqual(LIMIT[width])
        })
      }
    }
  })
}
