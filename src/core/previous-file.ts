/**
 * The earlier assessment to compare with ("Compare with an earlier assessment", `npm run report
 * --previous`): a saved-answers file read like a load, except that an older set of questions is
 * accepted and its answers are kept as they are. Apart from `answers-file.ts` so that the first
 * screen, which only loads, does not carry it. Pure; never throws.
 */
import type { BankSkeleton } from './bank/types.ts'
import type { Answers } from './answers.ts'
import { ANSWERS_FILE_FORMAT, ANSWERS_FILE_VERSION, cleanBusinessName, type FileProblem } from './answers-file.ts'
import { isRecord } from './records.ts'

/**
 * An earlier assessment, as its saved-answers file holds it: the answers as they were given (for
 * an older set of questions they may name questions or options that no longer exist; the
 * comparison sorts those out), when it was saved, and for which version of the questions.
 */
export interface PreviousAssessment {
  readonly answers: Answers
  readonly savedAt: Date
  readonly bankVersion: number
}

export type PreviousFileResult =
  | {
      readonly ok: true
      readonly previous: PreviousAssessment
      /** Cleaned like any business name; empty when none was given. */
      readonly businessName: string
      /** Answer entries that are not text (so no answer at all) and were left out. */
      readonly dropped: readonly string[]
    }
  | { readonly ok: false; readonly problem: FileProblem }

/**
 * Checks a saved-answers file to compare with ("Compare with an earlier assessment"). Like
 * `parseAnswersFile`, it refuses text that is not JSON, files that are not ours, another file
 * layout and a file with no answer; unlike it, it accepts a file saved for an older set of
 * questions (not a newer one) and keeps its answers as they are, to be compared question by
 * question. Never throws.
 */
export function parsePreviousAnswersFile(text: string, bank: BankSkeleton): PreviousFileResult {
  const fail = (problem: FileProblem): PreviousFileResult => ({ ok: false, problem })
  // The checks of `parseAnswersFile`, in its order and with its problems, but for the bank version
  // (kept apart so the first screen, which only loads, stays small).
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail('not-json')
  }
  if (!isRecord(data) || data.format !== ANSWERS_FILE_FORMAT) return fail('not-ours')
  if (data.formatVersion !== ANSWERS_FILE_VERSION) return fail('other-version-compare')
  const bankVersion = data.bankVersion
  if (typeof bankVersion !== 'number' || !Number.isInteger(bankVersion) || bankVersion < 1) return fail('no-questions')
  if (bankVersion > bank.version) return fail('newer-questions')
  const savedAt = typeof data.savedAt === 'string' ? new Date(data.savedAt) : new Date(Number.NaN)
  if (Number.isNaN(savedAt.getTime())) return fail('no-date')
  if (!isRecord(data.answers)) return fail('no-answers')
  const answers: Record<string, string> = {}
  const dropped: string[] = []
  for (const [questionId, optionId] of Object.entries(data.answers)) {
    if (typeof optionId === 'string') Object.defineProperty(answers, questionId, { value: optionId, enumerable: true, writable: true, configurable: true })
    else dropped.push(questionId)
  }
  if (Object.keys(answers).length === 0) return fail('empty-compare')
  return { ok: true, previous: { answers, savedAt, bankVersion }, businessName: cleanBusinessName(data.businessName), dropped }
}
