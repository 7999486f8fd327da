import { describe, expect, it } from 'vitest'
import { screenAnnouncement } from '../../src/core/announce.ts'
import { en } from '../../src/i18n/messages.ts'
import { buildBank } from '../support/fixture-bank.ts'

const bank = buildBank()
const tier = bank.tiers[1]
const none = { score: null, tier: null }

describe('screenAnnouncement', () => {
  it('says which section of how many, and its title', () => {
    expect(screenAnnouncement(bank, { name: 'section', sectionId: 'detect', heading: 'Detect' }, none, en.questionnaire.announce)).toBe('Section 2 of 2: Detection')
  })

  it('gives the score and level on the results, or says there is none yet', () => {
    if (tier === undefined) throw new Error('fixture has no tiers')
    expect(screenAnnouncement(bank, { name: 'results', heading: 'Your results' }, { score: 62, tier }, en.questionnaire.announce)).toBe(`Your results: 62 out of 100, ${tier.label}.`)
    expect(screenAnnouncement(bank, { name: 'results', heading: 'Your results' }, none, en.questionnaire.announce)).toMatch(/^Your results: no score yet/)
  })

  it('falls back to the heading for other screens and unknown sections', () => {
    expect(screenAnnouncement(bank, { name: 'help-now', heading: ' Get help first ' }, none, en.questionnaire.announce)).toBe('Get help first')
    expect(screenAnnouncement(bank, { name: 'section', sectionId: 'gone', heading: 'Start' }, none, en.questionnaire.announce)).toBe('Start')
  })
})
