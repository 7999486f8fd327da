/**
 * The PDF button's decisions, with the worker, the idle wait, the clock and the saving faked: bytes
 * built in the background are saved only for exactly the inputs and the day of the click; anything
 * else (inputs changed, another day, no reply yet, a worker that fails or cannot be made) builds on
 * the main thread, with the inputs of the click.
 */
import { effectScope, nextTick, ref, type Ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { jsPDF } from 'jspdf'
import type { Answers } from '../../src/core/answers.ts'
import type { PreviousAssessment } from '../../src/core/previous-file.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { checkLogo, type LogoImage } from '../../src/branding/logo.ts'
import { reportPdf } from '../../src/report/download.ts'
import type { ReportInput } from '../../src/report/input.ts'
import type { WorkerLike } from '../../src/report/prebuild.ts'
import { reportWorkerHandler, type FromWorker, type ToWorker } from '../../src/report/worker-protocol.ts'
import { useReportDownload, type ReportDownloadDeps } from '../../src/composables/useReportDownload.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { pdfText } from '../support/pdf-text.ts'
import { readFileSync } from 'node:fs'
import { reportBank } from '../report/report-fixture.ts'
import { messages } from '../../src/i18n/messages.ts'
import type { Language } from '../../src/i18n/languages.ts'

const bank = reportBank()
const WORKER_BYTES = new Uint8Array([1, 1, 1]).buffer
const MAIN_BYTES = new Uint8Array([2, 2, 2]).buffer

type BuildMessage = Extract<ToWorker, { type: 'build' }>

/** A worker that keeps what it is sent (as the structured clone a real one receives) and replies when told. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null
  onerror: WorkerLike['onerror'] = null
  onmessageerror: WorkerLike['onmessageerror'] = null
  readonly sent: ToWorker[] = []
  terminated = false

  postMessage(message: ToWorker): void {
    this.sent.push(structuredClone(message))
  }

  terminate(): void {
    this.terminated = true
  }

  builds(): BuildMessage[] {
    return this.sent.filter((m): m is BuildMessage => m.type === 'build')
  }

  last(): BuildMessage {
    const build = this.builds().at(-1)
    if (build === undefined) throw new Error('nothing was sent to build')
    return build
  }

  reply(reply: FromWorker): void {
    this.onmessage?.({ data: reply } as MessageEvent<FromWorker>)
  }

  /** Answers the newest build with these bytes. */
  finish(bytes: ArrayBuffer = WORKER_BYTES): void {
    const { id, key } = this.last()
    this.reply({ type: 'built', id, key, bytes })
  }
}

async function settle(): Promise<void> {
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 0))
}

interface Harness {
  readonly answers: Ref<Answers>
  readonly businessName: Ref<string>
  readonly previous: Ref<PreviousAssessment | null>
  readonly language: Ref<Language>
  /** The file-name stem each save was given, in order. */
  readonly stems: string[]
  readonly workers: FakeWorker[]
  readonly mainBuilds: ReportInput[]
  readonly saved: { bytes: ArrayBuffer; date: Date; businessName: string }[]
  /** Scheduled background runs not yet started, and how many were cancelled. */
  readonly idle: { pending: (() => void)[]; cancelled: number }
  clock: Date
  /** The owner has been idle: every scheduled background run starts. */
  idleNow: () => Promise<void>
  download: ReturnType<typeof useReportDownload>
  stop: () => void
}

