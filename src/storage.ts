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
import { cleanBusinessName } from './core/business-name.ts'
import { isRecord, own } from './core/records.ts'
import type { StorageNotice } from './core/notice.ts'
import { NOTHING, clearedAt, latestStamp, mergeVersions, nextTick, recordEdit, sameVersions, type Versioned } from './core/merge.ts'

export const STORAGE_KEY = 'cyber-readiness-assessment'
/** Every key this app writes starts with this; "start over" removes them all. */
export const STORAGE_PREFIX = 'cyber-readiness'
/**
 * The envelope written today. v1: `{ version, savedAt, answers, position, businessName? }`.
 * v2 adds `bankVersion`: the question bank's version when the answers were given (null when unknown).
 * v3 adds the times two tabs merge by (milliseconds since 1970): `clearedAt` (the last "start over",
 * 0 for never), `answeredAt` (question id → when answered) and `namedAt` (when the business name
 * was last set or removed, 0 for never).
 * v4 adds `completedAt`: when the results of this assessment were first shown with a score, so the
 * host's `completed` event is sent once per assessment (0 for not yet; a clear resets it).
 * v5 adds `language`: the language the owner chose with the language switch (`"es"`), or null when
 * they never chose one (the app then follows the browser and the host page).
 */
export const ENVELOPE_VERSION = 5
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
  2: (data) => {
    // Everything a v2 envelope holds was given no later than it was saved.
    const at = typeof data.savedAt === 'string' ? Date.parse(data.savedAt) : Number.NaN
    const times = isRecord(data.answers) && !Number.isNaN(at) ? Object.fromEntries(Object.keys(data.answers).map((q) => [q, at])) : {}
    return { ...data, version: 3, clearedAt: 0, answeredAt: times, namedAt: typeof data.businessName === 'string' && !Number.isNaN(at) ? at : 0 }
  },
  // A v3 app reported `completed` each time it showed the results, so one saved on the results had reported it.
  3: (data) => ({ ...data, version: 4, completedAt: data.position === 'results' && typeof data.savedAt === 'string' ? Date.parse(data.savedAt) || 0 : 0 }),
  // Nobody had chosen a language before there was a choice.
  4: (data) => ({ ...data, version: 5, language: null }),
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
  /** What to tell the owner when something was discarded (the words are in the dictionary), else null. */
  readonly notice: StorageNotice | null
  /** The language the owner chose (a two-letter code, not yet checked against what the MSP allows); absent when none. */
  readonly language?: string
  /** True when the stored answers had passed MAX_AGE_DAYS (the store then deletes them). */
  readonly expired?: boolean
}

export const EMPTY_PROGRESS: Progress = { answers: {}, position: null }

export const STORAGE_BLOCKED: StorageNotice = { kind: 'blocked' }

function droppedNotice(count: number, bankChanged: boolean): StorageNotice | null {
  return count === 0 ? null : { kind: 'dropped', count, bankChanged }
}

/** A saved language as kept: two lowercase letters, else none. */
const LANGUAGE_CODE = /^[a-z]{2}$/

/** Decoded progress with the times it merges by (see core/merge.ts). */
export interface DecodedProgress extends LoadedProgress {
  readonly versions: Versioned
}

/**
 * Decodes a stored string into progress for this bank. Empty storage gives empty progress and no
 * notice; anything unusable gives empty progress and a notice; partly valid answers are kept.
 */
export function decodeProgress(raw: string | null, bank: BankSkeleton, now: Date): LoadedProgress {
  return withoutVersions(decodeEnvelope(raw, bank, now))
}

function withoutVersions({ progress, notice, expired, language }: DecodedProgress): LoadedProgress {
  return { progress, notice, ...(expired === true ? { expired } : {}), ...(language === undefined ? {} : { language }) }
}

/** `decodeProgress` with the times: each answer's, the name's and the last clear (never later than the save). */
export function decodeEnvelope(raw: string | null, bank: BankSkeleton, now: Date): DecodedProgress {
  const empty = (notice: StorageNotice | null, expired = false): DecodedProgress => ({ progress: EMPTY_PROGRESS, notice, versions: NOTHING, ...(expired ? { expired } : {}) })
  if (raw === null) return empty(null)
  const discarded = (kind: 'damaged' | 'other-version'): DecodedProgress => empty({ kind })
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return discarded('damaged')
  }
  if (!isRecord(parsed) || typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 1) return discarded('damaged')
  const data = migrateEnvelope(parsed)
  if (data === null) return discarded('other-version')
  const savedAt = typeof data.savedAt === 'string' ? Date.parse(data.savedAt) : Number.NaN
  if (Number.isNaN(savedAt) || savedAt - now.getTime() > CLOCK_SKEW_MS) return discarded('damaged')
  if (now.getTime() - savedAt > MAX_AGE_DAYS * 86_400_000) {
    return empty({ kind: 'expired', days: MAX_AGE_DAYS }, true)
  }
  if (!isRecord(data.answers)) return discarded('damaged')
  const pruned = pruneAnswers(bank, data.answers)
  const position = typeof data.position === 'string' && isPosition(bank, data.position) ? data.position : null
  const versions = versionsOf(data, pruned.answers, cleanBusinessName(data.businessName), savedAt)
  const { answers, businessName } = versions
  const bankChanged = typeof data.bankVersion === 'number' && data.bankVersion !== bank.version
  const language = typeof data.language === 'string' && LANGUAGE_CODE.test(data.language) ? data.language : undefined
  return { progress: { answers, position, ...(businessName === '' ? {} : { businessName }) }, notice: droppedNotice(pruned.dropped.length, bankChanged), versions, ...(language === undefined ? {} : { language }) }
}

