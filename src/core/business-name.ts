/**
 * The business name's one rule, apart from the answers file so that saved progress (loaded with the
 * first screen) does not bring the file's reader along.
 */
import { cleanText } from './text.ts'

/** The longest business name kept, in characters (after trimming). */
export const BUSINESS_NAME_MAX = 100

/**
 * A business name as kept: `cleanText` (visible text on one line, controls and invisible format
 * characters removed, whitespace collapsed, trimmed) cut to 100 characters; anything that is not
 * text (missing, a number, null) gives ''. The one rule for the field, the answers file, saved
 * progress and the report CLI.
 */
export function cleanBusinessName(value: unknown): string {
  return cleanText(value, { maxLength: BUSINESS_NAME_MAX })
}