function harness(deps: ReportDownloadDeps = {}): Harness {
  const h = {
    answers: ref<Answers>(sampleAnswers(bank, 'weak')),
    businessName: ref(''),
    previous: ref<PreviousAssessment | null>(null),
    language: ref<Language>('en'),
    stems: [] as string[],
    workers: [] as FakeWorker[],
    mainBuilds: [] as ReportInput[],
    saved: [] as Harness['saved'],
    idle: { pending: [] as (() => void)[], cancelled: 0 },
    clock: new Date(2026, 2, 5, 10, 30),
  }
  const scope = effectScope()
  const download = scope.run(() =>
    useReportDownload(() => ({ bank, answers: h.answers.value, businessName: h.businessName.value, branding: DEFAULT_BRANDING, previous: h.previous.value, language: h.language.value, fileStem: messages(h.language.value).results.fileStem }), {
      createWorker: () => {
        const worker = new FakeWorker()
        h.workers.push(worker)
        return worker
      },
      buildOnMain: (input) => {
        h.mainBuilds.push(input)
        return Promise.resolve(MAIN_BYTES)
      },
      save: (bytes, date, businessName, stem) => {
        h.saved.push({ bytes, date, businessName })
        h.stems.push(stem)
      },
      words: (lang) => Promise.resolve(messages(lang)),
      logo: () => Promise.resolve(undefined),
      now: () => result.clock,
      // A click does not wait for the fake worker unless a test says so (it answers only when told).
      clickWaitMs: 0,
      whenIdle: (run) => {
        h.idle.pending.push(run)
        return () => {
          const at = h.idle.pending.indexOf(run)
          if (at >= 0) h.idle.pending.splice(at, 1)
          h.idle.cancelled += 1
        }
      },
      ...deps,
    }),
  )
  if (download === undefined) throw new Error('no composable')
  const result: Harness = {
    ...h,
    download,
    idleNow: async () => {
      h.idle.pending.splice(0).forEach((run) => run())
      await settle()
    },
    stop: () => scope.stop(),
  }
  return result
}

/** A harness whose background build has finished for the inputs as they are. */
async function prebuiltHarness(deps: ReportDownloadDeps = {}): Promise<Harness> {
  const h = harness(deps)
  await h.idleNow()
  h.workers[0]?.finish()
  expect(h.download.prebuilt.value).toBe(true)
  return h
}

