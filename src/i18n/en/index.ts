/**
 * Every English word of the app in one object: for the report worker (which builds English
 * reports without fetching a chunk first) and for Node. The app's screens take each part with the
 * screen that shows it instead (see src/i18n/load.ts).
 */
import type { Messages } from '../types.ts'
import { app } from './app.ts'
import { questionnaire } from './questionnaire.ts'
import { results } from './results.ts'
import { report } from './report.ts'

export const en: Messages = { lang: 'en', app, questionnaire, results, report }
