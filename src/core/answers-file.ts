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
  | { readonly ok: false; readonly message: string }

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

/** The sentence that starts every refusal of a file that is not ours. */
export const NOT_OURS = 'This file is not a saved-answers file from this assessment.'

/**
 * Checks a saved-answers file against the bank. Refuses (with a message for the owner) text that
 * is not JSON, JSON that is not our format, a file from another format or bank version, and a
 * file with no usable answer; answers to unknown questions or options are dropped and reported.
 */
export function parseAnswersFile(text: string, bank: BankSkeleton): AnswersFileResult {
  const fail = (message: string): AnswersFileResult => ({ ok: false, message })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(`${NOT_OURS} It could not be read as JSON.`)
  }
  if (!isRecord(data) || data.format !== ANSWERS_FILE_FORMAT) return fail(NOT_OURS)
  if (data.formatVersion !== ANSWERS_FILE_VERSION) return fail('This file was saved by a different version of this assessment, so it cannot be loaded here.')
  if (data.bankVersion !== bank.version) {
    return fail('This file was saved for an older or newer set of questions, so its answers cannot be used. Please answer the questions again.')
  }
  const savedAt = typeof data.savedAt === 'string' ? new Date(data.savedAt) : new Date(Number.NaN)
  if (Number.isNaN(savedAt.getTime())) return fail(`${NOT_OURS} Its date is missing or damaged.`)
  if (!isRecord(data.answers)) return fail(`${NOT_OURS} Its answers are missing or damaged.`)
  const { answers, dropped } = pruneAnswers(bank, data.answers)
  if (Object.keys(answers).length === 0) return fail('This file holds no answers to the questions of this assessment.')
  return { ok: true, data: { answers, businessName: cleanBusinessName(data.businessName) }, savedAt, dropped }
}

/** The download name of a saved-answers file: `cyber-readiness-answers-YYYY-MM-DD.json` (local date). */
export function answersFileName(date: Date): string {
  const d = Number.isNaN(date.getTime()) ? new Date(0) : date
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `cyber-readiness-answers-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`
}
