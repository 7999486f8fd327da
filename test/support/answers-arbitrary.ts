/** fast-check generators of answers for a bank: each question unanswered or one of its options. */
import fc from 'fast-check'
import type { Bank } from '../../src/core/bank/types.ts'
import { allQuestions } from '../../src/core/answers.ts'
import type { Answers } from '../../src/core/answers.ts'

export function answersFor(bank: Bank): fc.Arbitrary<Answers> {
  const entries = allQuestions(bank).map((q) =>
    fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }).map((optionId) => [q.id, optionId] as const),
  )
  return fc.tuple(...entries).map((pairs) => {
    const answers: Record<string, string> = {}
    for (const [id, optionId] of pairs) if (optionId !== undefined) answers[id] = optionId
    return answers
  })
}
