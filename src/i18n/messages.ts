/**
 * Every dictionary at once, for code that runs in Node (the report CLI, tests, benchmarks): the
 * app itself never imports this module, so that each language stays a chunk of its own (the
 * browser loads them with `loadMessages`, src/i18n/load.ts).
 */
import type { Language } from './languages.ts'
import type { Messages } from './types.ts'
import { app } from './en/app.ts'
import { questionnaire } from './en/questionnaire.ts'
import { results } from './en/results.ts'
import { report } from './en/report.ts'
import { es } from './es/index.ts'

/** The English dictionary: the source. */
export const en: Messages = { lang: 'en', app, questionnaire, results, report }

const ALL: Readonly<Record<Language, Messages>> = { en, es }

/** Every word of the app in `lang`. */
export function messages(lang: Language): Messages {
  return ALL[lang]
}
