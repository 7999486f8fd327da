/**
 * The report worker: builds the PDF off the main thread, so typing and scrolling on the results page
 * never wait for it. A module worker bundled by Vite as a same-origin file of its own (see
 * `createReportWorker` in `prebuild.ts`), so `script-src 'self'` covers it. jsPDF draws text and
 * vector shapes (and decodes the PNG or JPEG logo) without a DOM; the messages are in `worker-protocol.ts`.
 */
import { jsPDF } from 'jspdf'
import { reportWorkerHandler, type FromWorker, type ToWorker } from './worker-protocol.ts'

/** The part of a dedicated worker's global scope used here (the app's TypeScript has the DOM's types, not the worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
  postMessage: (message: FromWorker, transfer: Transferable[]) => void
}

const scope = self as unknown as WorkerScope
const handle = reportWorkerHandler(jsPDF)

scope.onmessage = (event) => {
  const reply = handle(event.data)
  if (reply !== null) scope.postMessage(reply, reply.type === 'built' ? [reply.bytes] : [])
}
