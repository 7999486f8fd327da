/**
 * Where the report worker's script is: the file Vite emits for it (same origin, module format,
 * jsPDF inside). Apart from the worker itself, so the first screen can prefetch the script at idle
 * (a URL, a few bytes) and the results find jsPDF already here.
 */
import workerUrl from './report-worker.ts?worker&url'

export const REPORT_WORKER_URL: string = workerUrl
