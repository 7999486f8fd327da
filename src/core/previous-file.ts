/**
 * The earlier assessment to compare with ("Compare with an earlier assessment", `npm run report
 * --previous`): a saved-answers file read like a load, except that an older set of questions is
 * accepted and its answers are kept as they are. Apart from `answers-file.ts` so that the first
 * screen, which only loads, does not carry it. Pure; never throws.
 */
import type { BankSkeleton } from './bank/types.ts'
import type { Answers } from './answers.ts'
import { ANSWERS_FILE_FORMAT, ANSWERS_FILE_VERSION, NOT_OURS, cleanBusinessName } from './answers-file.ts'
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
  | { readonly ok: false; readonly message: string }

/**
 * Checks a saved-answers file to compare with ("Compare with an earlier assessment"). Like
 * `parseAnswersFile`, it refuses text that is not JSON, files that are not ours, another file
 * layout and a file with no answer; unlike it, it accepts a file saved for an older set of
 * questions (not a newer one) and keeps its answers as they are, to be compared question by
 * question. Never throws.
 */
export function parsePreviousAnswersFile(text: string, bank: BankSkeleton): PreviousFileResult {
  const fail = (message: string): PreviousFileResult => ({ ok: false, message })
  // The checks of `parseAnswersFile`, in its order and with its messages, but for the bank version
  // (kept apart so the first screen, which only loads, stays small).
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(`${NOT_OURS} It could not be read as JSON.`)
  }
  if (!isRecord(data) || data.format !== ANSWERS_FILE_FORMAT) return fail(NOT_OURS)
  if (data.formatVersion !== ANSWERS_FILE_VERSION) return fail('This file was saved by a different version of this assessment, so it cannot be compared here.')
  const bankVersion = data.bankVersion
  if (typeof bankVersion !== 'number' || !Number.isInteger(bankVersion) || bankVersion < 1) return fail(`${NOT_OURS} Its set of questions is missing or damaged.`)
  if (bankVersion > bank.version) return fail('This file was saved for a newer set of questions than this assessment uses, so it cannot be compared here.')
  const savedAt = typeof data.savedAt === 'string' ? new Date(data.savedAt) : new Date(Number.NaN)
  if (Number.isNaN(savedAt.getTime())) return fail(`${NOT_OURS} Its date is missing or damaged.`)
  if (!isRecord(data.answers)) return fail(`${NOT_OURS} Its answers are missing or damaged.`)
  const answers: Record<string, string> = {}
  const dropped: string[] = []
  for (const [questionId, optionId] of Object.entries(data.answers)) {
    if (typeof optionId === 'string') Object.defineProperty(answers, questionId, { value: optionId, enumerable: true, writable: true, configurable: true })
    else dropped.push(questionId)
  }
  if (Object.keys(answers).length === 0) return { ok: false, message: 'This file holds no answers to compare with.' }
  return { ok: true, previous: { answers, savedAt, bankVersion }, businessName: cleanBusinessName(data.businessName), dropped }
}
