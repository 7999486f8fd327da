/**
 * Checks on the shipped question bank that the validator can't make: the agreed sections and their
 * order, stable ids, complete actions, framework references, reachable branches, the detection
 * model, raised priorities and the time estimate. Failures name the question and option.
 */
import { describe, expect, it } from 'vitest'
import { basename } from 'node:path'
import type { Question, ScoredQuestion } from '../../src/core/bank/types.ts'
import { allQuestions, findQuestion, isVisible, timeEstimate } from '../../src/core/answers.ts'
import { sentences, words } from '../support/readability.ts'
import { realBank, TYPICAL_PROFILE } from './real-bank.ts'
import ids from './ids.json'

const bank = realBank()
const questions = allQuestions(bank)
const scored = questions.filter((q): q is ScoredQuestion => q.kind === 'scored')

/** The sections, in order, with their files: the agreed shape of the assessment. */
const SECTIONS = [
  ['api-exposure', '01-api-exposure.json'],
  ['detection-speed', '02-detection-speed.json'],
  ['breach-history', '03-breach-history.json'],
  ['accounts-mfa', '04-accounts-mfa.json'],
  ['updates-devices', '05-updates-devices.json'],
  ['backups-recovery', '06-backups-recovery.json'],
  ['people-phishing', '07-people-phishing.json'],
  ['vendors', '08-vendors.json'],
  ['incident-response', '09-incident-response.json'],
] as const

/** NIST CSF 2.0: its 22 categories (a subcategory such as PR.AA-01 is allowed too). */
const CSF_CATEGORIES = new Set([
  'GV.OC', 'GV.RM', 'GV.RR', 'GV.PO', 'GV.OV', 'GV.SC',
  'ID.AM', 'ID.RA', 'ID.IM',
  'PR.AA', 'PR.AT', 'PR.DS', 'PR.PS', 'PR.IR',
  'DE.CM', 'DE.AE',
  'RS.MA', 'RS.AN', 'RS.CO', 'RS.MI',
  'RC.RP', 'RC.CO',
])

/** CIS Controls v8: how many safeguards each of the 18 controls has (153 in all). Ids only, never CIS text. */
const CIS_SAFEGUARDS = [5, 7, 14, 12, 6, 8, 7, 12, 7, 7, 5, 8, 11, 9, 7, 14, 9, 5]

function isCisSafeguard(id: string): boolean {
  const [control, safeguard] = id.split('.').map(Number)
  if (control === undefined || safeguard === undefined) return false
  const count = CIS_SAFEGUARDS[control - 1]
  return count !== undefined && safeguard >= 1 && safeguard <= count
}

/** Questions whose answers are real detection mechanisms: every option names a detection band. */
const DETECTION_QUESTIONS = [
  'api-bulk-limits',
  'detection-strange-login',
  'detection-large-export',
  'detection-vendor-notice',
]

/** Answers that make `question` visible: each condition on the way answered with its first allowed option. */
function answersShowing(question: Question): Record<string, string> {
  const answers: Record<string, string> = {}
  let current: Question | undefined = question
  while (current?.showIf !== undefined) {
    const first = current.showIf.anyOf[0]
    if (first !== undefined) answers[current.showIf.question] = first
    current = findQuestion(bank, current.showIf.question)
  }
  return answers
}

describe('the sections', () => {
  it('are exactly the nine agreed sections, in order, each in its numbered file', () => {
    expect(bank.sections.map((s) => [s.id, basename(s.file)])).toEqual(SECTIONS.map(([id, file]) => [id, file]))
  })

  // 52 since the insurers' controls (questions/insurance.json) needed two questions no section
  // asked (how fast urgent fixes go on, email filtering); the time tests keep the typical owner near 10 minutes.
  it('hold 35 to 52 questions in all', () => {
    expect(questions.length).toBeGreaterThanOrEqual(35)
    expect(questions.length).toBeLessThanOrEqual(52)
  })

  it('each have at least three questions, with ids that start with a short form of the section id', () => {
    for (const section of bank.sections) {
      expect(section.questions.length, section.id).toBeGreaterThanOrEqual(3)
      const prefix = section.id.split('-')[0] ?? section.id
      for (const q of section.questions) expect(q.id.startsWith(`${prefix}-`), `${q.id} in ${section.id}`).toBe(true)
    }
  })
})

