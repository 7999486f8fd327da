/**
 * Text helpers for the PDF: make any string safe for jsPDF's standard fonts (Latin-1 only), and
 * name the downloaded file. Pure: no jsPDF, no DOM.
 */
import type { AppMessages } from '../i18n/types.ts'

/** Typographic characters outside Latin-1 and what to print instead. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': ',', // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u2033': '"', // ″
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\u2026': '...', // …
  '\u2022': '-', // •
  '\u2023': '-', // ‣
  '\u2043': '-', // ⁃
  '\u2264': '<=', // ≤
  '\u2265': '>=', // ≥
  '\u2260': '!=', // ≠
  '\u2192': '->', // →
  '\u2190': '<-', // ←
  '\u20AC': 'EUR', // €
  '\u2122': '(TM)', // ™
  '\u2009': ' ', // thin space
  '\u202F': ' ', // narrow no-break space
  '\u2002': ' ', // en space
  '\u2003': ' ', // em space
  '\u200B': '', // zero-width space
  '\u200C': '', // zero-width non-joiner
  '\u200D': '', // zero-width joiner
  '\u2060': '', // word joiner
  '\uFEFF': '', // byte order mark
}

/** Latin-1 code points that print badly: controls (except line breaks and tabs), soft hyphen. */
function latin1(code: number, ch: string): string | undefined {
  if (code === 0x0a) return '\n'
  if (code === 0x09 || code === 0x0d || code === 0xa0) return ' '
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return '?'
  if (code === 0xad) return ''
  return code <= 0xff ? ch : undefined
}

/** A letter with a diacritic outside Latin-1 (ő, ś, ﬁ) as plain Latin-1 letters, if possible. */
function transliterate(ch: string): string | undefined {
  const plain = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  return /^[\x20-\x7e\xa0-\xff]+$/.test(plain) ? plain : undefined
}

/**
 * Returns `s` in characters the PDF standard fonts can print (Latin-1): typographic quotes,
 * dashes, ellipsis, bullets, special spaces and a few symbols become ASCII; letters with
 * diacritics outside Latin-1 lose the diacritic (ő → o); anything else outside Latin-1 (CJK,
 * emoji, ✓) becomes '?'. Control characters other than line breaks become '?' (tabs: a space).
 * Never throws; an empty string stays empty.
 */
export function toPdfText(s: string): string {
  let out = ''
  for (const ch of s.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0
    const replaced = REPLACEMENTS[ch] ?? latin1(code, ch) ?? transliterate(ch) ?? '?'
    out += replaced
  }
  return out
}

/** The date if it is valid, otherwise the Unix epoch (so output stays defined). */
export function validDate(date: Date): Date {
  return Number.isNaN(date.getTime()) ? new Date(0) : date
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** The local calendar date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const d = validDate(date)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The local calendar date in words, in the language of `words` (a dictionary's `app`): "March 5,
 * 2026", "5 de marzo de 2026" (no locale data needed). An invalid date prints as the Unix epoch.
 */
export function longDate(date: Date, words: Pick<AppMessages, 'longDate'>): string {
  return words.longDate(validDate(date))
}

/**
 * The download name: `<stem>-<business>-YYYY-MM-DD.pdf` (or `.csv` for the plan as a spreadsheet),
 * the stem in the owner's language (`results.fileStem`: `cyber-readiness-plan`, `plan-de-ciberseguridad`). The business part is a slug (lowercase ASCII letters, digits and single hyphens, at
 * most 40 characters, diacritics removed) and is left out when the name is missing or has no usable
 * characters.
 */
export function reportFileName(date: Date, businessName?: string, extension: 'pdf' | 'csv' = 'pdf', stem = 'cyber-readiness-plan'): string {
  const slug = (businessName ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return `${stem}-${slug === '' ? '' : `${slug}-`}${isoDay(date)}.${extension}`
}
