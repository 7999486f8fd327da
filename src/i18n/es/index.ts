/**
 * Every Spanish word of the app: one lazy chunk, fetched only when Spanish is chosen (see
 * src/locale.ts), so the English first load does not carry it.
 */
import type { Messages } from '../types.ts'
import { app } from './app.ts'
import { questionnaire } from './questionnaire.ts'
import { results } from './results.ts'
import { report } from './report.ts'

export const es: Messages = { lang: 'es', app, questionnaire, results, report }
