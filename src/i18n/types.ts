/**
 * The dictionaries' types, derived from the English (the source): every other language must have
 * exactly the same keys, lists of the same kind and functions of the same parameters, or the build
 * fails (`const es: AppMessages = { … }` rejects a missing or an extra key).
 */
import type { Language } from './languages.ts'
import type { app } from './en/app.ts'
import type { questionnaire } from './en/questionnaire.ts'
import type { results } from './en/results.ts'
import type { report } from './en/report.ts'

/** The English type with its literal strings widened to `string`, so a translation can say other words. */
export type Widen<T> = T extends string
  ? string
  : T extends number | boolean
    ? T
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : T extends readonly (infer U)[]
        ? readonly Widen<U>[]
        : { readonly [K in keyof T]: Widen<T[K]> }

/** The first screens' words (src/i18n/<lang>/app.ts). */
export type AppMessages = Widen<typeof app>
/** The questionnaire's and the emergency page's words (src/i18n/<lang>/questionnaire.ts). */
export type QuestionnaireMessages = Widen<typeof questionnaire>
/** The results page's, the CSV's, the email's and the lead form's words (src/i18n/<lang>/results.ts). */
export type ResultsMessages = Widen<typeof results>
/** The PDF's own words (src/i18n/<lang>/report.ts). */
export type ReportMessages = Widen<typeof report>

/** Every word of the app in one language. */
export interface Messages {
  readonly lang: Language
  readonly app: AppMessages
  readonly questionnaire: QuestionnaireMessages
  readonly results: ResultsMessages
  readonly report: ReportMessages
}
