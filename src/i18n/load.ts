/**
 * Every word of a language, for the PDF (its words are the last to be needed): another language's
 * one chunk (`LANGUAGE_CHUNKS`), or English gathered from its parts, which come with the screens
 * that show them (the first screens' words in the first load, the questionnaire's, the results'
 * and the PDF's with theirs). Rejects when a chunk cannot be fetched (offline after a deploy).
 */
import type { Language } from './languages.ts'
import type { Messages } from './types.ts'
import { LANGUAGE_CHUNKS } from './chunks.ts'
import { app } from './en/app.ts'

export function loadMessages(lang: Language): Promise<Messages> {
  if (lang !== 'en') return LANGUAGE_CHUNKS[lang]()
  return Promise.all([import('./en/questionnaire.ts'), import('./en/results.ts'), import('./en/report.ts')]).then(([q, r, p]) => ({
    lang: 'en',
    app,
    questionnaire: q.questionnaire,
    results: r.results,
    report: p.report,
  }))
}
