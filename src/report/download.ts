/**
 * Downloading the PDF. The only runtime import of jsPDF in the app. jsPDF and the report builder
 * are loaded on demand, together, so neither weighs on the first screen.
 */
import type { ReportInput } from './build.ts'
import { reportFileName } from './text.ts'

/** Loads jsPDF and the report builder (once; later calls reuse the loaded modules). */
function loadBuilder() {
  return Promise.all([import('jspdf'), import('./build.ts')])
}

/**
 * Loads jsPDF, builds the report and saves it as `cyber-readiness-plan-…-YYYY-MM-DD.pdf`.
 * Rejects when the code cannot be loaded (e.g. offline after a deploy): the caller shows a message.
 */
export async function downloadReport(input: ReportInput): Promise<void> {
  const [{ jsPDF }, { buildReport }] = await loadBuilder()
  const doc = buildReport(jsPDF, input)
  doc.save(reportFileName(input.date, input.businessName))
}

/** Starts loading jsPDF and the builder in the background (when the results page opens); errors are ignored. */
export function preloadReport(): void {
  void loadBuilder().catch(() => undefined)
}