describe('useReportDownload: bytes built ahead of the click', () => {
  it('asks for the first report as soon as the results show (the worker builds it), then the bank once and each report, as plain data', async () => {
    const h = harness()
    expect(h.workers).toHaveLength(1)
    expect(h.idle.pending, 'the first build does not wait for the owner to be idle').toHaveLength(0)
    await settle()
    const [worker] = h.workers
    expect(worker?.sent.map((m) => m.type)).toEqual(['bank', 'build'])
    expect(worker?.last()).toMatchObject({ answers: h.answers.value, options: { businessName: '', date: h.clock, branding: DEFAULT_BRANDING } })
    // The second report for the same page: no second copy of the bank.
    h.businessName.value = 'Acme'
    await settle()
    await h.idleNow()
    expect(worker?.sent.map((m) => m.type)).toEqual(['bank', 'build', 'build'])
  })

  it('the click saves the bytes built in the background when they are for exactly these inputs, today', async () => {
    const h = await prebuiltHarness()
    expect(await h.download.download()).toBe(true)
    expect(h.saved).toEqual([{ bytes: WORKER_BYTES, date: h.clock, businessName: '' }])
    expect(h.mainBuilds).toHaveLength(0)
  })

  it('a business name changed after the background build: the click builds on the main thread, with the new name', async () => {
    const h = await prebuiltHarness()
    h.businessName.value = 'Zoë’s Bakery'
    // No tick, no idle: the click comes at once, before anything could be rebuilt.
    expect(await h.download.download()).toBe(true)
    expect(h.saved).toEqual([{ bytes: MAIN_BYTES, date: h.clock, businessName: 'Zoë’s Bakery' }])
    expect(h.mainBuilds.map((i) => i.businessName)).toEqual(['Zoë’s Bakery'])
    await settle()
    expect(h.download.prebuilt.value).toBe(false)
  })

  it('the language switched after the background build: the click builds on the main thread in the new language, named in it; then the worker builds it', async () => {
    const h = await prebuiltHarness()
    expect(h.workers[0]?.last().language).toBe('en')
    h.language.value = 'es'
    expect(await h.download.download()).toBe(true)
    expect(h.saved.map((s) => s.bytes)).toEqual([MAIN_BYTES])
    expect(h.mainBuilds.map((i) => i.messages.lang)).toEqual(['es'])
    expect(h.stems).toEqual(['plan-de-ciberseguridad'])
    await settle()
    expect(h.download.prebuilt.value).toBe(false)
    await h.idleNow()
    expect(h.workers[0]?.last().language).toBe('es')
    h.workers[0]?.finish()
    expect(await h.download.download()).toBe(true)
    expect(h.saved.at(-1)?.bytes).toBe(WORKER_BYTES)
    expect(h.stems.at(-1)).toBe('plan-de-ciberseguridad')
  })

  it('an answer or the earlier assessment changed: the main thread builds; once rebuilt in the background, those bytes are saved', async () => {
    const h = await prebuiltHarness()
    h.answers.value = { ...h.answers.value, [Object.keys(h.answers.value)[0] ?? '']: 'not-sure' }
    await h.download.download()
    h.previous.value = { answers: sampleAnswers(bank, 'strong'), savedAt: new Date(2025, 10, 2), bankVersion: bank.version }
    await h.download.download()
    expect(h.saved.map((s) => s.bytes)).toEqual([MAIN_BYTES, MAIN_BYTES])
    expect(h.mainBuilds[1]?.comparison).not.toBeNull()
    await settle()
    await h.idleNow()
    const again = new Uint8Array([3]).buffer
    h.workers[0]?.finish(again)
    expect(h.workers[0]?.last().options.previous?.bankVersion).toBe(bank.version)
    await h.download.download()
    expect(h.saved.at(-1)?.bytes).toBe(again)
    expect(h.mainBuilds).toHaveLength(2)
  })

  it('never saves bytes of another day: after midnight the click builds on the main thread, dated that day', async () => {
    const h = await prebuiltHarness()
    h.clock = new Date(2026, 2, 6, 0, 0, 1)
    await h.download.download()
    expect(h.saved).toEqual([{ bytes: MAIN_BYTES, date: h.clock, businessName: '' }])
    expect(h.mainBuilds[0]?.date).toBe(h.clock)
    // Later the same day as the background build is fine: only the day is printed.
    const later = await prebuiltHarness()
    later.clock = new Date(2026, 2, 5, 23, 59)
    await later.download.download()
    expect(later.saved[0]?.bytes).toBe(WORKER_BYTES)
  })

  it('a click before the background build has finished builds on the main thread', async () => {
    const h = harness()
    await h.download.download()
    await h.idleNow()
    await h.download.download()
    expect(h.saved.map((s) => s.bytes)).toEqual([MAIN_BYTES, MAIN_BYTES])
  })

  it('a reply for inputs that have changed since is not kept', async () => {
    const h = harness()
    await h.idleNow()
    const worker = h.workers[0]
    const first = worker?.last()
    h.businessName.value = 'Acme'
    await settle()
    await h.idleNow()
    if (first !== undefined) worker?.reply({ type: 'built', id: first.id, key: first.key, bytes: WORKER_BYTES })
    expect(h.download.prebuilt.value).toBe(false)
    await h.download.download()
    expect(h.saved[0]?.bytes).toBe(MAIN_BYTES)
  })

  it('changes while waiting for the owner to be idle cancel the waiting run: one build for the last inputs', async () => {
    const h = harness()
    await settle()
    h.idle.cancelled = 0
    h.businessName.value = 'A'
    await settle()
    h.businessName.value = 'Ac'
    await settle()
    expect(h.idle.pending).toHaveLength(1)
    expect(h.idle.cancelled).toBe(1)
    await h.idleNow()
    expect(h.workers[0]?.builds().map((b) => b.options.businessName)).toEqual(['', 'Ac'])
  })

  it('the same inputs again are not rebuilt', async () => {
    const h = await prebuiltHarness()
    const name = h.businessName.value
    h.businessName.value = 'Acme'
    await settle()
    h.businessName.value = name
    await settle()
    await h.idleNow()
    expect(h.workers[0]?.builds()).toHaveLength(1)
    expect(h.download.prebuilt.value).toBe(true)
  })

  it('reactive answers and an earlier assessment held in a ref reach the worker as clonable plain data', async () => {
    const h = harness()
    h.previous.value = { answers: sampleAnswers(bank, 'strong'), savedAt: new Date(2025, 10, 2), bankVersion: bank.version }
    await settle()
    await h.idleNow()
    // FakeWorker.postMessage clones like a real worker: a Vue proxy would have thrown (and disabled the worker).
    expect(h.workers[0]?.last().options.previous?.answers).toEqual(sampleAnswers(bank, 'strong'))
  })

  it('stopping the page stops the worker and any waiting run', async () => {
    const h = harness()
    await h.idleNow()
    h.businessName.value = 'Acme'
    await settle()
    h.stop()
    expect(h.workers[0]?.terminated).toBe(true)
    expect(h.idle.pending).toHaveLength(0)
  })
})

