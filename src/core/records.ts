/**
 * Safe reads of plain-object records that came from JSON or from the owner: only own keys count,
 * so "__proto__", "constructor" and the like never reach the prototype.
 */

/** The value stored under `key` in `record` itself, or undefined. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

/** True for a plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
