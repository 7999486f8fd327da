/**
 * Saved progress: a versioned envelope in localStorage, validated on load, never trusted.
 *
 * Storage can throw on access (sandboxed or privacy-mode frames) or on write (quota). Then the app
 * runs in memory and says that progress will not be kept. A corrupt, unknown or expired value is
 * discarded with a notice; answers to questions or options that no longer exist are dropped, the
 * rest kept. Older envelopes are upgraded by the pure steps in `migrations`. Nothing here throws.
 */
import type { InjectionKey } from 'vue'
import type { BankSkeleton } from './core/bank/types.ts'
import { pruneAnswers, type Answers } from './core/answers.ts'
import { cleanBusinessName } from './core/answers-file.ts'
import { isRecord } from './core/records.ts'

export const STORAGE_KEY = 'cyber-readiness-assessment'
/** Every key this app writes starts with this; "start over" removes them all. */
export const STORAGE_PREFIX = 'cyber-readiness'
/**
 * The envelope written today. v1: `{ version, savedAt, answers, position, businessName? }`.
 * v2 adds `bankVersion`: the question bank's version when the answers were given (null when unknown).
 */
export const ENVELOPE_VERSION = 2
/** Saved answers older than this are discarded (and removed from storage) on load. */
export const MAX_AGE_DAYS = 90
/** A save date further ahead than this is treated as damaged, so a bad clock cannot keep answers forever. */
const CLOCK_SKEW_MS = 86_400_000

type Envelope = Readonly<Record<string, unknown>>

/**
 * Pure upgrade steps: `migrations[n]` turns a version-n envelope into a version-(n+1) one. Applied
 * in order until ENVELOPE_VERSION. Each past version has a golden fixture in test/fixtures/storage/.
 */
export const migrations: Readonly<Record<number, (data: Envelope) => Envelope>> = {
  1: (data) => ({ ...data, version: 2, bankVersion: null }),
}

/** Upgrades an envelope to ENVELOPE_VERSION, or null when a step is missing or does not advance. */
export function migrateEnvelope(data: Envelope): Envelope | null {
  let current = data
  while (typeof current.version === 'number' && current.version < ENVELOPE_VERSION) {
    const step = migrations[current.version]
    if (step === undefined) return null
    const next = step(current)
    if (typeof next.version !== 'number' || next.version <= current.version) return null
    current = next
  }
  return current.version === ENVELOPE_VERSION ? current : null
}

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
  /** True when the stored answers had passed MAX_AGE_DAYS (the store then deletes them). */
  readonly expired?: boolean
}

export const EMPTY_PROGRESS: Progress = { answers: {}, position: null }

export const STORAGE_BLOCKED =
  'Your browser is not letting this page save anything, so your answers will be lost if you close or reload it. Everything else works.'

function droppedNotice(count: number, bankChanged: boolean): string | null {
  if (count === 0) return null
  const why = bankChanged ? 'The questions were updated since you saved: ' : ''
  return `${why}${count} saved answer${count === 1 ? '' : 's'} no longer matched a question and ${count === 1 ? 'was' : 'were'} removed. Your other answers are kept.`
}

/**
 * Decodes a stored string into progress for this bank. Empty storage gives empty progress and no
 * notice; anything unusable gives empty progress and a notice; partly valid answers are kept.
 */
