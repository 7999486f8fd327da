/**
 * The PDF stays focused for the shipped bank (deterministic, so a budget test): the owner's part is
 * at most six pages for every answer profile (five, plus the page of insurers' questions), the IT
 * partner's part starts on a page of its own, and the whole report is at most 18 pages for the
 * weakest profile and 20 for all "Not sure" (the insurers' evidence list added about two pages).
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { PROFILES, sampleAnswers } from '../../src/node/report-samples.ts'
import { reportBytes } from '../../src/report/download.ts'
import { reportInputFor } from '../../src/report/input.ts'
import { en } from '../../src/i18n/messages.ts'
import { pdfText } from '../support/pdf-text.ts'
import { realBank } from './real-bank.ts'

const LIMIT: Readonly<Record<(typeof PROFILES)[number], number>> = { strong: 18, weak: 18, mixed: 18, unsure: 20 }
const OWNER_PAGES = 6

describe('the PDF of the shipped bank', () => {
  const bank = realBank()
  it.each(PROFILES)('%s: owner part at most 6 pages, then "For your IT partner" on a new page, within the page budget', async (profile) => {
    const { bytes, pages } = await reportBytes(reportInputFor(bank, sampleAnswers(bank, profile), { branding: DEFAULT_BRANDING, messages: en, date: new Date(2026, 11, 2) }))
    const text = await pdfText(bytes)
    // Each page's text starts with its running header; the part's title is the first line below it.
    const partTwo = text.findIndex((t) => t.split('\n').some((line, i) => i < 3 && line.trim() === 'For your IT partner'))
    expect(partTwo, 'the IT partner part').toBeGreaterThan(0)
    expect(partTwo, 'pages in the owner part').toBeLessThanOrEqual(OWNER_PAGES)
    expect(text[partTwo - 1], 'the owner part ends with the insurers\' questions').toContain('What cyber insurers will ask')
    expect(pages).toBeLessThanOrEqual(LIMIT[profile])
  }, 30_000)

  it.each(PROFILES)('%s compared with an earlier assessment (every other profile in turn): the owner part still at most 6 pages', async (profile) => {
    for (const earlier of PROFILES.filter((p) => p !== profile)) {
      const previous = { answers: sampleAnswers(bank, earlier), savedAt: new Date(2026, 0, 5), bankVersion: bank.version }
      const { bytes } = await reportBytes(reportInputFor(bank, sampleAnswers(bank, profile), { branding: DEFAULT_BRANDING, messages: en, date: new Date(2026, 11, 2), previous }))
      const text = await pdfText(bytes)
      expect(text.join('\n')).toContain('Since your last assessment on January 5, 2026')
      const partTwo = text.findIndex((t) => t.split('\n').some((line, i) => i < 3 && line.trim() === 'For your IT partner'))
      expect(partTwo, `pages in the owner part, compared with ${earlier}`).toBeLessThanOrEqual(OWNER_PAGES)
    }
  }, 60_000)
})
