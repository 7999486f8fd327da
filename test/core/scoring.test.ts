import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreAssessment, tierFor } from '../../src/core/scoring.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { allQuestions } from '../../src/core/answers.ts'
import { buildBank } from '../support/fixture-bank.ts'
import { answersFor } from '../support/answers-arbitrary.ts'

const bank = buildBank()
const section = (answers: Record<string, string>, id: string) => scoreAssessment(bank, answers).sections.find((s) => s.section.id === id)

describe('scoreAssessment', () => {
  it('weights answers: (2 × 100 + 1 × 0) / 3 = 67', () => {
    expect(section({ alerts: 'yes', logs: 'no' }, 'detect')?.score).toBe(67)
    expect(section({ alerts: 'no', logs: 'yes' }, 'detect')?.score).toBe(33)
  })

  it('computes the overall score over every answered question, with its tier from the bank', () => {
    // inventory 3×50, limits 2×100, alerts 2×60, logs 1×100 → 570 / 8 = 71.25
    const results = scoreAssessment(bank, { gate: 'portal', inventory: 'some', limits: 'yes', alerts: 'email', logs: 'yes' })
    expect(results.overall.score).toBe(71)
    expect(results.overall.tier?.id).toBe('mid')
  })

  it('scores "Not sure" as 0 and lists it as a knowledge gap, unlike an unanswered question', () => {
    const unsure = scoreAssessment(bank, { alerts: 'yes', logs: 'logs-unsure' })
    expect(unsure.sections[1]?.score).toBe(67)
    expect(unsure.sections[1]?.notSure).toBe(1)
    expect(unsure.gaps.map((g) => g.question.id)).toEqual(['logs'])
    const skipped = scoreAssessment(bank, { alerts: 'yes' })
    expect(skipped.sections[1]?.score).toBe(100)
    expect(skipped.sections[1]).toMatchObject({ answered: 1, applicable: 2, notSure: 0 })
    expect(skipped.gaps).toEqual([])
    expect(skipped.complete).toBe(false)
  })

  it('gives null, not zero, when nothing is answered', () => {
    const results = scoreAssessment(bank, {})
    expect(results.overall).toEqual({ score: null, tier: null })
    expect(results.sections.every((s) => s.score === null)).toBe(true)
  })

  it('ignores answers to hidden questions: they neither count nor appear as gaps', () => {
    const shown = scoreAssessment(bank, { gate: 'portal', inventory: 'inventory-unsure', alerts: 'yes' })
    expect(shown.sections[0]).toMatchObject({ score: 0, applicable: 2, answered: 1 })
    const hidden = scoreAssessment(bank, { gate: 'none', inventory: 'inventory-unsure', alerts: 'yes' })
    expect(hidden.sections[0]).toMatchObject({ score: null, applicable: 0, answered: 0 })
    expect(hidden.gaps).toEqual([])
    expect(hidden.overall.score).toBe(100)
    expect(hidden.complete).toBe(false)
  })

  it('ignores answers that name no real option', () => {
    expect(scoreAssessment(bank, { alerts: 'maybe' }).sections[1]?.answered).toBe(0)
  })

  it('picks the highest tier whose minimum the score reaches', () => {
    expect([0, 49, 50, 84, 85, 100].map((s) => tierFor(bank.tiers, s)?.id)).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high'])
  })
})

describe('scoring properties', () => {
  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(answersFor(bank), (answers) => {
        const results = scoreAssessment(bank, answers)
        for (const s of [results.overall.score, ...results.sections.map((x) => x.score)]) {
          if (s !== null) expect(s >= 0 && s <= 100 && Number.isInteger(s)).toBe(true)
        }
      }),
    )
  })

  it('never lowers a section or the overall score when one answer improves', () => {
    const scored = allQuestions(bank).flatMap((q) => (q.kind === 'scored' ? [q] : []))
    fc.assert(
      fc.property(answersFor(bank), fc.constantFrom(...scored), fc.nat(), fc.nat(), (answers, q, i, j) => {
        // "Doesn't apply" is not on the better–worse scale: it takes the question out (tested below).
        const scale = q.options.filter((o) => o.notApplicable !== true)
        const [worse, better] = [scale[i % scale.length], scale[j % scale.length]].sort((a, b) => (a?.score ?? 0) - (b?.score ?? 0))
        if (worse === undefined || better === undefined) return
        const before = scoreAssessment(bank, { ...answers, [q.id]: worse.id })
        const after = scoreAssessment(bank, { ...answers, [q.id]: better.id })
        expect(after.overall.score ?? 0).toBeGreaterThanOrEqual(before.overall.score ?? 0)
        after.sections.forEach((s, k) => expect(s.score ?? 0).toBeGreaterThanOrEqual(before.sections[k]?.score ?? 0))
      }),
    )
  })

  it('does not depend on the order in which answers were given', () => {
    fc.assert(
      fc.property(answersFor(bank), fc.nat(), (answers, seed) => {
        const entries = Object.entries(answers)
        const shuffled = entries.map((e, k) => ({ e, key: (k * 7919 + seed) % 104729 })).sort((a, b) => a.key - b.key).map(({ e }) => e)
        expect(scoreAssessment(bank, Object.fromEntries(shuffled))).toEqual(scoreAssessment(bank, answers))
      }),
    )
  })

  it('keeps a "Doesn\'t apply" answer out of the score, the plan and the gaps, as if the question were not there', () => {
    const naQuestions = allQuestions(bank).flatMap((q) => (q.kind === 'scored' && q.options.some((o) => o.notApplicable === true) ? [q] : []))
    expect(naQuestions.length).toBeGreaterThan(0)
    fc.assert(
      fc.property(answersFor(bank), fc.constantFrom(...naQuestions), (answers, q) => {
        const na = q.options.find((o) => o.notApplicable === true)
        if (na === undefined) return
        const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== q.id))
        const withNa = scoreAssessment(bank, { ...rest, [q.id]: na.id })
        const without = scoreAssessment(bank, rest)
        expect(withNa.overall).toEqual(without.overall)
        expect(withNa.sections.map((s) => [s.score, s.answered, s.notSure])).toEqual(without.sections.map((s) => [s.score, s.answered, s.notSure]))
        expect(withNa.gaps).toEqual(without.gaps)
        expect(derivePlan(bank, { ...rest, [q.id]: na.id }).items.map((i) => i.question.id)).toEqual(derivePlan(bank, rest).items.map((i) => i.question.id))
        const finding = withNa.sections.flatMap((s) => s.findings).find((f) => f.question.id === q.id)
        if (finding?.status === 'answered') expect([finding.notApplicable, finding.score]).toEqual([true, null])
      }),
    )
  })
})
