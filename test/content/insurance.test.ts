/**
 * The shipped insurers' controls (questions/insurance.json): the common core of what small-business
 * cyber insurers ask, each with a source, in words that never promise cover, and a status that a
 * better answer never lowers. Sources are checked with the others in sources.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { realBank } from './real-bank.ts'
import { insuranceReadiness } from '../../src/core/insurance.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { checkMonotone } from '../support/insurance-property.ts'
import { pdfText } from '../support/pdf-text.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { reportBytes } from '../../src/report/download.ts'
import { reportInputFor } from '../../src/report/input.ts'
import { en } from '../../src/i18n/messages.ts'

const { notes: INSURANCE_NOTES, status: INSURANCE_STATUS_LABEL, meaning: INSURANCE_STATUS_MEANING } = en.results.insurance
import { numberedActions } from '../../src/core/plan.ts'

const bank = realBank()
const readinessOf = (answers: Record<string, string>): ReturnType<typeof insuranceReadiness> => insuranceReadiness(bank, answers, derivePlan(bank, answers))

/** Words that say or imply that the business qualifies, will be covered, or pays less. */
const PROMISES = /\bqualif|\bguarantee|\beligib|premiums? (will|would)|(lower|cheaper|reduced?) premium|\bdiscount|will (get|be) (cover|insur|approv)|\bapproved\b|\bensures? (cover|a policy)/i

describe('the insurers\' controls', () => {
  it('cover the common core of small-business applications', () => {
    expect(bank.insurance.map((c) => c.id)).toEqual(
      expect.arrayContaining(['mfa-email', 'mfa-remote-access', 'mfa-admin', 'backups-offline', 'backups-tested', 'endpoint-protection', 'patching', 'phishing-training', 'payment-checks', 'email-filtering', 'incident-plan', 'past-incidents']),
    )
    expect(bank.insurance.length).toBeGreaterThanOrEqual(12)
  })

  it('each have at least one source, evidence to gather, and a question in owner words', () => {
    for (const c of bank.insurance) {
      expect(c.askedBy.length, c.id).toBeGreaterThan(0)
      expect(c.evidence.length, c.id).toBeGreaterThan(0)
      expect(c.ask, c.id).toMatch(/\?$/)
      expect(c.ask.length, c.id).toBeLessThanOrEqual(160)
      expect(c.topic.length, c.id).toBeLessThanOrEqual(48)
    }
  })

  it('never say or imply that the business qualifies, will be covered or will pay less', () => {
    const texts = [
      ...bank.insurance.flatMap((c) => [c.topic, c.ask, ...c.evidence]),
      ...INSURANCE_NOTES,
      ...Object.values(INSURANCE_STATUS_LABEL),
      ...Object.values(INSURANCE_STATUS_MEANING),
    ]
    for (const text of texts) expect(text, text).not.toMatch(PROMISES)
    expect('You will qualify for cover').toMatch(PROMISES)
    expect('Your premium will drop').toMatch(PROMISES)
  })

  it('say that insurers decide, that "Partly" counts as "No", and that a wrong answer can void a policy', () => {
    const notes = INSURANCE_NOTES.join(' ')
    expect(notes).toMatch(/decides? for itself/)
    expect(notes).toContain('"Partly" counts as "No"')
    expect(notes).toMatch(/blank answer as "No"/)
    expect(notes).toMatch(/wrong answer can void/)
    expect(INSURANCE_STATUS_MEANING.partly).toContain('Counts as "No"')
  })

  it('never get lower when an answer gets better (1,000 random answer sets on the real bank)', () => {
    checkMonotone(bank, 1000)
  })

  it('give every control short of "Meets" an action from the plan in the weak profile, and none in the strong one', () => {
    const weak = readinessOf(sampleAnswers(bank, 'weak'))
    for (const c of weak.controls) {
      if (c.status === 'partly' || c.status === 'misses') expect(c.actions.length, c.control.id).toBeGreaterThan(0)
    }
    expect(weak.counts.meets).toBe(0)
    const strong = readinessOf(sampleAnswers(bank, 'strong'))
    expect(strong.controls.map((c) => [c.control.id, c.status])).toEqual(strong.controls.map((c) => [c.control.id, 'meets']))
    const unsure = readinessOf(sampleAnswers(bank, 'unsure'))
    expect(unsure.counts.unknown).toBe(bank.insurance.length)
  })
})

describe('the insurers\' questions in the PDF', () => {
  it('fill one page of the owner\'s part with every control, its status and the numbers of the actions that close it; the evidence is in the IT partner\'s part', async () => {
    const answers = sampleAnswers(bank, 'mixed')
    const input = reportInputFor(bank, answers, { branding: DEFAULT_BRANDING, messages: en, date: new Date(2026, 11, 2) })
    const pages = await pdfText((await reportBytes(input)).bytes)
    const flat = (t: string): string => t.replace(/\s+/g, ' ')
    const owner = pages.filter((p) => p.includes('What cyber insurers will ask'))
    expect(owner).toHaveLength(1)
    const page = flat(owner[0] ?? '')
    const partTwo = pages.findIndex((t) => t.split('\n').some((line, i) => i < 3 && line.trim() === 'For your IT partner'))
    expect(pages.indexOf(owner[0] ?? '')).toBeLessThan(partTwo)
    const numbered = numberedActions(input.plan)
    let at = 0
    for (const c of input.insurance.controls) {
      // In order, each topic followed by its status, then the numbers of its actions.
      const topic = page.indexOf(c.control.topic, at)
      expect(topic, c.control.id).toBeGreaterThan(at - 1)
      const status = page.indexOf(INSURANCE_STATUS_LABEL[c.status], topic)
      expect(status, c.control.id).toBeGreaterThan(topic)
      for (const a of c.actions) expect(page.slice(status, status + 400), c.control.id).toMatch(new RegExp(`[Aa]ction ${numbered.indexOf(a) + 1} \\(`))
      at = status
    }
    const evidence = flat(pages.slice(partTwo).join(' '))
    expect(evidence).toContain('Evidence an insurer may ask for')
    for (const c of input.insurance.controls) expect(evidence, c.control.id).toContain(flat(c.control.evidence[0] ?? '').slice(0, 40))
    for (const a of bank.insurance.flatMap((c) => c.askedBy)) expect(evidence).toContain(a.source.slice(0, 40))
  }, 30_000)
})
