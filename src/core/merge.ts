/**
 * Two tabs, one saved copy: every answer and the business name carry the time they were given,
 * and "start over" the time it happened. Merging two copies keeps, per question, the newest
 * answer; anything older than the newest "start over" is gone. Pure: plain data in, plain data out.
 * Times are milliseconds since 1970 from a clock that never runs backwards in one tab (`nextTick`).
 */
import type { Answers } from './answers.ts'
import { own } from './records.ts'

/** Answers with the time each was given, the business name with its time, and the last clear. */
export interface Versioned {
  readonly answers: Answers
  /** Question id → when that answer was given. Has exactly the keys of `answers`. */
  readonly answeredAt: Readonly<Record<string, number>>
  /** '' when not given (or cleared). */
  readonly businessName: string
  /** When the business name was last set or removed; 0 when never. */
  readonly namedAt: number
  /** When "start over" (or loading an answers file) last cleared everything; 0 when never. */
  readonly clearedAt: number
  /**
   * When the results of this assessment were first shown with a score (the host's `completed`
   * event was sent then); 0 when not yet since the last clear. Always 0 or later than `clearedAt`.
   */
  readonly completedAt: number
}

export const NOTHING: Versioned = { answers: {}, answeredAt: {}, businessName: '', namedAt: 0, clearedAt: 0, completedAt: 0 }

/** True when (t1, v1) is newer than (t2, v2): the later time, and on a tie the greater value, so every tab agrees. */
function newer(t1: number, v1: string, t2: number, v2: string): boolean {
  return t1 !== t2 ? t1 > t2 : v1 > v2
}

/** Merges two copies: the later clear, then per question the newest answer given at or after it; completed if either completed since that clear. */
export function mergeVersions(a: Versioned, b: Versioned): Versioned {
  const clearedAt = Math.max(a.clearedAt, b.clearedAt)
  const answers: Record<string, string> = {}
  const answeredAt: Record<string, number> = {}
  for (const side of [a, b]) {
    for (const [question, option] of Object.entries(side.answers)) {
      const at = own(side.answeredAt, question) ?? 0
      const kept = own(answers, question)
      if (at < clearedAt || (kept !== undefined && !newer(at, option, answeredAt[question] ?? 0, kept))) continue
      answers[question] = option
      answeredAt[question] = at
    }
  }
  const name = newer(a.namedAt, a.businessName, b.namedAt, b.businessName) ? a : b
  const named = name.namedAt >= clearedAt
  const completedAt = Math.max(a.completedAt, b.completedAt)
  return { answers, answeredAt, businessName: named ? name.businessName : '', namedAt: named ? name.namedAt : clearedAt, clearedAt, completedAt: completedAt > clearedAt ? completedAt : 0 }
}

/**
 * This tab's edit: answers and a name that differ from `before`, and the questions in `answered`
 * (given again, even unchanged), are stamped `at`; the rest keep their times.
 */
export function recordEdit(before: Versioned, answers: Answers, businessName: string, at: number, answered: readonly string[] = []): Versioned {
  const answeredAt: Record<string, number> = {}
  for (const [question, option] of Object.entries(answers)) {
    const same = own(before.answers, question) === option && !answered.includes(question)
    answeredAt[question] = same ? (own(before.answeredAt, question) ?? at) : at
  }
  const renamed = businessName !== before.businessName
  return { answers: { ...answers }, answeredAt, businessName, namedAt: renamed ? at : before.namedAt, clearedAt: before.clearedAt, completedAt: before.completedAt }
}

/** Everything cleared at `at`, then (for a loaded answers file) these answers and name given at that same time. */
export function clearedAt(at: number, answers: Answers = {}, businessName = ''): Versioned {
  return {
    answers: { ...answers },
    answeredAt: Object.fromEntries(Object.keys(answers).map((q) => [q, at])),
    businessName,
    namedAt: at,
    clearedAt: at,
    completedAt: 0,
  }
}

/** The latest time anywhere in a copy. */
export function latestStamp(v: Versioned): number {
  return Math.max(v.clearedAt, v.namedAt, v.completedAt, ...Object.values(v.answeredAt))
}

/** The next time for this tab: the clock, but always after every time it has seen, so its edits win over what it merged. */
export function nextTick(clock: number, seen: Versioned): number {
  return Math.max(clock, latestStamp(seen) + 1)
}

/** True when the two copies hold the same answers, times, name and clear (the progress an owner sees; `completedAt` is not progress). */
export function sameVersions(a: Versioned, b: Versioned): boolean {
  const keys = Object.keys(a.answers)
  return (
    a.clearedAt === b.clearedAt &&
    a.businessName === b.businessName &&
    a.namedAt === b.namedAt &&
    keys.length === Object.keys(b.answers).length &&
    keys.every((q) => own(b.answers, q) === a.answers[q] && own(b.answeredAt, q) === a.answeredAt[q])
  )
}
