/**
 * The report worker, started ahead: at idle once the first screen is up (main.ts), so that by the
 * results its script (jsPDF inside, 141 KiB gzip) has loaded and been parsed off the main thread,
 * and the first PDF is built the moment the results show. One early worker a page, and only when
 * no worker has been made yet (results opened straight away make their own); the results page
 * takes it. One that failed to load is not handed over (the page then makes a new one, whose
 * failure the prebuilder sees). No jsPDF here: a URL and a few lines, in the first load.
 */
import { REPORT_WORKER_URL } from './worker-url.ts'

let early: { readonly worker: Worker; failed: boolean } | null = null
let made = false

function makeWorker(): Worker {
  made = true
  return new Worker(REPORT_WORKER_URL, { type: 'module', name: 'report' })
}

/** Starts the report worker now, unless a worker was already made on this page or `Worker` is missing. Never throws. */
export function startReportWorkerEarly(): void {
  if (made || typeof Worker !== 'function') return
  try {
    const started = { worker: makeWorker(), failed: false }
    started.worker.onerror = () => void (started.failed = true)
    early = started
  } catch {
    // Refused (a policy, an old browser): the results page tries again, and falls back to the main thread.
  }
}

/** The worker started early (if it has not failed), else a new one; throws when a worker cannot be made. */
export function takeReportWorker(): Worker {
  const taken = early
  early = null
  if (taken !== null) {
    taken.worker.onerror = null
    if (!taken.failed) return taken.worker
    taken.worker.terminate()
  }
  return makeWorker()
}
