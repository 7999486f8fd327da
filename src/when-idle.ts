/**
 * Runs background work once the owner has left the page alone for a moment: no key, pointer, wheel,
 * touch or scroll for `quietMs`, then in the browser's next idle period (`requestIdleCallback`, at
 * most `idleTimeoutMs` later; a plain timer where it does not exist, as in older Safari).
 */

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const

/** Schedules `run`; returns a function that cancels it (safe to call after it ran). */
export function whenIdle(run: () => void, quietMs = 1000, idleTimeoutMs = 2000, target: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let idle: number | undefined
  const stopListening = (): void => INPUT_EVENTS.forEach((type) => target.removeEventListener(type, restart, { capture: true }))
  const fire = (): void => {
    stopListening()
    if (typeof target.requestIdleCallback === 'function') idle = target.requestIdleCallback(run, { timeout: idleTimeoutMs })
    else timer = setTimeout(run, 0)
  }
  function restart(): void {
    clearTimeout(timer)
    timer = setTimeout(fire, quietMs)
  }
  INPUT_EVENTS.forEach((type) => target.addEventListener(type, restart, { capture: true, passive: true }))
  restart()
  return () => {
    stopListening()
    clearTimeout(timer)
    if (idle !== undefined) target.cancelIdleCallback(idle)
  }
}
