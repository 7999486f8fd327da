import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allQuestions, isVisible, type Answers } from '../../src/core/answers.ts'
import { changeWords, compareAssessments, notComparedSentence, type PreviousAssessment } from '../../src/core/compare.ts'
import { en } from '../../src/i18n/messages.ts'

import { scoreAssessment } from '../../src/core/scoring.ts'
import { answersFor } from '../support/answers-arbitrary.ts'
import { FIXTURE_ANSWERS, fixtureBank } from '../support/fixture-bank.ts'

const someOf = en.results.someOf

const bank = fixtureBank('core')
const report = fixtureBank('report')
const savedAt = new Date('2026-01-05T10:00:00Z')
const previous = (answers: Readonly<Record<string, unknown>>, bankVersion = 1): PreviousAssessment => ({ answers: answers as Answers, savedAt, bankVersion })
const ids = (list: readonly { question: { id: string } }[]): string[] => list.map((c) => c.question.id)

describe('compareAssessments', () => {
  it('names the score changes, the actions done, what got worse and the gaps opened and closed', () => {
    const before = { gate: 'portal', inventory: 'none', limits: 'yes', alerts: 'alerts-unsure', logs: 'yes' }
    const after = { gate: 'portal', inventory: 'some', limits: 'no', alerts: 'yes', logs: 'logs-unsure' }
    const c = compareAssessments(bank, previous(before), after)
    expect(c.previousDate).toEqual(savedAt)
    expect(c.sameQuestions).toBe(true)
    // Before: (3·0 + 2·100 + 2·0 + 1·100) / 8 = 38; after: (3·50 + 2·0 + 2·100 + 1·0) / 8 = 44.
    expect(c.overall).toEqual({ previous: 38, current: 44, delta: 6 })
    expect(c.sections.map((s) => [s.section.id, s.previous, s.current, s.delta])).toEqual([
      ['exposure', 40, 30, -10],
      ['detect', 33, 67, 34],
    ])
    expect(c.improved.map((i) => [i.question.id, i.from.id, i.to.id, i.fromScore, i.toScore])).toEqual([
      ['inventory', 'none', 'some', 0, 50],
      ['alerts', 'alerts-unsure', 'yes', 0, 100],
    ])
    expect(c.worse.map((i) => [i.question.id, i.from.label, i.to.label])).toEqual([['limits', 'Yes', 'No'], ['logs', 'Yes', 'Not sure']])
    expect(ids(c.newGaps)).toEqual(['logs'])
    expect(ids(c.resolvedGaps)).toEqual(['alerts'])
    expect(c.notComparable).toEqual([])
    expect(c.newQuestions).toEqual([])
    expect(notComparedSentence(c, en.results.notCompared)).toBeNull()
  })

  it('across bank versions compares what both have, and names what it cannot compare and what is new', () => {
    const before = { gate: 'portal', inventory: 'none', retired: 'yes', alerts: 'sometimes', limits: 7 }
    const c = compareAssessments(bank, previous(before, 0), { gate: 'portal', inventory: 'all', limits: 'yes', alerts: 'yes', logs: 'no' })
    expect(c.sameQuestions).toBe(false)
    expect(ids(c.improved)).toEqual(['inventory'])
    expect(c.notComparable).toEqual([
      { questionId: 'retired', optionId: 'yes', reason: 'question-gone' },
      { questionId: 'alerts', optionId: 'sometimes', question: expect.objectContaining({ id: 'alerts' }), reason: 'option-gone' },
      { questionId: 'limits', optionId: '', question: expect.objectContaining({ id: 'limits' }), reason: 'option-gone' },
    ])
    expect(c.newQuestions.map((q) => q.id)).toEqual(['logs'])
    expect(notComparedSentence(c, en.results.notCompared)).toBe(
      'Could not be compared: 1 earlier answer to questions that no longer exist (retired), and 2 earlier answers that are no longer offered ("Do you get alerts?"; "Are there limits?"). 1 question you answered now had no answer in the earlier file (new since, or not answered then): "Do you keep logs?".',
    )
  })

  it('keeps hostile question ids out of the sentence: visible text, cut short', () => {
    const c = compareAssessments(bank, previous({ ['\u202egone\u0000' + 'x'.repeat(200)]: 'yes', alerts: 'yes' }, 0), { alerts: 'yes' })
    const sentence = notComparedSentence(c, en.results.notCompared) ?? ''
    expect(sentence).toMatch(/^Could not be compared: 1 earlier answer to questions that no longer exist \(gonex+\)\.$/)
    expect(sentence.length).toBeLessThan(150)
  })

  it('reads an earlier answer to a hidden question as not asked then, and an answer now without one then as new', () => {
    const c = compareAssessments(bank, previous({ gate: 'none', inventory: 'none', alerts: 'yes' }), { gate: 'portal', inventory: 'all', limits: 'yes', alerts: 'yes' })
    expect(c.improved).toEqual([])
    expect(c.newQuestions.map((q) => q.id)).toEqual(['limits'])
    expect(c.sections[0]).toMatchObject({ previous: null, current: 100, delta: null })
    expect(notComparedSentence(c, en.results.notCompared)).toBe('1 question you answered now had no answer in the earlier file: "Are there limits?".')
  })

  it('never throws, whatever the earlier answers hold', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), answersFor(bank), fc.integer(), (raw, now, version) => {
        const c = compareAssessments(bank, previous(raw, version), now)
        expect(c.sections).toHaveLength(bank.sections.length)
      }),
    )
  })
})

