/**
 * The saved-answers file: a small JSON file the owner downloads ("Save my answers") and loads
 * again later or on another device ("Load saved answers"), and that an MSP turns into a PDF plan
 * with `npm run report`. Pure: text in, checked data out; nothing here ever throws.
 */
import type { BankSkeleton } from './bank/types.ts'
import { pruneAnswers, type Answers } from './answers.ts'
import { isRecord } from './records.ts'
import { cleanText } from './text.ts'

/** Marks a file as ours, so an unrelated JSON file is never mistaken for saved answers. */
export const ANSWERS_FILE_FORMAT = 'cyber-readiness-answers'
/** The version of this file's layout (not of the question bank). */
export const ANSWERS_FILE_VERSION = 1
/** The longest business name kept, in characters (after trimming). */
export const BUSINESS_NAME_MAX = 100
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

/**
 * A business name as kept: `cleanText` (visible text on one line, controls and invisible format
 * characters removed, whitespace collapsed, trimmed) cut to 100 characters; anything that is not
 * text (missing, a number, null) gives ''. The one rule for the field, the answers file, saved
 * progress and the report CLI.
 */
export function cleanBusinessName(value: unknown): string {
  return cleanText(value, { maxLength: BUSINESS_NAME_MAX })
}

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

const NOT_OURS = 'This file is not a saved-answers file from this assessment.'

type Header =
  | { readonly ok: true; readonly bankVersion: number; readonly savedAt: Date; readonly answers: Readonly<Record<string, unknown>>; readonly businessName: string }
  | { readonly ok: false; readonly message: string }

/**
 * The checks every saved-answers file passes, in this order: JSON, our format, this file layout,
 * a bank version `versionProblem` accepts (loading and comparing accept different ones: it returns
 * the message when it refuses), a date and an answers object.
 */
function readHeader(text: string, versionProblem: (version: number) => string | null): Header {
  const fail = (message: string): Header => ({ ok: false, message })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(`${NOT_OURS} It could not be read as JSON.`)
  }
  if (!isRecord(data) || data.format !== ANSWERS_FILE_FORMAT) return fail(NOT_OURS)
  if (data.formatVersion !== ANSWERS_FILE_VERSION) return fail('This file was saved by a different version of this assessment, so it cannot be loaded here.')
  const bankVersion = data.bankVersion
  const problem = typeof bankVersion === 'number' && Number.isInteger(bankVersion) && bankVersion >= 1 ? versionProblem(bankVersion) : versionProblem(Number.NaN)
  if (problem !== null) return fail(problem)
  const savedAt = typeof data.savedAt === 'string' ? new Date(data.savedAt) : new Date(Number.NaN)
  if (Number.isNaN(savedAt.getTime())) return fail(`${NOT_OURS} Its date is missing or damaged.`)
  if (!isRecord(data.answers)) return fail(`${NOT_OURS} Its answers are missing or damaged.`)
  return { ok: true, bankVersion: Number(bankVersion), savedAt, answers: data.answers, businessName: cleanBusinessName(data.businessName) }
}

/**
 * Checks a saved-answers file against the bank. Refuses (with a message for the owner) text that
 * is not JSON, JSON that is not our format, a file from another format or bank version, and a
 * file with no usable answer; answers to unknown questions or options are dropped and reported.
 */
export function parseAnswersFile(text: string, bank: BankSkeleton): AnswersFileResult {
  const header = readHeader(text, (version) =>
    version === bank.version ? null : 'This file was saved for an older or newer set of questions, so its answers cannot be used. Please answer the questions again.',
  )
  if (!header.ok) return header
  const { answers, dropped } = pruneAnswers(bank, header.answers)
  if (Object.keys(answers).length === 0) return { ok: false, message: 'This file holds no answers to the questions of this assessment.' }
  return { ok: true, data: { answers, businessName: header.businessName }, savedAt: header.savedAt, dropped }
}

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
  const header = readHeader(text, (version) => {
    if (Number.isNaN(version)) return `${NOT_OURS} Its set of questions is missing or damaged.`
    return version > bank.version ? 'This file was saved for a newer set of questions than this assessment uses, so it cannot be compared here.' : null
  })
  if (!header.ok) return header
  const answers: Record<string, string> = {}
  const dropped: string[] = []
  for (const [questionId, optionId] of Object.entries(header.answers)) {
    if (typeof optionId === 'string') Object.defineProperty(answers, questionId, { value: optionId, enumerable: true, writable: true, configurable: true })
    else dropped.push(questionId)
  }
  if (Object.keys(answers).length === 0) return { ok: false, message: 'This file holds no answers to compare with.' }
  return { ok: true, previous: { answers, savedAt: header.savedAt, bankVersion: header.bankVersion }, businessName: header.businessName, dropped }
}

/** The download name of a saved-answers file: `cyber-readiness-answers-YYYY-MM-DD.json` (local date). */
export function answersFileName(date: Date): string {
  const d = Number.isNaN(date.getTime()) ? new Date(0) : date
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `cyber-readiness-answers-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`
}
