/**
 * The one cleaning of text that comes from outside (branding.json, an answers file, saved progress,
 * the business-name field, the report CLI): only visible text gets through. Control characters
 * and invisible format characters (bidi overrides, zero-width characters, soft hyphens...) could
 * otherwise reorder or hide what a PDF header, a title or a page shows. Pure.
 */

export interface CleanTextOptions {
  /** The longest result, in code points (a surrogate pair counts once and is never split). */
  readonly maxLength: number
  /** Keep line breaks (as "\n", at most one blank line in a row); otherwise every break is a space. */
  readonly multiline?: boolean
}

// Whitespace that is also a control or separator character: a space in one-line text.
const BREAKS_ONE_LINE = /[\t\n\v\f\r\u0085\u2028\u2029]/gu
// In multiline text: CR LF, CR, NEL and the Unicode separators are line breaks; tab, VT, FF spaces.
const BREAKS_MULTILINE = /\r\n|[\r\u0085\u2028\u2029]/gu
const TABS = /[\t\v\f]/gu
/**
 * Removed everywhere: C0 and C1 controls and DEL (Cc, except "\n" which one-line text has already
 * turned into a space), format characters (Cf: bidi embeddings, overrides, isolates and marks,
 * zero-width characters, word joiner, invisible operators, BOM, soft hyphen, Arabic letter mark,
 * tags...) and lone surrogate halves (Cs).
 */
const INVISIBLE = /[^\P{Cc}\n]|\p{Cf}|\p{Cs}/gu

/**
 * `value` as visible text: controls and format characters removed, line breaks and tabs turned
 * into spaces (kept as line breaks when `multiline`), runs of whitespace collapsed to one space,
 * trimmed, and cut to `maxLength` code points. Anything that is not a string gives ''.
 * Idempotent: cleaning clean text changes nothing.
 */
export function cleanText(value: unknown, { maxLength, multiline = false }: CleanTextOptions): string {
  if (typeof value !== 'string') return ''
  const visible = multiline
    ? value.replace(BREAKS_MULTILINE, '\n').replace(TABS, ' ').replace(INVISIBLE, '')
    : value.replace(BREAKS_ONE_LINE, ' ').replace(INVISIBLE, '')
  const collapsed = multiline
    ? visible
        .split('\n')
        .map((line) => line.replace(/\s+/gu, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
    : visible.replace(/\s+/gu, ' ')
  const trimmed = collapsed.trim()
  const points = Array.from(trimmed)
  return points.length <= maxLength ? trimmed : points.slice(0, Math.max(0, maxLength)).join('').trim()
}
