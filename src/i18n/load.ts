/**
 * Every word of a language, for the PDF (its words are the last to be needed): another language's
 * one chunk (`LANGUAGE_CHUNKS`), or English gathered from its parts (src/i18n/en/index.ts), which
 * come with the screens that show them (the first screens' words in the first load, the
 * questionnaire's, the results' and the PDF's with theirs), so the English chunk itself is tiny.
 * Rejects when a chunk cannot be fetched (offline after a deploy).
 */
import type { Language } from './languages.ts'
import type { Messages } from './types.ts'
import { LANGUAGE_CHUNKS } from './chunks.ts'

export function loadMessages(lang: Language): Promise<Messages> {
  return lang === 'en' ? import('./en/index.ts').then((m) => m.en) : LANGUAGE_CHUNKS[lang]()
}