describe('useReportDownload: without a working worker, the click builds on the main thread', () => {
  it('a worker that fails (its script refused by a policy or not loaded, or it crashed) is given up for the page', async () => {
    const h = harness()
    await h.idleNow()
    h.workers[0]?.onerror?.(new Event('error') as ErrorEvent)
    expect(h.workers[0]?.terminated).toBe(true)
    await h.download.download()
    expect(h.saved[0]?.bytes).toBe(MAIN_BYTES)
    h.businessName.value = 'Acme'
    await settle()
    await h.idleNow()
    expect(h.workers).toHaveLength(1)
    expect(h.workers[0]?.builds()).toHaveLength(1)
  })

  it('bytes the worker delivered stay usable after it fails later', async () => {
    const h = await prebuiltHarness()
    h.workers[0]?.onmessageerror?.(new MessageEvent('messageerror'))
    await h.download.download()
    expect(h.saved[0]?.bytes).toBe(WORKER_BYTES)
  })

  it('a worker that cannot be made (an old browser, a sandbox) or cannot take the message', async () => {
    const h = harness({
      createWorker: () => {
        throw new DOMException('refused', 'SecurityError')
      },
    })
    await h.idleNow()
    await h.download.download()
    expect(h.saved[0]?.bytes).toBe(MAIN_BYTES)

    const unclonable = harness({
      createWorker: () =>
        Object.assign(new FakeWorker(), {
          postMessage: () => {
            throw new DOMException('could not be cloned', 'DataCloneError')
          },
        }),
    })
    await unclonable.idleNow()
    await unclonable.download.download()
    expect(unclonable.saved[0]?.bytes).toBe(MAIN_BYTES)
    expect(unclonable.download.prebuilt.value).toBe(false)
  })

  it('no Worker at all: nothing is scheduled', async () => {
    const h = harness({ createWorker: null })
    expect(h.idle.pending).toHaveLength(0)
    await h.download.download()
    expect(h.saved[0]?.bytes).toBe(MAIN_BYTES)
  })

  it('a report the worker could not build is not asked for again; the click builds it on the main thread', async () => {
    const h = harness()
    await h.idleNow()
    const worker = h.workers[0]
    const { id, key } = worker?.last() ?? { id: 0, key: '' }
    worker?.reply({ type: 'failed', id, key, reason: 'boom' })
    h.businessName.value = 'Acme'
    await settle()
    h.businessName.value = ''
    await settle()
    await h.idleNow()
    expect(worker?.builds().map((b) => b.options.businessName)).toEqual([''])
    await h.download.download()
    expect(h.saved[0]?.bytes).toBe(MAIN_BYTES)
  })

  it('a main-thread build that fails says so and saves nothing', async () => {
    const h = harness({ buildOnMain: () => Promise.reject(new Error('offline')) })
    expect(await h.download.download()).toBe(false)
    expect(h.download.failed.value).toBe(true)
    expect(h.saved).toEqual([])
  })
})

