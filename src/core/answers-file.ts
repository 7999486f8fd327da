/**
 * The saved-answers file: a small JSON file the owner downloads ("Save my answers") and loads
 * again later or on another device ("Load saved answers"), and that an MSP turns into a PDF plan
 * with `npm run report`. Pure: text in, checked data out; nothing here ever throws.
 */
import type { BankSkeleton } from './bank/types.ts'
import { pruneAnswers, type Answers } from './answers.ts'
import { isRecord } from './records.ts'
import { BUSINESS_NAME_MAX, cleanBusinessName } from './business-name.ts'

export { BUSINESS_NAME_MAX, cleanBusinessName }

/** Marks a file as ours, so an unrelated JSON file is never mistaken for saved answers. */
export const ANSWERS_FILE_FORMAT = 'cyber-readiness-answers'
/** The version of this file's layout (not of the question bank). */
export const ANSWERS_FILE_VERSION = 1
/** Files larger than this are refused unread: saved answers are a few kilobytes. */
export const ANSWERS_FILE_MAX_BYTES = 200_000

/** What a saved-answers file holds once checked. */
export interface AnswersFileData {
  readonly answers: Answers
  /** Cleaned by `cleanBusinessName`: visible one-line text, at most 100 characters; empty when none was given. */
  readonly businessName: string
}

export type AnswersFileResult =
  | {
      readonly ok: true
      readonly data: AnswersFileData
      readonly savedAt: Date
      /** Question ids whose answers no longer match a question or option and were left out. */
      readonly dropped: readonly string[]
    }
  | { readonly ok: false; readonly problem: LoadProblem }

/**
 * Why a file was refused, as data: the words for the owner are in each language's dictionary
 * (`app.file.problem`; the refusals only "Compare with last time" makes, `CompareProblem`, in
 * `results.compare.problem`, which the first screen does not carry).
 */
export type FileProblem = LoadProblem | CompareProblem

/** The refusals of `parseAnswersFile` (some of which `parsePreviousAnswersFile` shares). */
export type LoadProblem = 'not-json' | 'not-ours' | 'other-version' | 'other-questions' | 'no-date' | 'no-answers' | 'empty'

/** The refusals of `parsePreviousAnswersFile` alone. */
export type CompareProblem = 'other-version-compare' | 'newer-questions' | 'no-questions' | 'empty-compare'

/** True for a refusal of `parsePreviousAnswersFile` alone. */
export function isCompareProblem(p: FileProblem): p is CompareProblem {
  return p === 'other-version-compare' || p === 'newer-questions' || p === 'no-questions' || p === 'empty-compare'
}

/** A file that passed the checks. */
export type LoadedAnswersFile = Extract<AnswersFileResult, { ok: true }>


/** The file's text: pretty-printed JSON with the format, bank version, date, name and answers. */
export function encodeAnswersFile(bank: BankSkeleton, data: AnswersFileData, savedAt: Date): string {
  const businessName = cleanBusinessName(data.businessName)
  const file = {
    format: ANSWERS_FILE_FORMAT,
    formatVersion: ANSWERS_FILE_VERSION,
    bankVersion: bank.version,
    savedAt: savedAt.toISOString(),
    ...(businessName === '' ? {} : { businessName }),
    answers: data.answers,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Checks a saved-answers file against the bank. Refuses (with the problem, see `FileProblem`) text that
 * is not JSON, JSON that is not our format, a file from another format or bank version, and a
 * file with no usable answer; answers to unknown questions or options are dropped and reported.
 */
export function parseAnswersFile(text: string, bank: BankSkeleton): AnswersFileResult {
  const fail = (problem: LoadProblem): AnswersFileResult => ({ ok: false, problem })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail('not-json')
  }
  if (!isRecord(data) || data.format !== ANSWERS_FILE_FORMAT) return fail('not-ours')
  if (data.formatVersion !== ANSWERS_FILE_VERSION) return fail('other-version')
  if (data.bankVersion !== bank.version) return fail('other-questions')
  const savedAt = typeof data.savedAt === 'string' ? new Date(data.savedAt) : new Date(Number.NaN)
  if (Number.isNaN(savedAt.getTime())) return fail('no-date')
  if (!isRecord(data.answers)) return fail('no-answers')
  const { answers, dropped } = pruneAnswers(bank, data.answers)
  if (Object.keys(answers).length === 0) return fail('empty')
  return { ok: true, data: { answers, businessName: cleanBusinessName(data.businessName) }, savedAt, dropped }
}

/** The download name of a saved-answers file: `<stem>-YYYY-MM-DD.json` (local date), the stem in the owner's language (`app.file.stem`). */
export function answersFileName(date: Date, stem: string = ANSWERS_FILE_FORMAT): string {
  const d = Number.isNaN(date.getTime()) ? new Date(0) : date
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${stem}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`
}