/** The stored times, each a number from 0 to the save date (missing or bad ones: the save date); answers older than the clear are dropped. */
function versionsOf(data: Envelope, answers: Answers, businessName: string, savedAt: number): Versioned {
  const time = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, savedAt) : fallback)
  const given = isRecord(data.answeredAt) ? data.answeredAt : {}
  const answeredAt = Object.fromEntries(Object.keys(answers).map((q) => [q, time(own(given, q), savedAt)]))
  const named = time(data.namedAt, businessName === '' ? 0 : savedAt)
  return mergeVersions({ answers, answeredAt, businessName, namedAt: named, clearedAt: time(data.clearedAt, 0), completedAt: time(data.completedAt, 0) }, NOTHING)
}

function isPosition(bank: BankSkeleton, position: string): boolean {
  return position === 'results' || bank.sections.some((s) => s.id === position)
}

/**
 * Encodes progress as the current envelope version (the business name only when there is one).
 * `versions` gives the times; without it every answer (and the name) is stamped `now`, never cleared.
 * `language` is the owner's chosen language, null for none.
 */
export function encodeProgress(progress: Progress, now: Date, bankVersion: number | null = null, versions?: Versioned, language: string | null = null): string {
  const businessName = cleanBusinessName(progress.businessName)
  const at = now.getTime()
  return JSON.stringify({
    version: ENVELOPE_VERSION,
    savedAt: now.toISOString(),
    bankVersion,
    clearedAt: versions?.clearedAt ?? 0,
    answers: progress.answers,
    answeredAt: Object.fromEntries(Object.keys(progress.answers).map((q) => [q, (versions === undefined ? undefined : own(versions.answeredAt, q)) ?? at])),
    position: progress.position,
    ...(businessName === '' ? {} : { businessName }),
    namedAt: versions?.namedAt ?? (businessName === '' ? 0 : at),
    completedAt: versions?.completedAt ?? 0,
    language,
  })
}

/** Persistence that never throws: `persistent` turns false once storage fails. */
export interface ProgressStore {
  load(): LoadedProgress
  /**
   * Saves, merged with what is stored (another tab's newer answers win, answers older than its
   * "start over" go); `answered` is the question just answered (newer even when unchanged).
   * Returns false when storage refused (the app keeps running in memory).
   */
  save(progress: Progress, answered?: string): boolean
  /**
   * Removes every key this app wrote (all start with STORAGE_PREFIX; other sites' keys stay) and
   * leaves only a marker with the time (no answers), so another open tab does not write its older answers back.
   * With `keep` (answers loaded from a file), those are saved as given at the time of the clear.
   * Returns false when storage refused the marker.
   */
  clear(keep?: Progress): boolean
  /**
   * Records that the results of the current assessment were shown with a score. Returns true the
   * first time since the last clear (here or in another tab), false ever after, across reloads: the
   * host's `completed` event is sent only on true. Works in memory when storage fails.
   */
  markCompleted(): boolean
  /**
   * Keeps the language the owner chose (null: none) with the saved progress, through "start over"
   * too. Returns false when storage refused (the choice then lasts as long as the page).
   */
  setLanguage(language: string | null): boolean
  /** The language the owner chose, as stored (unchecked: a two-letter code), or null; reads storage without changing anything. */
  savedLanguage(): string | null
  /** Calls `listener` with the merged progress whenever another tab's changes arrive (at a save or a storage event). */
  watch(listener: (progress: Progress) => void): () => void
  readonly persistent: boolean
}

function open(getStorage: () => Storage): Storage | null {
  try {
    return getStorage()
  } catch {
    return null
  }
}

/** Tells `onChange` when another tab changed the saved progress (the window's `storage` event). */
export function storageEvents(target: Pick<Window, 'addEventListener'>): (onChange: () => void) => void {
  return (onChange) => target.addEventListener('storage', (event) => {
    if (event.key === null || event.key === STORAGE_KEY) onChange()
  })
}

