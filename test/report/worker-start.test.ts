/**
 * The report worker started early: the results page takes the one started at idle instead of
 * making a second; none is started once a worker was made; one that failed to load is not handed
 * over; and a browser without workers (or one refusing them) only goes without.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

class FakeWorker {
  static made: FakeWorker[] = []
  static refuse = false
  onerror: ((event: unknown) => void) | null = null
  terminated = false
  constructor(
    readonly url: string,
    readonly options: { type: string; name: string },
  ) {
    if (FakeWorker.refuse) throw new Error('refused')
    FakeWorker.made.push(this)
  }
  terminate(): void {
    this.terminated = true
  }
}

/** A fresh copy of the module (its state is one per page). */
async function fresh(): Promise<typeof import('../../src/report/worker-start.ts')> {
  vi.resetModules()
  return import('../../src/report/worker-start.ts')
}

describe('the report worker started early', () => {
  beforeEach(() => {
    FakeWorker.made = []
    FakeWorker.refuse = false
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is the one the results page takes: one worker, a same-origin module', async () => {
    const { startReportWorkerEarly, takeReportWorker } = await fresh()
    startReportWorkerEarly()
    startReportWorkerEarly()
    expect(FakeWorker.made).toHaveLength(1)
    expect(FakeWorker.made[0]?.options).toEqual({ type: 'module', name: 'report' })
    expect(FakeWorker.made[0]?.url).toMatch(/report-worker/)
    expect(takeReportWorker()).toBe(FakeWorker.made[0])
    // Taken once: the next results page (after the first closed its worker) makes its own.
    expect(takeReportWorker()).toBe(FakeWorker.made[1])
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('is not started once the results page has made a worker (results opened straight away)', async () => {
    const { startReportWorkerEarly, takeReportWorker } = await fresh()
    const own = takeReportWorker()
    startReportWorkerEarly()
    expect(FakeWorker.made).toEqual([own])
  })

  it('is not handed over when its script failed to load: it is stopped and a new one made', async () => {
    const { startReportWorkerEarly, takeReportWorker } = await fresh()
    startReportWorkerEarly()
    const early = FakeWorker.made[0]
    early?.onerror?.({})
    const taken = takeReportWorker()
    expect(taken).not.toBe(early)
    expect(early?.terminated).toBe(true)
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('hands over a worker without the early error listener, so the prebuilder\'s own is the only one', async () => {
    const { startReportWorkerEarly, takeReportWorker } = await fresh()
    startReportWorkerEarly()
    expect(FakeWorker.made[0]?.onerror).not.toBeNull()
    expect((takeReportWorker() as unknown as FakeWorker).onerror).toBeNull()
  })

  it('goes without, never throwing, where workers are refused or missing', async () => {
    FakeWorker.refuse = true
    const { startReportWorkerEarly, takeReportWorker } = await fresh()
    expect(() => startReportWorkerEarly()).not.toThrow()
    expect(() => takeReportWorker()).toThrow('refused')
    vi.stubGlobal('Worker', undefined)
    const again = await fresh()
    expect(() => again.startReportWorkerEarly()).not.toThrow()
  })
})
