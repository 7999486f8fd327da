/**
 * Loading jsPDF and the report builder, on demand and together, so neither weighs on the first
 * screen. The only runtime import of jsPDF in the app; the Node scripts (CLI, preview, benchmark)
 * come through here too, so they build exactly what the browser builds.
 */
import type { ReportInput } from './input.ts'
import { reportFileName } from './text.ts'
import { checkedLogo, type LogoImage } from '../branding/logo.ts'

/** Loads jsPDF and the report builder (once; later calls reuse the loaded modules). */
function loadBuilder() {
  return Promise.all([import('jspdf'), import('./build.ts')])
}

/**
 * Loads jsPDF, builds the report and saves it as `cyber-readiness-plan-…-YYYY-MM-DD.pdf`.
 * Rejects when the code cannot be loaded (e.g. offline after a deploy): the caller shows a message.
 */
export async function downloadReport(input: ReportInput): Promise<void> {
  const [[{ jsPDF }, { buildReport }], logo] = await Promise.all([loadBuilder(), logoFor(input.branding.logo)])
  const doc = buildReport(jsPDF, logo === undefined ? input : { ...input, logo })
  doc.save(reportFileName(input.date, input.businessName, 'pdf', input.messages.results.fileStem))
}

/** Builds the report and returns its bytes and page count (for Node: the CLI, preview and benchmark). */
export async function reportBytes(input: ReportInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const [{ jsPDF }, { buildReport }] = await loadBuilder()
  const doc = buildReport(jsPDF, input)
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages: doc.getNumberOfPages() }
}

/** The branding's logo (same-origin, bytes checked once per page) for the PDF; undefined when it cannot be used. */
async function logoFor(path: string | null): Promise<LogoImage | undefined> {
  if (path === null) return undefined
  return (await checkedLogo(path)) ?? undefined
}

/** Starts loading jsPDF and the builder in the background (when the results page opens); errors are ignored. */
export function preloadReport(): void {
  void loadBuilder().catch(() => undefined)
}
