/**
 * The report worker: builds the PDF off the main thread, so typing and scrolling on the results page
 * never wait for it. A module worker bundled by Vite as a same-origin file of its own (see
 * `createReportWorker` in `prebuild.ts`), so `script-src 'self'` covers it. jsPDF draws text and
 * vector shapes (and decodes the PNG or JPEG logo) without a DOM; the messages are in `worker-protocol.ts`.
 */
import { jsPDF } from 'jspdf'
import { reportWorkerHandler, type FromWorker, type ToWorker } from './worker-protocol.ts'
import { en } from '../i18n/en/index.ts'
import { LANGUAGE_CHUNKS } from '../i18n/chunks.ts'
import type { Language } from '../i18n/languages.ts'
import type { Messages } from '../i18n/types.ts'

/** The part of a dedicated worker's global scope used here (the app's TypeScript has the DOM's types, not the worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
  postMessage: (message: FromWorker, transfer: Transferable[]) => void
}

const scope = self as unknown as WorkerScope
/** English is in the worker's own script (fetched ahead, at idle); another language is its one chunk, fetched by the worker when first asked for. */
const wordsOf = (lang: Language): Promise<Messages> => (lang === 'en' ? Promise.resolve(en) : LANGUAGE_CHUNKS[lang]())
const handle = reportWorkerHandler(jsPDF, wordsOf)

scope.onmessage = (event) => {
  void handle(event.data).then((reply) => {
    if (reply !== null) scope.postMessage(reply, reply.type === 'built' ? [reply.bytes] : [])
  })
}
