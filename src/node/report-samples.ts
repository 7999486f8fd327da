/**
 * Answer profiles for trying the report on the real bank: "strong" (every best answer), "weak"
 * (every worst answer), "unsure" (every "Not sure") and "mixed" (a bit of everything, for the
 * preview). Profile questions get the answer that shows their follow-up questions, except in
 * "unsure", so every question a profile can reach is answered. Pure.
 */
import type { Bank, Question } from '../core/bank/types.ts'
import type { Answers } from '../core/answers.ts'

export const PROFILES = ['strong', 'weak', 'unsure', 'mixed'] as const
export type Profile = (typeof PROFILES)[number]

/** The first option of a profile question that some later question's condition asks for. */
function opening(bank: Bank, question: Question): string | undefined {
  for (const q of bank.sections.flatMap((s) => s.questions)) {
    if (q.showIf?.question === question.id) return q.showIf.anyOf.find((id) => question.options.some((o) => o.id === id && !o.notSure))
  }
  return undefined
}

function pick(bank: Bank, question: Question, profile: Profile, index: number): string | undefined {
  const notSure = question.options.find((o) => o.notSure)?.id
  if (profile === 'unsure') return notSure
  if (question.kind === 'profile') return opening(bank, question) ?? question.options.find((o) => !o.notSure)?.id
  const sure = [...question.options].filter((o) => !o.notSure && o.notApplicable !== true).sort((a, b) => b.score - a.score)
  const best = sure[0]?.id
  const worst = sure[sure.length - 1]?.id
  if (profile === 'strong') return best
  if (profile === 'weak') return worst
  return [best, worst, notSure, sure[Math.floor(sure.length / 2)]?.id][index % 4]
}

/** Answers for every question of the bank under `profile`, in bank order. */
export function sampleAnswers(bank: Bank, profile: Profile): Answers {
  const answers: Record<string, string> = {}
  bank.sections
    .flatMap((s) => s.questions)
    .forEach((q, i) => {
      const id = pick(bank, q, profile, i)
      if (id !== undefined) answers[q.id] = id
    })
  return answers
}
