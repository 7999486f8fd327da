/**
 * What a PDF was built from, as one string: the key that says whether bytes built in the
 * background may be saved for a click. Everything that reaches the report is in it (the bank's
 * version and language, the answers, the business name, the branding, the earlier assessment compared with, the
 * logo) and the calendar day, since the report prints the date and is named after it. Equal keys
 * mean the same report up to its creation time; any difference means build again. No jsPDF here.
 */
import type { Answers } from '../core/answers.ts'
import type { PreviousAssessment } from '../core/previous-file.ts'
import type { Branding } from '../branding/parse.ts'
import type { LogoImage } from '../branding/logo.ts'
import { isoDay } from './text.ts'
import type { Language } from '../i18n/languages.ts'

export interface ReportKeyParts {
  readonly bankVersion: number
  /** The language the report is written in (the bank's words and the report's). */
  readonly language: Language
  readonly answers: Answers
  readonly businessName: string
  readonly branding: Branding
  readonly previous: PreviousAssessment | null
  /** The logo as the PDF would draw it (checked), or undefined for none. */
  readonly logo: LogoImage | undefined
  /** When the report is made: only its local calendar day counts (the day the PDF prints). */
  readonly date: Date
}

/** The answers in a fixed order, so the same answers given in another order give the same key. */
function sortedEntries(answers: Answers): [string, string][] {
  return Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The value with every object's keys sorted (arrays keep their order), for a stable JSON text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]))
}

const fingerprints = new WeakMap<Uint8Array, string>()

/** FNV-1a over the logo's bytes (memoised per byte array: the page checks its logo once), with its format and size. */
function logoFingerprint(logo: LogoImage): string {
  let hash = fingerprints.get(logo.data)
  if (hash === undefined) {
    let h = 0x811c9dc5
    for (const byte of logo.data) h = Math.imul(h ^ byte, 0x01000193) >>> 0
    hash = h.toString(16).padStart(8, '0')
    fingerprints.set(logo.data, hash)
  }
  return `${logo.format} ${logo.width}x${logo.height} ${logo.data.length} ${hash}`
}

/**
 * The key of the report these parts make. Not a hash of the inputs but their canonical text (a few
 * KB), so two different inputs can never share a key; only the logo's bytes are fingerprinted.
 */
export function reportKey(parts: ReportKeyParts): string {
  const { previous, logo } = parts
  return JSON.stringify([
    isoDay(parts.date),
    parts.bankVersion,
    parts.language,
    sortedEntries(parts.answers),
    parts.businessName,
    canonical(parts.branding),
    previous === null ? null : [previous.savedAt.getTime(), previous.bankVersion, sortedEntries(previous.answers)],
    logo === undefined ? null : logoFingerprint(logo),
  ])
}
