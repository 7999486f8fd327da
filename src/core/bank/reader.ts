/**
 * Field readers for the bank validator: each reads one field, records a problem naming the file
 * and field when the value is wrong, and returns a safe value so parsing can go on.
 */
import type { BankFile, BankIssue } from './types.ts'
import { isRecord } from '../records.ts'
import { jsonErrorOffset } from '../json-error.ts'

export type Json = unknown
export type Obj = Readonly<Record<string, Json>>

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const NIST = /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}(-\d{2})?$/
export const CIS = /^\d{1,2}\.\d{1,2}$/
export const OWASP = /^API([1-9]|10):2023$/
export const URL_RE = /^https:\/\/[^\s/$.?#].[^\s]*$/

/** Collects issues for one file; every reader returns a safe value so parsing can go on. */
export class FileReader {
  constructor(
    readonly file: string,
    private readonly issues: BankIssue[],
  ) {}

  fail(field: string, message: string): void {
    this.issues.push({ file: this.file, field, message })
  }

  object(value: Json, field: string): Obj | undefined {
    if (isRecord(value)) return value
    this.fail(field, `must be an object (got ${describe(value)})`)
    return undefined
  }

  /** Reports fields that the schema does not know (usually a typo). */
  known(obj: Obj, field: string, keys: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) this.fail(join(field, key), `unknown field (known: ${keys.join(', ')})`)
    }
  }

  text(obj: Obj, key: string, field: string, optional = false): string {
    const value = obj[key]
    if (value === undefined && optional) return ''
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    this.fail(join(field, key), value === undefined ? 'is missing' : `must be non-empty text (got ${describe(value)})`)
    return ''
  }

  id(obj: Obj, key: string, field: string): string {
    const value = this.text(obj, key, field)
    if (value !== '' && !ID.test(value)) {
      this.fail(join(field, key), `must be lowercase letters, digits and single hyphens (got "${value}")`)
    }
    return value
  }

  /** Non-empty text that is an https URL (a plain http:// address can be altered on the way, so the bank refuses it). */
  url(obj: Obj, key: string, field: string): string {
    const value = this.text(obj, key, field)
    if (value !== '' && !URL_RE.test(value)) this.fail(join(field, key), `must be an https URL (got "${value}")`)
    return value
  }

  number(obj: Obj, key: string, field: string, min: number, max: number, minExclusive = false): number {
    const value = obj[key]
    if (typeof value !== 'number' || !Number.isFinite(value) || (minExclusive ? value <= min : value < min) || value > max) {
      const range = minExclusive ? `greater than ${min} and at most ${max}` : `from ${min} to ${max}`
      this.fail(join(field, key), value === undefined ? 'is missing' : `must be a number ${range} (got ${describe(value)})`)
      return minExclusive ? max : min
    }
    return value
  }

  oneOf<T extends string>(obj: Obj, key: string, field: string, allowed: readonly T[], optional = false): T | undefined {
    const value = obj[key]
    if (value === undefined && optional) return undefined
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    this.fail(join(field, key), value === undefined ? 'is missing' : `must be one of ${allowed.join(', ')} (got ${describe(value)})`)
    return allowed[0]
  }

  array(obj: Obj, key: string, field: string, minLength: number, optional = false): readonly Json[] {
    const value = obj[key]
    if (value === undefined && optional) return []
    if (!Array.isArray(value)) {
      this.fail(join(field, key), value === undefined ? 'is missing' : `must be a list (got ${describe(value)})`)
      return []
    }
    if (value.length < minLength) this.fail(join(field, key), `must have at least ${minLength} item${minLength === 1 ? '' : 's'}`)
    return value
  }

  /** A list of strings that each match `pattern`. */
  codes(obj: Obj, key: string, field: string, pattern: RegExp, example: string): string[] {
    return this.array(obj, key, field, 0, true).flatMap((value, i) => {
      if (typeof value === 'string' && pattern.test(value)) return [value]
      this.fail(`${join(field, key)}[${i}]`, `must look like ${example} (got ${describe(value)})`)
      return []
    })
  }
}

export function join(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`
}

export function describe(value: Json): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return 'an object'
}

/** JSON.parse with a message that gives line and column on a syntax error. */
export function parseJson(file: BankFile, issues: BankIssue[]): Json {
  try {
    return JSON.parse(file.text) as Json
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)?.[1] ?? jsonErrorOffset(file.text)
    let where = ''
    if (position !== null) {
      const before = file.text.slice(0, Number(position))
      const line = before.split('\n').length
      const column = before.length - before.lastIndexOf('\n')
      where = ` at line ${line}, column ${column}`
    }
    issues.push({ file: file.name, field: '(file)', message: `is not valid JSON${where}: ${message}` })
    return undefined
  }
}

export function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => id !== '' && ids.indexOf(id) !== i))]
}
