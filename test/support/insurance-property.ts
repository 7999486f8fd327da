/**
 * The property behind the insurance view's honesty: improving one answer (to an option that scores
 * higher, "Not sure" counting 0 as in the score) never lowers any control's status. Run on the
 * fixture bank (test/core) and on the real one (test/content).
 */
import { expect } from 'vitest'
import fc from 'fast-check'
import type { Bank, InsuranceStatus, ScoredQuestion } from '../../src/core/bank/types.ts'
import { INSURANCE_STATUSES } from '../../src/core/bank/types.ts'
import { insuranceReadiness } from '../../src/core/insurance.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { findQuestion } from '../../src/core/answers.ts'

/** Random answers to every question of the bank: any option, or none. */
function answersFor(bank: Bank): fc.Arbitrary<Partial<Record<string, string>>> {
  const questions = bank.sections.flatMap((s) => s.questions)
  return fc.record(Object.fromEntries(questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])), { requiredKeys: [] })
}

/** What scoring counts: "Not sure" as 0, a "Doesn't apply" as nothing (left out of the comparison). */
function scoreOf(question: ScoredQuestion, optionId: string | undefined): number | null {
  const option = question.options.find((o) => o.id === optionId)
  if (option === undefined || option.notSure) return 0
  return option.notApplicable === true ? null : option.score
}

/** Asserts the property over `runs` random answer sets and single improvements. */
export function checkMonotone(bank: Bank, runs: number): void {
  const scored = bank.insurance.flatMap((c) => c.rules.map((r) => findQuestion(bank, r.question))).filter((q): q is ScoredQuestion => q?.kind === 'scored')
  fc.assert(
    fc.property(answersFor(bank), fc.nat(), fc.nat(), (drawn, qi, oi) => {
      const answers = Object.fromEntries(Object.entries(drawn).filter((e): e is [string, string] => e[1] !== undefined))
      const question = scored[qi % scored.length]
      if (question === undefined) return
      const better = question.options[oi % question.options.length]
      const before = scoreOf(question, answers[question.id])
      const after = better === undefined ? null : scoreOf(question, better.id)
      if (better === undefined || before === null || after === null || after <= before) return
      const improved = { ...answers, [question.id]: better.id }
      const was = insuranceReadiness(bank, answers, derivePlan(bank, answers))
      const now = insuranceReadiness(bank, improved, derivePlan(bank, improved))
      was.controls.forEach((c, i) => {
        const rank = (s: InsuranceStatus): number => INSURANCE_STATUSES.indexOf(s)
        expect(rank(now.controls[i]?.status ?? 'unknown'), `${c.control.id}: ${question.id} ${answers[question.id] ?? '(none)'} → ${better.id}`).toBeGreaterThanOrEqual(rank(c.status))
      })
    }),
    { numRuns: runs },
  )
}