export function decodeProgress(raw: string | null, bank: BankSkeleton, now: Date): LoadedProgress {
  if (raw === null) return { progress: EMPTY_PROGRESS, notice: null }
  const discarded = (why: string): LoadedProgress => ({ progress: EMPTY_PROGRESS, notice: `Saved answers were found but could not be used (${why}), so the assessment starts fresh.` })
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return discarded('they were damaged')
  }
  if (!isRecord(parsed) || typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 1) return discarded('they were damaged')
  const data = migrateEnvelope(parsed)
  if (data === null) return discarded('they were saved by a different version of this assessment')
  const savedAt = typeof data.savedAt === 'string' ? Date.parse(data.savedAt) : Number.NaN
  if (Number.isNaN(savedAt) || savedAt - now.getTime() > CLOCK_SKEW_MS) return discarded('they were damaged')
  if (now.getTime() - savedAt > MAX_AGE_DAYS * 86_400_000) {
    return { progress: EMPTY_PROGRESS, notice: `Saved answers older than ${MAX_AGE_DAYS} days were removed, so the assessment starts fresh.`, expired: true }
  }
  if (!isRecord(data.answers)) return discarded('they were damaged')
  const { answers, dropped } = pruneAnswers(bank, data.answers)
  const position = typeof data.position === 'string' && isPosition(bank, data.position) ? data.position : null
  const businessName = cleanBusinessName(data.businessName)
  const bankChanged = typeof data.bankVersion === 'number' && data.bankVersion !== bank.version
  return { progress: { answers, position, ...(businessName === '' ? {} : { businessName }) }, notice: droppedNotice(dropped.length, bankChanged) }
}

function isPosition(bank: BankSkeleton, position: string): boolean {
  return position === 'results' || bank.sections.some((s) => s.id === position)
}

/** Encodes progress as the current envelope version (the business name only when there is one). */
export function encodeProgress(progress: Progress, now: Date, bankVersion: number | null = null): string {
  const businessName = cleanBusinessName(progress.businessName)
  return JSON.stringify({
    version: ENVELOPE_VERSION,
    savedAt: now.toISOString(),
    bankVersion,
    answers: progress.answers,
    position: progress.position,
    ...(businessName === '' ? {} : { businessName }),
  })
}

/** Persistence that never throws: `persistent` turns false once storage fails. */
export interface ProgressStore {
  load(): LoadedProgress
  /** Saves; returns false when storage refused (the app keeps running in memory). */
  save(progress: Progress): boolean
  /** Removes every key this app wrote (all start with STORAGE_PREFIX); other sites' keys stay. */
  clear(): void
  readonly persistent: boolean
}

function open(getStorage: () => Storage): Storage | null {
  try {
    return getStorage()
  } catch {
    return null
  }
}

/** Wraps a storage getter (which may itself throw, as `window.localStorage` does in some frames). */
export function createProgressStore(getStorage: () => Storage, bank: BankSkeleton, clock: () => Date = () => new Date()): ProgressStore {
  const storage = open(getStorage)
  const remove = (keys: readonly string[]): void => {
    try {
      keys.forEach((k) => storage?.removeItem(k))
    } catch {
      // Storage is gone: nothing more can be removed, and the app keeps running in memory.
    }
  }
  const ourKeys = (s: Storage): string[] => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').filter((k) => k.startsWith(STORAGE_PREFIX))
  const store = {
    persistent: storage !== null,
    load(): LoadedProgress {
      if (storage === null) return { progress: EMPTY_PROGRESS, notice: STORAGE_BLOCKED }
      let loaded: LoadedProgress
      try {
        loaded = decodeProgress(storage.getItem(STORAGE_KEY), bank, clock())
      } catch {
        store.persistent = false
        return { progress: EMPTY_PROGRESS, notice: STORAGE_BLOCKED }
      }
      if (loaded.expired === true) remove([STORAGE_KEY])
      return loaded
    },
    save(progress: Progress): boolean {
      if (storage === null) return false
      try {
        storage.setItem(STORAGE_KEY, encodeProgress(progress, clock(), bank.version))
        store.persistent = true
        return true
      } catch {
        store.persistent = false
        return false
      }
    },
    clear(): void {
      if (storage === null) return
      try {
        remove(ourKeys(storage))
      } catch {
        remove([STORAGE_KEY])
      }
    },
  }
  return store
}

/**
 * How the app hands the store its storage: `app.provide(PROGRESS_STORE, createProgressStore(…))`
 * in main.ts, and an in-memory one in tests, so no test touches what production uses.
 */
export const PROGRESS_STORE: InjectionKey<ProgressStore> = Symbol('progress-store')
