/**
 * The "Download PDF plan" button's logic: whether the report can be built yet, whether it is being
 * prepared, whether the last try failed, whether it is already built, and `download()`. The
 * report's input is built by `reportInputFor`, the same door the Node CLI, preview and benchmark
 * use, from the whole bank (null until it has loaded: the button waits), the answers and, when the
 * owner chose one, the earlier assessment to compare with.
 *
 * Ahead of the click: once the inputs have stayed the same and the owner has left the page alone
 * for a moment (`whenIdle`), the report is built in a Web Worker (`ReportPrebuilder`) and its bytes
 * kept with their key (`reportKey`: every input, the language and the day). The click saves those bytes only when
 * their key is the key of what it would build now; otherwise (not built yet, inputs changed, another
 * day, the worker failed or is unavailable) it builds on the main thread, as before. Never stale.
 */
import { computed, onScopeDispose, ref, toRaw, watch, type ComputedRef, type Ref } from 'vue'
import type { Bank } from '../core/bank/types.ts'
import type { Answers } from '../core/answers.ts'
import type { Branding } from '../branding/parse.ts'
import type { LogoImage } from '../branding/logo.ts'
import type { PreviousAssessment } from '../core/previous-file.ts'
import { reportInputFor, type PlainReportOptions, type ReportInput } from '../report/input.ts'
import { logoFor, preloadReport, reportPdf, saveReport } from '../report/download.ts'
import { reportKey } from '../report/report-key.ts'
import { ReportPrebuilder, createReportWorker, type PrebuildRequest, type WorkerLike } from '../report/prebuild.ts'
import { whenIdle } from '../when-idle.ts'
import type { Language } from '../i18n/languages.ts'
import type { Messages } from '../i18n/types.ts'
import { loadMessages } from '../i18n/load.ts'

export interface ReportSource {
  /** The whole bank, or null while its words and actions are loading. */
  readonly bank: Bank | null
  readonly answers: Answers
  readonly businessName: string
  readonly branding: Branding
  /** The earlier assessment the owner chose to compare with, or null: the PDF then says what changed since. */
  readonly previous?: PreviousAssessment | null
  /** The language on show: the PDF is written in it (the bank is in it too). */
  readonly language: Language
  /** The start of the PDF's file name in that language (`results.fileStem`). */
  readonly fileStem: string
}

export interface ReportDownload {
  /** True once the whole bank is here, so a click can build the report. */
  readonly ready: ComputedRef<boolean>
  readonly downloading: Ref<boolean>
  readonly failed: Ref<boolean>
  /** True while bytes built in the background for exactly the current inputs are held: a click then only saves them. */
  readonly prebuilt: ComputedRef<boolean>
  /** Saves the PDF, dated now; resolves true when it was saved, false when it failed or was not ready. */
  download: () => Promise<boolean>
}

/** What the composable uses from outside; each has the browser's default, tests pass fakes. */
export interface ReportDownloadDeps {
  /** Makes the report worker; null for no background build (the default where `Worker` does not exist). */
  readonly createWorker?: (() => WorkerLike) | null
  /** Builds the PDF on the main thread. */
  readonly buildOnMain?: (input: ReportInput) => Promise<ArrayBuffer>
  readonly save?: (bytes: ArrayBuffer, date: Date, businessName: string, fileStem: string) => void
  /** Every word of a language, for a report built on the main thread (default: `loadMessages`). */
  readonly words?: (lang: Language) => Promise<Messages>
  /** The checked logo for a branding's logo path (undefined for none or refused). */
  readonly logo?: (path: string | null) => Promise<LogoImage | undefined>
  readonly now?: () => Date
  /** Schedules background work for when the owner is idle; returns a cancel function. */
  readonly whenIdle?: (run: () => void) => () => void
  /** How long a click waits for the worker's build of its inputs (default `CLICK_WAIT_MS`). */
  readonly clickWaitMs?: number
  /** Loads the main thread's builder ahead of a click that needs it; called once (default: `preloadReport`). */
  readonly preload?: () => void
}

/** The inputs as plain data: no reactive proxy may reach `postMessage` (it cannot be cloned). */
interface Snapshot {
  readonly bank: Bank
  readonly answers: Answers
  readonly businessName: string
  readonly branding: Branding
  readonly previous: PreviousAssessment | null
  readonly language: Language
  readonly fileStem: string
}

function plainAnswers(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers))
}

function snapshotOf(source: ReportSource): Snapshot | null {
  const { bank, previous } = source
  if (bank === null) return null
  return {
    bank: toRaw(bank),
    answers: plainAnswers(source.answers),
    businessName: source.businessName,
    branding: toRaw(source.branding),
    previous: previous === undefined || previous === null ? null : { answers: plainAnswers(previous.answers), savedAt: new Date(previous.savedAt.getTime()), bankVersion: previous.bankVersion },
    language: source.language,
    fileStem: source.fileStem,
  }
}

