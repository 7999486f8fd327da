/**
 * Every dictionary at once, for code that runs in Node (the report CLI, tests, benchmarks): the
 * app itself never imports this module, so that each language stays a chunk of its own (the
 * browser loads them with `loadMessages`, src/i18n/load.ts).
 */
import type { Language } from './languages.ts'
import type { Messages } from './types.ts'
import { en } from './en/index.ts'
import { es } from './es/index.ts'

/** The English dictionary: the source. */
export { en }

const ALL: Readonly<Record<Language, Messages>> = { en, es }

/** Every word of the app in `lang`. */
export function messages(lang: Language): Messages {
  return ALL[lang]
}