/**
 * Wraps a storage getter (which may itself throw, as `window.localStorage` does in some frames).
 * `listen` reports other tabs' writes (`storageEvents(window)` in the app), which are merged in at once.
 */
export function createProgressStore(
  getStorage: () => Storage,
  bank: BankSkeleton,
  clock: () => Date = () => new Date(),
  listen: (onChange: () => void) => void = () => undefined,
): ProgressStore {
  const storage = open(getStorage)
  /** This tab's copy, with times, and where the owner is in this tab. */
  let known: Versioned = NOTHING
  let position: string | null = null
  /** The owner's chosen language: read at load, written with every save. */
  let language: string | null = null
  const watchers = new Set<(progress: Progress) => void>()
  const remove = (keys: readonly string[]): void => {
    try {
      keys.forEach((k) => storage?.removeItem(k))
    } catch {
      // Storage is gone: nothing more can be removed, and the app keeps running in memory.
    }
  }
  const ourKeys = (s: Storage): string[] => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').filter((k) => k.startsWith(STORAGE_PREFIX))
  const progressOf = (v: Versioned): Progress => ({ answers: v.answers, position, ...(v.businessName === '' ? {} : { businessName: v.businessName }) })
  /** What another tab stored (nothing when storage fails, is damaged or has expired). */
  const stored = (): Versioned => {
    try {
      return decodeEnvelope(storage?.getItem(STORAGE_KEY) ?? null, bank, clock()).versions
    } catch {
      return NOTHING
    }
  }
  /** Takes in a merged copy: a newer clear sends this tab back to the start; watchers hear of any change from `before`. */
  const adopt = (merged: Versioned, before: Versioned): void => {
    if (merged.clearedAt > before.clearedAt) position = null
    known = merged
    if (!sameVersions(merged, before)) watchers.forEach((w) => w(progressOf(merged)))
  }
  const write = (v: Versioned): boolean => {
    if (storage === null) return false
    try {
      const savedAt = new Date(Math.max(clock().getTime(), latestStamp(v)))
      storage.setItem(STORAGE_KEY, encodeProgress(progressOf(v), savedAt, bank.version, v, language))
      store.persistent = true
      return true
    } catch {
      store.persistent = false
      return false
    }
  }
  const store = {
    persistent: storage !== null,
    load(): LoadedProgress {
      if (storage === null) return { progress: EMPTY_PROGRESS, notice: STORAGE_BLOCKED }
      let decoded: DecodedProgress
      try {
        decoded = decodeEnvelope(storage.getItem(STORAGE_KEY), bank, clock())
      } catch {
        store.persistent = false
        return { progress: EMPTY_PROGRESS, notice: STORAGE_BLOCKED }
      }
      if (decoded.expired === true) remove([STORAGE_KEY])
      known = decoded.versions
      position = decoded.progress.position
      language = decoded.language ?? null
      return withoutVersions(decoded)
    },
    save(progress: Progress, answered?: string): boolean {
      const at = nextTick(clock().getTime(), known)
      const edited = recordEdit(known, progress.answers, cleanBusinessName(progress.businessName), at, answered === undefined ? [] : [answered])
      position = progress.position
      const merged = storage === null ? edited : mergeVersions(edited, stored())
      adopt(merged, edited)
      return write(merged)
    },
    clear(keep?: Progress): boolean {
      known = clearedAt(nextTick(clock().getTime(), known), keep?.answers, cleanBusinessName(keep?.businessName))
      position = keep?.position ?? null
      if (storage === null) return false
      try {
        remove(ourKeys(storage))
      } catch {
        remove([STORAGE_KEY])
      }
      return write(known)
    },
    markCompleted(): boolean {
      const merged = storage === null ? known : mergeVersions(known, stored())
      const first = merged.completedAt === 0
      const next = first ? { ...merged, completedAt: nextTick(clock().getTime(), merged) } : merged
      adopt(next, known)
      if (first) write(next)
      return first
    },
    savedLanguage(): string | null {
      try {
        return decodeEnvelope(storage?.getItem(STORAGE_KEY) ?? null, bank, clock()).language ?? null
      } catch {
        return null
      }
    },
    setLanguage(chosen: string | null): boolean {
      if (chosen === language) return storage !== null && store.persistent
      language = chosen
      const merged = storage === null ? known : mergeVersions(known, stored())
      adopt(merged, known)
      return write(merged)
    },
    watch(listener: (progress: Progress) => void): () => void {
      watchers.add(listener)
      return () => watchers.delete(listener)
    },
  }
  listen(() => {
    if (storage !== null) adopt(mergeVersions(known, stored()), known)
  })
  return store
}

/**
 * How the app hands the store its storage: `app.provide(PROGRESS_STORE, createProgressStore(…))`
 * in main.ts, and an in-memory one in tests, so no test touches what production uses.
 */
export const PROGRESS_STORE: InjectionKey<ProgressStore> = Symbol('progress-store')