describe('compareAssessments, properties', () => {
  for (const [name, b] of [['core', bank], ['report', report]] as const) {
    it(`${name}: an answer set compared with itself shows no change anywhere`, () => {
      fc.assert(
        fc.property(answersFor(b), (answers) => {
          const c = compareAssessments(b, previous(answers), answers)
          expect(c.overall.delta === null || c.overall.delta === 0).toBe(true)
          for (const s of c.sections) expect(s.delta === null || s.delta === 0).toBe(true)
          expect([c.improved, c.worse, c.newGaps, c.resolvedGaps, c.notComparable, c.newQuestions].map((l) => l.length)).toEqual([0, 0, 0, 0, 0, 0])
        }),
      )
    })

    it(`${name}: the deltas are the difference of the two scoreAssessment results`, () => {
      fc.assert(
        fc.property(answersFor(b), answersFor(b), (before, after) => {
          const c = compareAssessments(b, previous(before), after)
          const [then, now] = [scoreAssessment(b, before), scoreAssessment(b, after)]
          expect(c.overall.previous).toBe(then.overall.score)
          expect(c.overall.current).toBe(now.overall.score)
          expect(c.overall.delta).toBe(then.overall.score === null || now.overall.score === null ? null : now.overall.score - then.overall.score)
          c.sections.forEach((s, i) => {
            const [p, q] = [then.sections[i]?.score ?? null, now.sections[i]?.score ?? null]
            expect([s.previous, s.current, s.delta]).toEqual([p, q, p === null || q === null ? null : q - p])
          })
        }),
      )
    })

    it(`${name}: improving one answer shows exactly that one as done, and nothing worse`, () => {
      const scored = allQuestions(b).flatMap((q) => (q.kind === 'scored' ? [q] : []))
      fc.assert(
        fc.property(answersFor(b), fc.nat(), fc.nat(), (answers, qi, oi) => {
          const candidates = scored.filter((q) => {
            const chosen = q.options.find((o) => o.id === answers[q.id])
            return isVisible(b, q, answers) && chosen !== undefined && chosen.notApplicable !== true && q.options.some((o) => o.notApplicable !== true && o.score > chosen.score)
          })
          fc.pre(candidates.length > 0)
          const question = candidates[qi % candidates.length]
          if (question === undefined) return
          const from = question.options.find((o) => o.id === answers[question.id])
          const better = question.options.filter((o) => o.notApplicable !== true && o.score > (from?.score ?? 0))
          const to = better[oi % better.length]
          if (to === undefined) return
          const c = compareAssessments(b, previous(answers), { ...answers, [question.id]: to.id })
          expect(c.improved.map((i) => [i.question.id, i.from.id, i.to.id])).toEqual([[question.id, from?.id, to.id]])
          expect(c.worse).toEqual([])
          expect(c.overall.delta ?? 0).toBeGreaterThanOrEqual(0)
        }),
      )
    })
  }

  it('the fixture answers against an empty-handed earlier file: everything answered now is new', () => {
    const c = compareAssessments(report, previous({ 'admin-review': 'no' }), FIXTURE_ANSWERS)
    expect(c.newQuestions.map((q) => q.id)).toEqual(['backups', 'has-portal', 'rate-limit', 'mfa', 'updates'])
  })
})

describe('words for a comparison', () => {
  it.each([
    [{ previous: 34, current: 51, delta: 17 }, 'from 34 to 51, up 17'],
    [{ previous: 51, current: 40, delta: -11 }, 'from 51 to 40, down 11'],
    [{ previous: 51, current: 51, delta: 0 }, 'unchanged at 51'],
    [{ previous: null, current: 51, delta: null }, 'not scored then, 51 now'],
    [{ previous: 20, current: null, delta: null }, '20 then, not scored now'],
    [{ previous: null, current: null, delta: null }, 'not scored then or now'],
  ])('%o reads "%s"', (c, words) => {
    expect(changeWords(c, en.results.change)).toBe(words)
  })

  it('lists at most a few names, then how many more', () => {
    expect(someOf(['a', 'b', 'c', 'd'], 2)).toBe('a; b; and 2 more')
    expect(someOf(['a', 'b'], 2, ', ')).toBe('a, b')
  })
})
