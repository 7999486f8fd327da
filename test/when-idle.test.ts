import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from '../src/when-idle.ts'

/** A window as far as `whenIdle` uses it: events, and idle callbacks that run when `idle()` is called. */
function fakeWindow(withIdleCallback = true) {
  const target = new EventTarget()
  const idleRuns = new Map<number, () => void>()
  let next = 1
  const win = Object.assign(target, {
    requestIdleCallback: withIdleCallback
      ? (run: () => void, options: { timeout: number }) => {
          expect(options.timeout).toBe(2000)
          idleRuns.set(next, run)
          return next++
        }
      : undefined,
    cancelIdleCallback: (id: number) => idleRuns.delete(id),
  })
  const idle = (): void => {
    const runs = [...idleRuns.values()]
    idleRuns.clear()
    runs.forEach((run) => run())
  }
  return { win: win as unknown as Window, idle, pendingIdle: () => idleRuns.size }
}

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs after a quiet second, in the next idle period', () => {
    const { win, idle, pendingIdle } = fakeWindow()
    const run = vi.fn()
    whenIdle(run, 1000, 2000, win)
    vi.advanceTimersByTime(999)
    expect(pendingIdle()).toBe(0)
    vi.advanceTimersByTime(1)
    expect(run).not.toHaveBeenCalled()
    idle()
    expect(run).toHaveBeenCalledOnce()
  })

  it('waits again after each key, pointer, wheel, touch or scroll', () => {
    const { win, idle } = fakeWindow()
    const run = vi.fn()
    whenIdle(run, 1000, 2000, win)
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll']) {
      vi.advanceTimersByTime(900)
      win.dispatchEvent(new Event(type))
    }
    vi.advanceTimersByTime(999)
    idle()
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    idle()
    expect(run).toHaveBeenCalledOnce()
    // Once it has fired, input no longer matters.
    win.dispatchEvent(new Event('keydown'))
    vi.advanceTimersByTime(5000)
    idle()
    expect(run).toHaveBeenCalledOnce()
  })

  it('cancels before and after the quiet second', () => {
    const early = fakeWindow()
    const run = vi.fn()
    whenIdle(run, 1000, 2000, early.win)()
    vi.advanceTimersByTime(5000)
    early.idle()
    const late = fakeWindow()
    const cancel = whenIdle(run, 1000, 2000, late.win)
    vi.advanceTimersByTime(1000)
    cancel()
    late.idle()
    expect(run).not.toHaveBeenCalled()
  })

  it('uses a timer where there is no requestIdleCallback', () => {
    const { win } = fakeWindow(false)
    const run = vi.fn()
    whenIdle(run, 1000, 2000, win)
    vi.advanceTimersByTime(999)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()
  })
})
