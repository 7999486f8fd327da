/**
 * The report worker builds what the main thread builds: its handler, given the messages as a
 * worker receives them (structured clones), gives the main thread's bytes; and the worker's own
 * module, bundled for the browser as the app build bundles it (jsPDF's browser build, the optional
 * helpers stubbed), runs in a scope with no window and no document and gives the same bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from 'vite'
import { jsPDF } from 'jspdf'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { checkLogo, type LogoImage } from '../../src/branding/logo.ts'
import { reportPdf } from '../../src/report/download.ts'
import { reportInputFor, type ReportOptions } from '../../src/report/input.ts'
import { reportWorkerHandler, type FromWorker, type ToWorker } from '../../src/report/worker-protocol.ts'
import { joinBank, splitBank } from '../../src/core/bank/split.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { DATE, reportBank } from './report-fixture.ts'
import { realBank } from '../content/real-bank.ts'

const png = checkLogo('logo.png', new Uint8Array(readFileSync('public/logo.png')))
if (typeof png === 'string') throw new Error(png)
const logo: LogoImage = png
/** jsPDF's optional helpers stubbed, as vite.config.ts does for the app and its worker. */
const STUB = fileURLToPath(new URL('../../src/node/jspdf-optional-deps-stub.ts', import.meta.url))

function optionsFor(bank: { version: number }, answers: Record<string, string>): ReportOptions {
  return { branding: DEFAULT_BRANDING, date: DATE, businessName: 'Zoë’s Bakery & Café', logo, previous: { answers, savedAt: new Date(2025, 10, 2), bankVersion: bank.version } }
}

describe('the report worker handler', () => {
  it('builds, from structured clones of the bank and the request, the bytes the main thread builds', async () => {
    const bank = reportBank()
    const answers = sampleAnswers(bank, 'weak')
    const options = optionsFor(bank, sampleAnswers(bank, 'strong'))
    const handle = reportWorkerHandler(jsPDF)
    expect(handle(structuredClone<ToWorker>({ type: 'bank', bank }))).toBeNull()
    const reply = handle(structuredClone<ToWorker>({ type: 'build', id: 3, key: 'k', answers, options }))
    expect(reply?.type).toBe('built')
    const main = new Uint8Array(await reportPdf(reportInputFor(bank, answers, options)))
    expect(reply?.type === 'built' && { id: reply.id, key: reply.key, bytes: new Uint8Array(reply.bytes) }).toEqual({ id: 3, key: 'k', bytes: main })
  })

  it('says so, with the request id and key, when it cannot build', () => {
    const handle = reportWorkerHandler(jsPDF)
    const reply = handle({ type: 'build', id: 1, key: 'k', answers: {}, options: { branding: DEFAULT_BRANDING, date: DATE } })
    expect(reply).toEqual({ type: 'failed', id: 1, key: 'k', reason: 'no bank was sent before the build' })
  })
})

describe('the report worker, bundled for the browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-worker-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs without a DOM and gives the main thread’s bytes for the real bank, as the page holds it', { timeout: 60_000 }, async () => {
    await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { html2canvas: STUB, dompurify: STUB, canvg: STUB } },
      build: {
        outDir: dir,
        emptyOutDir: true,
        copyPublicDir: false,
        target: 'es2022',
        rolldownOptions: { input: { 'report-worker': 'src/report/report-worker.ts' }, output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' } },
      },
    })
    const bundle = readFileSync(join(dir, 'report-worker.mjs'), 'utf8')
    expect(bundle, 'jsPDF’s browser build, not its Node build (which reads files with fs)').not.toContain('readFileSync')
    // A dedicated worker's scope, as far as the worker uses it: self, onmessage, postMessage; no window, no document.
    writeFileSync(
      join(dir, 'scope.mjs'),
      `import { parentPort, workerData } from 'node:worker_threads'
globalThis.self = globalThis
globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer)
parentPort.on('message', (data) => globalThis.onmessage?.({ data }))
await import(workerData.file)
parentPort.postMessage({ dom: typeof window !== 'undefined' || typeof document !== 'undefined' })
`,
    )
    // The bank as the page has it: put together from the parts the browser loads.
    const bank = joinBank(splitBank(realBank()))
    const answers = sampleAnswers(bank, 'weak')
    const options = optionsFor(bank, sampleAnswers(bank, 'mixed'))
    const worker = new Worker(join(dir, 'scope.mjs'), { workerData: { file: join(dir, 'report-worker.mjs') } })
    try {
      const next = <T>(): Promise<T> => new Promise<T>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
      })
      expect(await next<{ dom: boolean }>()).toEqual({ dom: false })
      worker.postMessage({ type: 'bank', bank } satisfies ToWorker)
      worker.postMessage({ type: 'build', id: 1, key: 'k', answers, options } satisfies ToWorker)
      const reply = await next<FromWorker>()
      if (reply.type !== 'built') throw new Error(reply.reason)
      const main = new Uint8Array(await reportPdf(reportInputFor(bank, answers, options)))
      expect(new Uint8Array(reply.bytes)).toEqual(main)
    } finally {
      await worker.terminate()
    }
  })
})