describe('ids', () => {
  const listed = ids as Record<string, string[]>

  it('are unique: question ids across the bank, option ids within a question', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length)
    for (const q of questions) expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length)
  })

  it('that were published still exist (saved answers use them; renaming one must be a conscious change to ids.json)', () => {
    for (const [questionId, optionIds] of Object.entries(listed)) {
      const q = findQuestion(bank, questionId)
      expect(q, `question "${questionId}" is listed in test/content/ids.json but is gone from the bank`).toBeDefined()
      for (const optionId of optionIds) {
        expect(q?.options.some((o) => o.id === optionId), `option "${questionId}/${optionId}" is listed in ids.json but is gone`).toBe(true)
      }
    }
  })

  it('that are new are added to ids.json', () => {
    for (const q of questions) {
      expect(listed[q.id], `question "${q.id}" is new: add it and its option ids to test/content/ids.json`).toBeDefined()
      for (const o of q.options) expect(listed[q.id]?.includes(o.id), `option "${q.id}/${o.id}" is new: add it to test/content/ids.json`).toBe(true)
    }
  })
})

describe('questions and options', () => {
  it('each offer one "Not sure" option, labelled exactly so, and at least two real situations', () => {
    for (const q of questions) {
      const unsure = q.options.filter((o) => o.notSure)
      expect(unsure.map((o) => o.label), q.id).toEqual(['Not sure'])
      expect(q.options.length - 1, q.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('describe real situations, not a bare yes or no', () => {
    for (const q of questions) {
      for (const o of q.options) {
        if (o.notSure) continue
        expect(o.label, `${q.id}/${o.id}`).not.toMatch(/^(yes|no|maybe|sometimes)\.?$/i)
        expect(words(o.label).length, `${q.id}/${o.id}: "${o.label}"`).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('have a complete action on every option below the best: what to do, why (one sentence), effort, cost, who, when and the service', () => {
    for (const q of scored) {
      for (const o of q.options) {
        if (!o.notSure && o.score === 100) continue
        // "Doesn't apply to us" counts for nothing, so it has no action.
        if (o.notApplicable === true) continue
        const where = `${q.id}/${o.id}`
        const action = o.action
        expect(action, where).toBeDefined()
        if (action === undefined) continue
        expect(words(action.do).length, `${where}: "do" should name a concrete first step`).toBeGreaterThanOrEqual(8)
        expect(action.do, `${where}: "do" should be an instruction, not a statement`).not.toMatch(/^(you|we|your|our|it|this is|there)\b/i)
        expect(action.do, where).toMatch(/[.?]$/)
        expect(sentences(action.why).length, `${where}: "why" should be one sentence`).toBe(1)
        expect(action.service.trim(), where).not.toBe('')
      }
    }
  })

  it('use one spelling for each MSP service', () => {
    const byKey = new Map<string, Set<string>>()
    for (const q of scored) {
      for (const o of q.options) {
        if (o.action === undefined) continue
        const key = o.action.service.toLowerCase().replace(/[^a-z0-9]/g, '')
        byKey.set(key, (byKey.get(key) ?? new Set()).add(o.action.service))
      }
    }
    for (const spellings of byKey.values()) expect([...spellings]).toHaveLength(1)
  })

  it('give each question a realistic time: 0.1 to 1 minute, most 0.2 to 0.3', () => {
    for (const q of questions) {
      expect(q.minutes, q.id).toBeGreaterThanOrEqual(0.1)
      expect(q.minutes, q.id).toBeLessThanOrEqual(1)
    }
    const typical = questions.filter((q) => q.minutes >= 0.2 && q.minutes <= 0.3).length
    expect(typical / questions.length).toBeGreaterThanOrEqual(0.8)
  })
})

describe('framework references', () => {
  it('name at least one NIST CSF 2.0 category and one CIS Controls v8 safeguard on every question, and only real ones', () => {
    for (const q of questions) {
      expect(q.frameworks.nist.length, q.id).toBeGreaterThan(0)
      expect(q.frameworks.cis.length, q.id).toBeGreaterThan(0)
      for (const id of q.frameworks.nist) expect(CSF_CATEGORIES.has(id.slice(0, 5)), `${q.id}: NIST "${id}"`).toBe(true)
      for (const id of q.frameworks.cis) expect(isCisSafeguard(id), `${q.id}: CIS "${id}"`).toBe(true)
    }
  })

  it('name an OWASP API Security Top 10 (2023) risk on every API question', () => {
    const api = bank.sections.find((s) => s.id === 'api-exposure')
    for (const q of api?.questions ?? []) expect(q.frameworks.owasp.length, q.id).toBeGreaterThan(0)
  })
})

describe('branching', () => {
  it('depends only on earlier profile questions and their real options', () => {
    const seen = new Map<string, Question>()
    for (const q of questions) {
      if (q.showIf !== undefined) {
        const target = seen.get(q.showIf.question)
        expect(target, `${q.id} depends on "${q.showIf.question}", which must come earlier`).toBeDefined()
        expect(target?.kind, `${q.id}: "${q.showIf.question}" must be a profile question`).toBe('profile')
        for (const id of q.showIf.anyOf) expect(target?.options.some((o) => o.id === id), `${q.id}: no option "${id}"`).toBe(true)
      }
      seen.set(q.id, q)
    }
  })

  it('can reach every conditional question, and every condition can also hide it', () => {
    for (const q of questions) {
      if (q.showIf === undefined) continue
      expect(isVisible(bank, q, answersShowing(q)), `${q.id} should show for some answers`).toBe(true)
      const target = findQuestion(bank, q.showIf.question)
      const hiding = target?.options.find((o) => !q.showIf?.anyOf.includes(o.id))
      expect(hiding, `${q.id}: its condition allows every answer, so it is not a branch`).toBeDefined()
      if (hiding !== undefined) expect(isVisible(bank, q, { ...answersShowing(q), [q.showIf.question]: hiding.id })).toBe(false)
    }
  })

  it('asks everyone who can link apps; the linked-app questions only of businesses with apps, a portal or an app (or not sure); the portal questions only of those who run one', () => {
    const [gate, ...rest] = bank.sections[0]?.questions ?? []
    expect(gate?.id).toBe('api-profile')
    expect(gate?.kind).toBe('profile')
    const everyone = ['api-who-connects']
    const ownPortal = ['api-data-minimum', 'api-bulk-limits', 'api-vendor-security']
    for (const q of rest) {
      if (everyone.includes(q.id)) {
        expect(q.showIf, q.id).toBeUndefined()
        continue
      }
      expect(q.showIf?.question, q.id).toBe('api-profile')
      expect(q.showIf?.anyOf, q.id).not.toContain('none')
      expect(q.showIf?.anyOf, q.id).toContain('not-sure')
      expect(q.showIf?.anyOf, q.id).toContain('portal')
      // An owner of ready-made apps only never sees questions about a portal they don't have.
      if (ownPortal.includes(q.id)) expect(q.showIf?.anyOf, q.id).not.toContain('connected')
      else expect(q.showIf?.anyOf, q.id).toContain('connected')
    }
    for (const id of ownPortal) expect(rest.map((q) => q.id)).toContain(id)
  })

  it('asks how a past incident was found, fixed and told only when there was one', () => {
    const followUps = ['breach-how-found', 'breach-cause-fixed', 'breach-who-told']
    for (const id of followUps) expect(findQuestion(bank, id)?.showIf, id).toEqual({ question: 'breach-profile', anyOf: ['one', 'several'] })
    const others = (bank.sections[2]?.questions ?? []).filter((q) => q.id !== 'breach-profile' && !followUps.includes(q.id))
    for (const q of others) expect(q.showIf, q.id).toBeUndefined()
  })
})

describe('raised priorities', () => {
  const causeFixed = findQuestion(bank, 'breach-cause-fixed')

  it('rise 1.5 times across the related sections when a past incident was only cleaned up, not fixed, or left', () => {
    expect(causeFixed?.kind).toBe('scored')
    const raising = causeFixed?.kind === 'scored' ? causeFixed.options.filter((o) => o.raises !== undefined).map((o) => o.id) : []
    expect(raising).toEqual(['found-not-fixed', 'cleanup-only', 'moved-on'])
    const sectionIds = bank.sections.map((s) => s.id)
    for (const o of causeFixed?.kind === 'scored' ? causeFixed.options : []) {
      if (o.raises === undefined) continue
      expect(o.raises.factor).toBe(1.5)
      expect(o.raises.reason).toBe("A past incident's cause was not fixed")
      expect(o.raises.sections.length).toBeGreaterThanOrEqual(3)
      for (const id of o.raises.sections) expect(sectionIds).toContain(id)
      expect(o.raises.sections).not.toContain('breach-history')
    }
  })

  it('come from that question only', () => {
    const others = scored.filter((q) => q.id !== 'breach-cause-fixed' && q.options.some((o) => o.raises !== undefined))
    expect(others.map((q) => q.id)).toEqual([])
  })
})

describe('the detection estimate', () => {
  const bands = bank.detection.bands
  const slowest = bands[bands.length - 1]?.id
  const days = (id: string | undefined): number => bands.find((b) => b.id === id)?.days ?? Number.NaN

  it('uses four bands, fastest first: hours, days, weeks, months', () => {
    expect(bands.map((b) => b.id)).toEqual(['hours', 'days', 'weeks', 'months'])
  })

  it('draws on the real detection mechanisms only, with a band on every option', () => {
    const withBands = scored.filter((q) => q.options.some((o) => o.detection !== undefined)).map((q) => q.id)
    expect(withBands).toEqual(DETECTION_QUESTIONS)
    for (const id of DETECTION_QUESTIONS) {
      const q = findQuestion(bank, id)
      for (const o of q?.options ?? []) expect('detection' in o ? o.detection : undefined, `${id}/${o.id}`).toBeDefined()
    }
  })

  it('counts "Not sure" as the slowest band, and the best answer as the fastest of its question', () => {
    for (const id of DETECTION_QUESTIONS) {
      const q = findQuestion(bank, id)
      if (q?.kind !== 'scored') continue
      const unsure = q.options.find((o) => o.notSure)
      expect(unsure?.detection, id).toBe(slowest)
      const best = q.options.find((o) => !o.notSure && o.score === 100)
      const fastest = Math.min(...q.options.map((o) => days(o.detection)))
      expect(days(best?.detection), id).toBe(fastest)
      // A better answer never means slower detection.
      const byScore = q.options.filter((o) => !o.notSure).sort((a, b) => b.score - a.score)
      byScore.forEach((o, i) => {
        const next = byScore[i + 1]
        if (next !== undefined) expect(days(o.detection), `${id}: ${o.id} vs ${next.id}`).toBeLessThanOrEqual(days(next.detection))
      })
    }
  })

  it('leaves questions that are not detection mechanisms (such as log retention) out', () => {
    const retention = findQuestion(bank, 'detection-log-retention')
    expect(retention?.options.every((o) => !('detection' in o) || o.detection === undefined)).toBe(true)
  })

  it('compares with benchmarks that say which metric they are', () => {
    const metrics = bank.detection.benchmarks.map((b) => `${b.label} ${b.metric}`)
    expect(metrics.some((m) => /Mandiant/.test(m) && /median/i.test(m) && /detection/i.test(m))).toBe(true)
    expect(metrics.some((m) => /IBM/.test(m) && /mean/i.test(m) && /identify/i.test(m) && /contain/i.test(m))).toBe(true)
    expect(metrics.some((m) => /T-Mobile/.test(m) && /25 Nov 2022/.test(m) && /5 Jan 2023/.test(m))).toBe(true)
  })
})

describe('the time estimate on the welcome page', () => {
  it('is at most 12 minutes for a typical owner (ready-made apps, no portal of their own, no past incident)', () => {
    expect(timeEstimate(bank, TYPICAL_PROFILE).min).toBeLessThanOrEqual(12)
  })

  it('is at most 12 minutes for an owner who runs a portal and had an incident (every question shows)', () => {
    expect(timeEstimate(bank, { 'api-profile': 'portal', 'breach-profile': 'one' }).min).toBeLessThanOrEqual(12)
  })

  it('counts every question for the upper figure, which stays close (at most 12 minutes)', () => {
    const sum = questions.reduce((total, q) => total + q.minutes, 0)
    const { max } = timeEstimate(bank, {})
    expect(max).toBe(Math.ceil(sum))
    expect(max).toBeLessThanOrEqual(12)
  })
})

describe('where to report an attack', () => {
  it('covers the US, the UK and Australia, with https addresses and plausible phone numbers', () => {
    expect(bank.emergency.map((c) => c.code)).toEqual(['US', 'GB', 'AU'])
    for (const country of bank.emergency) {
      for (const contact of country.contacts) {
        expect(contact.url, contact.name).toMatch(/^https:\/\//)
        if (contact.phone !== undefined) expect(contact.phone, contact.name).toMatch(/^[0-9A-Z +()]{6,}$/)
      }
    }
  })
})
