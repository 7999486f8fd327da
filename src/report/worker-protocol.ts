/**
 * The messages between the results page and the report worker (`report-worker.ts`), and what the
 * worker does with them. The page sends the whole bank once, then the answers and options of each
 * report to build; the worker derives the report's input itself with `reportInputFor` (so the plan's
 * items shared between the plan, the numbering and the insurers' questions are shared objects, as
 * `buildReport` expects) and answers with the PDF's bytes, transferred, not copied.
 * The handler takes the jsPDF class, like `buildReport`, so it runs in a test as in the worker.
 */
import type { jsPDF } from 'jspdf'
import type { Bank } from '../core/bank/types.ts'
import type { Answers } from '../core/answers.ts'
import { buildReport } from './build.ts'
import { reportInputFor, type ReportOptions } from './input.ts'

/** From the page: the bank (once per worker), or a report to build. */
export type ToWorker =
  | { readonly type: 'bank'; readonly bank: Bank }
  | { readonly type: 'build'; readonly id: number; readonly key: string; readonly answers: Answers; readonly options: ReportOptions }

/** From the worker: the bytes of the report asked for by `id`, or why it could not be built. */
export type FromWorker =
  | { readonly type: 'built'; readonly id: number; readonly key: string; readonly bytes: ArrayBuffer }
  | { readonly type: 'failed'; readonly id: number; readonly key: string; readonly reason: string }

/** The worker's state and reply to each message: null for the bank (nothing to say), a reply for a build. */
export function reportWorkerHandler(JsPDF: typeof jsPDF): (message: ToWorker) => FromWorker | null {
  let bank: Bank | null = null
  return (message) => {
    if (message.type === 'bank') {
      bank = message.bank
      return null
    }
    const { id, key } = message
    try {
      if (bank === null) throw new Error('no bank was sent before the build')
      const bytes = buildReport(JsPDF, reportInputFor(bank, message.answers, message.options)).output('arraybuffer')
      return { type: 'built', id, key, bytes }
    } catch (error) {
      return { type: 'failed', id, key, reason: error instanceof Error ? error.message : String(error) }
    }
  }
}
