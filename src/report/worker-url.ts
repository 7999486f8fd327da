/**
 * Where the report worker's script is: the file Vite emits for it (same origin, module format,
 * jsPDF inside). Apart from the worker itself, so the first screen can start the worker at idle
 * (`worker-start.ts`: a URL and a few lines) and the results find jsPDF already loaded.
 */
import workerUrl from './report-worker.ts?worker&url'

export const REPORT_WORKER_URL: string = workerUrl