/** The key and the report options of these inputs, made at `date` with this logo: the same for the worker and the click. */
function requestFor(snap: Snapshot, logo: LogoImage | undefined, date: Date): PrebuildRequest {
  const { answers, businessName, branding, previous, language } = snap
  const options: PlainReportOptions = { branding, date, businessName, ...(previous === null ? {} : { previous }), ...(logo === undefined ? {} : { logo }) }
  return { key: reportKey({ bankVersion: snap.bank.version, language, answers, businessName, branding, previous, logo, date }), language, answers, options }
}

const defaultWorker = typeof Worker === 'function' ? createReportWorker : null

/**
 * How long a click waits for the worker's build before building on the main thread instead.
 * Measured: the worker's first build takes 0.3–0.45 s on this 2-core machine once jsPDF is loaded,
 * and its script (141 KiB gzip) needs about 1 s on slow 4G; 8 s covers a slow phone, and a worker
 * that never answers costs the owner no more than that.
 */
const CLICK_WAIT_MS = 8000

export function useReportDownload(source: () => ReportSource, deps: ReportDownloadDeps = {}): ReportDownload {
  const { buildOnMain = reportPdf, save = saveReport, words = loadMessages, logo: logoOf = logoFor, now = () => new Date(), whenIdle: idle = (run) => whenIdle(run) } = deps
  const createWorker = deps.createWorker === undefined ? defaultWorker : deps.createWorker
  const downloading = ref(false)
  const failed = ref(false)
  const ready = computed(() => source().bank !== null)

  /** The key of the inputs as last prepared in the background; null while they have changed since. */
  const currentKey = ref<string | null>(null)
  const heldKey = ref<string | null>(null)
  const prebuilder = createWorker === null ? null : new ReportPrebuilder(createWorker, () => (heldKey.value = prebuilder?.heldKey ?? null))
  const prebuilt = computed(() => heldKey.value !== null && heldKey.value === currentKey.value)
  // The main thread's copy of jsPDF (for a click the worker's bytes do not fit) loads only once the
  // worker has delivered, or at once without a worker: on a slow line the two never compete.
  const preload = deps.preload ?? preloadReport
  if (prebuilder === null || !prebuilder.available) preload()
  else {
    prebuilder.warm()
    const stop = watch(heldKey, (key) => {
      if (key === null) return
      stop()
      preload()
    })
  }

  let cancel: (() => void) | null = null
  let generation = 0
  /** The first report is asked for as soon as the results show: the worker builds it off the main thread (only a copy of the inputs is made here). */
  let first = true
  function schedule(snap: Snapshot | null): void {
    cancel?.()
    cancel = null
    currentKey.value = null
    generation += 1
    if (snap === null || prebuilder === null || !prebuilder.available) return
    const mine = generation
    if (first) {
      first = false
      void prebuild(prebuilder, snap, mine)
      return
    }
    // Later changes (typing the business name) are built once the owner pauses.
    cancel = idle(() => {
      cancel = null
      void prebuild(prebuilder, snap, mine)
    })
  }
  async function prebuild(builder: ReportPrebuilder, snap: Snapshot, mine: number): Promise<void> {
    const logo = await logoOf(snap.branding.logo).catch(() => undefined)
    if (mine !== generation) return // the inputs changed while the logo loaded
    const request = requestFor(snap, logo, now())
    currentKey.value = request.key
    builder.prepare(snap.bank, request)
  }
  watch(() => snapshotOf(source()), schedule, { immediate: true })
  onScopeDispose(() => {
    cancel?.()
    prebuilder?.dispose()
  })

  async function download(): Promise<boolean> {
    const snap = snapshotOf(source())
    if (snap === null || downloading.value) return false
    downloading.value = true
    failed.value = false
    try {
      const date = now()
      const request = requestFor(snap, await logoOf(snap.branding.logo), date)
      // Held bytes for exactly these inputs, or the worker's build of them (asked now if the owner
      // clicked before the background build started): the main thread builds only without one.
      let bytes = prebuilder?.bytesFor(request.key) ?? null
      if (bytes === null && prebuilder !== null && prebuilder.available) {
        prebuilder.prepare(snap.bank, request)
        bytes = await prebuilder.whenBuilt(request.key, deps.clickWaitMs ?? CLICK_WAIT_MS)
      }
      bytes ??= await buildOnMain(reportInputFor(snap.bank, request.answers, { ...request.options, messages: await words(request.language) }))
      save(bytes, date, snap.businessName, snap.fileStem)
      return true
    } catch {
      failed.value = true
      return false
    } finally {
      downloading.value = false
    }
  }

  return { ready, downloading, failed, prebuilt, download }
}
