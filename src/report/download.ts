/**
 * Loading jsPDF and the report builder on the main thread, on demand and together, so neither
 * weighs on the first screen. The page's own runtime import of jsPDF (the report worker,
 * `report-worker.ts`, bundles its own copy); the Node scripts (CLI, preview, benchmark) come
 * through here too, so they build exactly what the browser builds.
 */
import type { ReportInput } from './input.ts'
import { reportFileName } from './text.ts'
import { checkedLogo, type LogoImage } from '../branding/logo.ts'
import { saveFile } from '../save-file.ts'

/** Loads jsPDF and the report builder (once; later calls reuse the loaded modules). */
function loadBuilder() {
  return Promise.all([import('jspdf'), import('./build.ts')])
}

/** Builds the report on this thread. Rejects when the code cannot be loaded (e.g. offline after a deploy). */
async function buildDoc(input: ReportInput) {
  const [{ jsPDF }, { buildReport }] = await loadBuilder()
  return buildReport(jsPDF, input)
}

/** The PDF's bytes, built on this thread: the click's way when no bytes built in the background fit. */
export async function reportPdf(input: ReportInput): Promise<ArrayBuffer> {
  return (await buildDoc(input)).output('arraybuffer')
}

/** Saves the PDF's bytes as `<stem>-…-YYYY-MM-DD.pdf` (the stem in the report's language), named after the day and the business. */
export function saveReport(bytes: ArrayBuffer, date: Date, businessName: string, stem: string): void {
  saveFile(new Blob([bytes], { type: 'application/pdf' }), reportFileName(date, businessName, 'pdf', stem))
}

/** Builds the report and returns its bytes and page count (for Node: the CLI, preview and benchmark). */
export async function reportBytes(input: ReportInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await buildDoc(input)
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages: doc.getNumberOfPages() }
}

/** The branding's logo (same-origin, bytes checked once per page) for the PDF; undefined when it cannot be used. */
export async function logoFor(path: string | null): Promise<LogoImage | undefined> {
  if (path === null) return undefined
  return (await checkedLogo(path)) ?? undefined
}

/** Starts loading jsPDF and the builder in the background (when the results page opens); errors are ignored. */
export function preloadReport(): void {
  void loadBuilder().catch(() => undefined)
}
