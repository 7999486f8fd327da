/**
 * The report built ahead of the click, in a Web Worker: `ReportPrebuilder` sends the worker what
 * to build, keeps the bytes of the newest report asked for, with its key (`report-key.ts`), and
 * gives them back only for that key. A worker that cannot be made or fails (an old browser, a
 * policy that forbids it, a script that did not load) is given up for the page: the click then
 * builds on the main thread, as it would without any of this. No Vue, no jsPDF here.
 */
import type { Bank } from '../core/bank/types.ts'
import type { Answers } from '../core/answers.ts'
import type { PlainReportOptions } from './input.ts'
import type { Language } from '../i18n/languages.ts'
import type { FromWorker, ToWorker } from './worker-protocol.ts'
import { takeReportWorker } from './worker-start.ts'

/** What the prebuilder needs of a worker (a real `Worker`, or a fake in tests). */
export interface WorkerLike {
  postMessage: (message: ToWorker) => void
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
  terminate: () => void
}

/** The report worker, as a module worker Vite emits as a file of its own (same origin, no blob: URL): the one started early when there is one (`worker-start.ts`). */
export function createReportWorker(): WorkerLike {
  return takeReportWorker()
}

/** One report to build: its key, its language, and what `reportInputFor` needs besides the bank and the words, as plain data. */
export interface PrebuildRequest {
  readonly key: string
  readonly language: Language
  readonly answers: Answers
  readonly options: PlainReportOptions
}

export class ReportPrebuilder {
  private worker: WorkerLike | null = null
  private broken = false
  private bankSent: Bank | null = null
  private nextId = 1
  /** The newest build asked for and not answered yet: a reply to an older one is ignored. */
  private asked: { readonly id: number; readonly key: string } | null = null
  private held: { readonly key: string; readonly bytes: ArrayBuffer } | null = null
  private failedKey: string | null = null
  /** Clicks waiting for a build in flight: told when its bytes arrive, it fails, or the worker is given up. */
  private waiting: { readonly key: string; readonly done: (bytes: ArrayBuffer | null) => void }[] = []

  /**
   * `createWorker` makes the worker on the first request (a throw counts as unavailable);
   * `onChange` is told whenever the bytes held change or the worker is given up.
   */
  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly onChange: () => void = () => undefined,
  ) {}

  /** False once the worker could not be made or failed: nothing more is sent to it. */
  get available(): boolean {
    return !this.broken
  }

  /** The key of the bytes held, or null. */
  get heldKey(): string | null {
    return this.held?.key ?? null
  }

  /** The bytes built for exactly this key, or null (none yet, a build for other inputs, or none possible). */
  bytesFor(key: string): ArrayBuffer | null {
    return this.held !== null && this.held.key === key ? this.held.bytes : null
  }

  /**
   * Asks the worker to build this report, unless its bytes are held, it is being built, it failed
   * there before, or the worker is unavailable. Never throws; returns whether a build was asked for.
   */
  prepare(bank: Bank, request: PrebuildRequest): boolean {
    const { key } = request
    if (this.broken || this.held?.key === key || this.asked?.key === key || this.failedKey === key) return false
    const worker = this.ensureWorker()
    if (worker === null) return false
    try {
      if (this.bankSent !== bank) {
        worker.postMessage({ type: 'bank', bank })
        this.bankSent = bank
      }
      const id = this.nextId++
      this.asked = { id, key }
      worker.postMessage({ type: 'build', id, key, language: request.language, answers: request.answers, options: request.options })
      return true
    } catch {
      // A value that cannot be cloned (DataCloneError) or a worker already gone.
      this.giveUp()
      return false
    }
  }

  /**
   * Starts the worker now (its script, jsPDF included, loads off the main thread) so that a build
   * asked for later, or a click, does not wait for it. Never throws.
   */
  warm(): void {
    if (!this.broken) this.ensureWorker()
  }

  /**
   * The bytes for `key` once the worker has built them: at once when held, after the build in
   * flight, or null when there is none for this key, it fails, the worker is given up, or
   * `timeoutMs` passes (the click then builds on the main thread).
   */
  whenBuilt(key: string, timeoutMs: number): Promise<ArrayBuffer | null> {
    const held = this.bytesFor(key)
    if (held !== null) return Promise.resolve(held)
    if (this.broken || this.asked?.key !== key) return Promise.resolve(null)
    return new Promise((resolve) => {
      const entry = {
        key,
        done: (bytes: ArrayBuffer | null): void => {
          clearTimeout(timer)
          this.waiting = this.waiting.filter((w) => w !== entry)
          resolve(bytes)
        },
      }
      const timer = setTimeout(() => entry.done(null), timeoutMs)
      this.waiting.push(entry)
    })
  }

  /** Tells every waiting click what it gets now. */
  private settle(): void {
    for (const w of [...this.waiting]) {
      const bytes = this.bytesFor(w.key)
      if (bytes !== null) w.done(bytes)
      else if (this.broken || this.asked?.key !== w.key) w.done(null)
    }
  }

  /** Stops the worker and drops the bytes (when the results page closes). */
  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.broken = true
    this.held = null
    this.asked = null
    this.settle()
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker !== null) return this.worker
    try {
      const worker = this.createWorker()
      worker.onmessage = (event) => this.receive(event.data)
      worker.onerror = () => this.giveUp()
      worker.onmessageerror = () => this.giveUp()
      this.worker = worker
      return worker
    } catch {
      this.giveUp()
      return null
    }
  }

  private receive(reply: FromWorker): void {
    if (this.asked === null || reply.id !== this.asked.id || reply.key !== this.asked.key) return
    this.asked = null
    if (reply.type === 'built') this.held = { key: reply.key, bytes: reply.bytes }
    // A report the worker could not build is not asked for again; the click builds it on the main thread.
    else this.failedKey = reply.key
    this.onChange()
    this.settle()
  }

  private giveUp(): void {
    this.worker?.terminate()
    this.worker = null
    this.broken = true
    this.asked = null
    this.onChange()
    this.settle()
  }
}