/** A worker running the real handler on clones of its messages, replying a task later, as a real one would. */
class HandlerWorker extends FakeWorker {
  private readonly handle = reportWorkerHandler(jsPDF, (lang) => Promise.resolve(messages(lang)))

  override postMessage(message: ToWorker): void {
    super.postMessage(message)
    const copy = structuredClone(message)
    setTimeout(() => {
      void this.handle(copy).then((reply) => {
        if (reply !== null) this.reply(reply)
      })
    }, 0)
  }
}

describe('useReportDownload with the real report', () => {
  const png = checkLogo('logo.png', new Uint8Array(readFileSync('public/logo.png')))
  const logo = typeof png === 'string' ? undefined : png

  async function click(deps: ReportDownloadDeps, prebuild: boolean, logoImage: LogoImage | undefined = logo): Promise<Uint8Array> {
    const h = harness({ buildOnMain: reportPdf, logo: () => Promise.resolve(logoImage), ...deps })
    h.businessName.value = 'Acme Bakery'
    h.previous.value = { answers: sampleAnswers(bank, 'strong'), savedAt: new Date(2025, 10, 2), bankVersion: bank.version }
    await settle()
    if (prebuild) {
      await h.idleNow()
      await settle()
      expect(h.download.prebuilt.value).toBe(true)
    }
    await h.download.download()
    h.stop()
    return new Uint8Array(h.saved[0]?.bytes ?? new ArrayBuffer(0))
  }

  it('a click on bytes built in the worker saves the very PDF the main thread builds for it', async () => {
    const prebuilt = await click({ createWorker: () => new HandlerWorker() }, true)
    const main = await click({ createWorker: null }, false)
    expect(prebuilt.length).toBeGreaterThan(1000)
    expect(prebuilt).toEqual(main)
    const text = (await pdfText(prebuilt)).join('\n')
    expect(text).toContain('Acme Bakery')
    expect(text).toContain('Since your last assessment')
  })
})

describe('the main thread\'s copy of jsPDF', () => {
  it('loads only once the worker has delivered, so the two never compete on a slow line', async () => {
    let preloads = 0
    const h = harness({ preload: () => (preloads += 1) })
    await h.idleNow()
    expect(preloads).toBe(0)
    h.workers[0]?.finish()
    await settle()
    expect(preloads).toBe(1)
    h.businessName.value = 'Acme'
    await h.idleNow()
    h.workers[0]?.finish()
    await settle()
    expect(preloads, 'once only').toBe(1)
    h.stop()
  })

  it('loads at once when there is no worker', () => {
    let preloads = 0
    const h = harness({ createWorker: null, preload: () => (preloads += 1) })
    expect(preloads).toBe(1)
    h.stop()
  })
})

describe('a click before the background build is ready', () => {
  it('asks the worker for these inputs at once and saves its bytes, not a main-thread build', async () => {
    const h = harness({ clickWaitMs: 5000 })
    // Clicked before the owner was ever idle: nothing was built in the background yet.
    const click = h.download.download()
    await settle()
    const worker = h.workers[0]
    expect(worker?.builds()).toHaveLength(1)
    worker?.finish()
    expect(await click).toBe(true)
    expect(h.mainBuilds).toHaveLength(0)
    expect(h.saved[0]?.bytes).toBe(WORKER_BYTES)
    h.stop()
  })

  it('builds on the main thread when the worker does not answer in time, or fails', async () => {
    const slow = harness({ clickWaitMs: 20 })
    expect(await slow.download.download()).toBe(true)
    expect(slow.mainBuilds).toHaveLength(1)
    expect(slow.saved[0]?.bytes).toBe(MAIN_BYTES)
    slow.stop()

    const failing = harness({ clickWaitMs: 5000 })
    const click = failing.download.download()
    await settle()
    failing.workers[0]?.onerror?.({} as ErrorEvent)
    expect(await click).toBe(true)
    expect(failing.mainBuilds).toHaveLength(1)
    failing.stop()
  })
})
