/**
 * The messages between the results page and the report worker (`report-worker.ts`), and what the
 * worker does with them. The page sends the whole bank once (again when the language changes, as
 * the bank's words do), then the language, answers and options of each report to build; the worker
 * fetches that language's words itself (they hold functions, which cannot be posted) and derives the
 * report's input with `reportInputFor` (so the plan's items shared between the plan, the numbering
 * and the insurers' questions are shared objects, as `buildReport` expects) and answers with the
 * PDF's bytes, transferred, not copied. The handler takes the jsPDF class and the words' loader,
 * like `buildReport` takes jsPDF, so it runs in a test as in the worker.
 */
import type { jsPDF } from 'jspdf'
import type { Bank } from '../core/bank/types.ts'
import type { Answers } from '../core/answers.ts'
import { buildReport } from './build.ts'
import { reportInputFor, type PlainReportOptions } from './input.ts'
import type { Language } from '../i18n/languages.ts'
import type { Messages } from '../i18n/types.ts'

/** From the page: the bank (once per worker), or a report to build. */
export type ToWorker =
  | { readonly type: 'bank'; readonly bank: Bank }
  | { readonly type: 'build'; readonly id: number; readonly key: string; readonly language: Language; readonly answers: Answers; readonly options: PlainReportOptions }

/** From the worker: the bytes of the report asked for by `id`, or why it could not be built. */
export type FromWorker =
  | { readonly type: 'built'; readonly id: number; readonly key: string; readonly bytes: ArrayBuffer }
  | { readonly type: 'failed'; readonly id: number; readonly key: string; readonly reason: string }

/**
 * The worker's state and reply to each message: null for the bank (nothing to say), a reply for a
 * build. A build uses the bank sent before it, even when another arrives while its words load.
 */
export function reportWorkerHandler(JsPDF: typeof jsPDF, wordsOf: (lang: Language) => Promise<Messages>): (message: ToWorker) => Promise<FromWorker | null> {
  let bank: Bank | null = null
  return async (message) => {
    if (message.type === 'bank') {
      bank = message.bank
      return null
    }
    const { id, key } = message
    const built = bank
    try {
      if (built === null) throw new Error('no bank was sent before the build')
      const messages = await wordsOf(message.language)
      const bytes = buildReport(JsPDF, reportInputFor(built, message.answers, { ...message.options, messages })).output('arraybuffer')
      return { type: 'built', id, key, bytes }
    } catch (error) {
      return { type: 'failed', id, key, reason: error instanceof Error ? error.message : String(error) }
    }
  }
}
