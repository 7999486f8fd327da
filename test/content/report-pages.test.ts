/**
 * The PDF stays focused for the shipped bank (deterministic, so a budget test): the owner's part is
 * at most five pages for every answer profile, the IT partner's part starts on a page of its own,
 * and the whole report is at most 16 pages for the weakest profile and 20 for all "Not sure".
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { PROFILES, sampleAnswers } from '../../src/node/report-samples.ts'
import { reportBytes } from '../../src/report/download.ts'
import { reportInputFor } from '../../src/report/input.ts'
import { pdfText } from '../support/pdf-text.ts'
import { realBank } from './real-bank.ts'

const LIMIT: Readonly<Record<(typeof PROFILES)[number], number>> = { strong: 16, weak: 16, mixed: 16, unsure: 20 }

describe('the PDF of the shipped bank', () => {
  const bank = realBank()
  it.each(PROFILES)('%s: owner part at most 5 pages, then "For your IT partner" on a new page, within the page budget', async (profile) => {
    const { bytes, pages } = await reportBytes(reportInputFor(bank, sampleAnswers(bank, profile), { branding: DEFAULT_BRANDING, date: new Date(2026, 11, 2) }))
    const text = await pdfText(bytes)
    // Each page's text starts with its running header; the part's title is the first line below it.
    const partTwo = text.findIndex((t) => t.split('\n').some((line, i) => i < 3 && line.trim() === 'For your IT partner'))
    expect(partTwo, 'the IT partner part').toBeGreaterThan(0)
    expect(partTwo, 'pages in the owner part').toBeLessThanOrEqual(5)
    expect(pages).toBeLessThanOrEqual(LIMIT[profile])
  }, 30_000)

  it.each(PROFILES)('%s compared with an earlier assessment (every other profile in turn): the owner part still at most 5 pages', async (profile) => {
    for (const earlier of PROFILES.filter((p) => p !== profile)) {
      const previous = { answers: sampleAnswers(bank, earlier), savedAt: new Date(2026, 0, 5), bankVersion: bank.version }
      const { bytes } = await reportBytes(reportInputFor(bank, sampleAnswers(bank, profile), { branding: DEFAULT_BRANDING, date: new Date(2026, 11, 2), previous }))
      const text = await pdfText(bytes)
      expect(text.join('\n')).toContain('Since your last assessment on January 5, 2026')
      const partTwo = text.findIndex((t) => t.split('\n').some((line, i) => i < 3 && line.trim() === 'For your IT partner'))
      expect(partTwo, `pages in the owner part, compared with ${earlier}`).toBeLessThanOrEqual(5)
    }
  }, 60_000)
})
