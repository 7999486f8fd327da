/**
 * The report worker builds what the main thread builds: its handler, given the messages as a
 * worker receives them (structured clones), gives the main thread's bytes; and the worker's own
 * module, bundled for the browser as the app build bundles it (jsPDF's browser build, the optional
 * helpers stubbed, the words of each language a chunk the worker fetches itself), runs in a scope
 * with no window and no document and gives the same bytes, in English and in Spanish.
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
import { reportInputFor, type PlainReportOptions } from '../../src/report/input.ts'
import { messages } from '../../src/i18n/messages.ts'
import { loadBank } from '../../src/node/bank-files.ts'
import { reportWorkerHandler, type FromWorker, type ToWorker } from '../../src/report/worker-protocol.ts'
import { joinBank, splitBank } from '../../src/core/bank/split.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { DATE, reportBank } from './report-fixture.ts'
import { QUESTIONS_DIR, realBank } from '../content/real-bank.ts'

const png = checkLogo('logo.png', new Uint8Array(readFileSync('public/logo.png')))
if (typeof png === 'string') throw new Error(png)
const logo: LogoImage = png
/** jsPDF's optional helpers stubbed, as vite.config.ts does for the app and its worker. */
const STUB = fileURLToPath(new URL('../../src/node/jspdf-optional-deps-stub.ts', import.meta.url))

function optionsFor(bank: { version: number }, answers: Record<string, string>): PlainReportOptions {
  return { branding: DEFAULT_BRANDING, date: DATE, businessName: 'Zoë’s Bakery & Café', logo, previous: { answers, savedAt: new Date(2025, 10, 2), bankVersion: bank.version } }
}

describe('the report worker handler', () => {
  it('builds, from structured clones of the bank and the request, the bytes the main thread builds', async () => {
    const bank = reportBank()
    const answers = sampleAnswers(bank, 'weak')
    const options = optionsFor(bank, sampleAnswers(bank, 'strong'))
    const handle = reportWorkerHandler(jsPDF, (lang) => Promise.resolve(messages(lang)))
    expect(await handle(structuredClone<ToWorker>({ type: 'bank', bank }))).toBeNull()
    const reply = await handle(structuredClone<ToWorker>({ type: 'build', id: 3, key: 'k', language: 'en', answers, options }))
    expect(reply?.type).toBe('built')
    const main = new Uint8Array(await reportPdf(reportInputFor(bank, answers, { ...options, messages: messages('en') })))
    expect(reply?.type === 'built' && { id: reply.id, key: reply.key, bytes: new Uint8Array(reply.bytes) }).toEqual({ id: 3, key: 'k', bytes: main })
  })

  it('says so, with the request id and key, when it cannot build', async () => {
    const handle = reportWorkerHandler(jsPDF, (lang) => Promise.resolve(messages(lang)))
    const reply = await handle({ type: 'build', id: 1, key: 'k', language: 'en', answers: {}, options: { branding: DEFAULT_BRANDING, date: DATE } })
    expect(reply).toEqual({ type: 'failed', id: 1, key: 'k', reason: 'no bank was sent before the build' })
    const words = reportWorkerHandler(jsPDF, () => Promise.reject(new Error('the words could not be fetched')))
    await words({ type: 'bank', bank: reportBank() })
    expect(await words({ type: 'build', id: 2, key: 'k2', language: 'es', answers: {}, options: { branding: DEFAULT_BRANDING, date: DATE } })).toEqual({ type: 'failed', id: 2, key: 'k2', reason: 'the words could not be fetched' })
  })

  it('builds with the bank sent before the build, even when another language\'s bank arrives while its words load', async () => {
    const english = reportBank()
    const answers = sampleAnswers(english, 'mixed')
    const options = optionsFor(english, {})
    let release: () => void = () => undefined
    const handle = reportWorkerHandler(jsPDF, (lang) => new Promise((resolve) => (release = () => resolve(messages(lang)))))
    await handle({ type: 'bank', bank: english })
    const reply = handle({ type: 'build', id: 1, key: 'k', language: 'en', answers, options })
    await handle({ type: 'bank', bank: { ...english, sections: [] } })
    release()
    const built = await reply
    const main = new Uint8Array(await reportPdf(reportInputFor(english, answers, { ...options, messages: messages('en') })))
    expect(built?.type === 'built' && new Uint8Array(built.bytes)).toEqual(main)
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
    // The bank as the page has it: put together from the parts the browser loads, in each language.
    const bank = joinBank(splitBank(realBank()))
    const spanish = joinBank(splitBank(loadBank(QUESTIONS_DIR, undefined, 'es')))
    const answers = sampleAnswers(bank, 'weak')
    const options = optionsFor(bank, sampleAnswers(bank, 'mixed'))
    const worker = new Worker(join(dir, 'scope.mjs'), { workerData: { file: join(dir, 'report-worker.mjs') } })
    try {
      const next = <T>(): Promise<T> => new Promise<T>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
      })
      expect(await next<{ dom: boolean }>()).toEqual({ dom: false })
      for (const [lang, words] of [['en', bank], ['es', spanish]] as const) {
        worker.postMessage({ type: 'bank', bank: words } satisfies ToWorker)
        worker.postMessage({ type: 'build', id: 1, key: lang, language: lang, answers, options } satisfies ToWorker)
        const reply = await next<FromWorker>()
        if (reply.type !== 'built') throw new Error(reply.reason)
        const main = new Uint8Array(await reportPdf(reportInputFor(words, answers, { ...options, messages: messages(lang) })))
        expect(new Uint8Array(reply.bytes), lang).toEqual(main)
      }
    } finally {
      await worker.terminate()
    }
  })
})
