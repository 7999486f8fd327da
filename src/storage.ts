/**
 * Saved progress: a versioned envelope in localStorage, validated on load, never trusted.
 *
 * Storage can throw on access (sandboxed or privacy-mode frames) or on write (quota). Then the app
 * runs in memory and says that progress will not be kept. A corrupt, unknown or expired value is
 * discarded with a notice; answers to questions or options that no longer exist are dropped, the
 * rest kept. Nothing here ever throws.
 */
import type { Bank } from './core/bank.ts'
import { pruneAnswers, type Answers } from './core/answers.ts'
import { cleanBusinessName } from './core/answers-file.ts'

export const STORAGE_KEY = 'cyber-readiness-assessment'
export const ENVELOPE_VERSION = 1
/** Saved answers older than this are discarded on load. */
export const MAX_AGE_DAYS = 90

/** What is saved: answer ids, where the owner was (a section id or "results") and, optionally, the business name. */
export interface Progress {
  readonly answers: Answers
  readonly position: string | null
  /** Trimmed, at most 100 characters; absent or '' when not given. Envelopes without it load as ''. */
  readonly businessName?: string
}

export interface LoadedProgress {
  readonly progress: Progress
  /** A message for the owner when something was discarded, else null. */
  readonly notice: string | null
}

export const EMPTY_PROGRESS: Progress = { answers: {}, position: null }

export const STORAGE_BLOCKED =
  'Your browser is not letting this page save anything, so your answers will be lost if you close or reload it. Everything else works.'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Decodes a stored string into progress for this bank. Empty storage gives empty progress and no
 * notice; anything unusable gives empty progress and a notice; partly valid answers are kept.
 */
export function decodeProgress(raw: string | null, bank: Bank, now: Date): LoadedProgress {
  if (raw === null) return { progress: EMPTY_PROGRESS, notice: null }
  const discarded = (why: string): LoadedProgress => ({ progress: EMPTY_PROGRESS, notice: `Saved answers were found but could not be used (${why}), so the assessment starts fresh.` })
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return discarded('they were damaged')
  }
  if (!isRecord(data) || typeof data.version !== 'number') return discarded('they were damaged')
  if (data.version !== ENVELOPE_VERSION) return discarded('they were saved by a different version of this assessment')
  const savedAt = typeof data.savedAt === 'string' ? Date.parse(data.savedAt) : Number.NaN
  if (Number.isNaN(savedAt)) return discarded('they were damaged')
  if (now.getTime() - savedAt > MAX_AGE_DAYS * 86_400_000) {
    return { progress: EMPTY_PROGRESS, notice: `Saved answers older than ${MAX_AGE_DAYS} days were removed, so the assessment starts fresh.` }
  }
  if (!isRecord(data.answers)) return discarded('they were damaged')
  const { answers, dropped } = pruneAnswers(bank, data.answers)
  const position = typeof data.position === 'string' && isPosition(bank, data.position) ? data.position : null
  const businessName = cleanBusinessName(data.businessName)
  const notice =
    dropped.length === 0
      ? null
      : `${dropped.length} saved answer${dropped.length === 1 ? '' : 's'} no longer matched a question and ${dropped.length === 1 ? 'was' : 'were'} removed. Your other answers are kept.`
  return { progress: { answers, position, ...(businessName === '' ? {} : { businessName }) }, notice }
}

function isPosition(bank: Bank, position: string): boolean {
  return position === 'results' || bank.sections.some((s) => s.id === position)
}

/** Encodes progress as the current envelope version (the business name only when there is one). */
export function encodeProgress(progress: Progress, now: Date): string {
  const businessName = cleanBusinessName(progress.businessName)
  return JSON.stringify({ version: ENVELOPE_VERSION, savedAt: now.toISOString(), answers: progress.answers, position: progress.position, ...(businessName === '' ? {} : { businessName }) })
}

/** Persistence that never throws: `persistent` turns false once storage fails. */
export interface ProgressStore {
  load(): LoadedProgress
  /** Saves; returns false when storage refused (the app keeps running in memory). */
  save(progress: Progress): boolean
  clear(): void
  readonly persistent: boolean
}

/** Wraps a storage getter (which may itself throw, as `window.localStorage` does in some frames). */
export function createProgressStore(getStorage: () => Storage, bank: Bank, clock: () => Date = () => new Date()): ProgressStore {
  let storage: Storage | null
  try {
    storage = getStorage()
  } catch {
    storage = null
  }
  const store = {
    persistent: storage !== null,
    load(): LoadedProgress {
      if (storage === null) return { progress: EMPTY_PROGRESS, notice: STORAGE_BLOCKED }
      try {
        return decodeProgress(storage.getItem(STORAGE_KEY), bank, clock())
      } catch {
        store.persistent = false
        return { progress: EMPTY_PROGRESS, notice: STORAGE_BLOCKED }
      }
    },
    save(progress: Progress): boolean {
      if (storage === null) return false
      try {
        storage.setItem(STORAGE_KEY, encodeProgress(progress, clock()))
        store.persistent = true
        return true
      } catch {
        store.persistent = false
        return false
      }
    },
    clear(): void {
      try {
        storage?.removeItem(STORAGE_KEY)
      } catch {
        // Nothing was stored, or storage is gone: either way nothing remains to clear.
      }
    },
  }
  return store
}
