/**
 * @vitest-environment happy-dom
 * @vitest-environment-options { "url": "https://assess.example/" }
 */
/**
 * branding.json's `embedOrigins` in the app's frame: a hello is answered only from a listed origin,
 * also when it arrived before the branding had loaded; heights go out in coarse steps only.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { coarseHeight, embedAllowed, framedSameOrigin, framingOrigin, HEIGHT_STEP, SAME_ORIGIN_WARNING } from '../../src/embed/frame.ts'

const HOST = 'https://www.msp.example'
const parent = { name: 'host page', postMessage: vi.fn() }
const hello = { ns: 'cyber-readiness', v: 1, type: 'hello' }
let frame: typeof import('../../src/embed/frame.ts')

beforeAll(async () => {
  Object.defineProperty(window, 'parent', { value: parent, configurable: true })
  frame = await import('../../src/embed/frame.ts')
  frame.startFrame()
})

/** Esc pressed in the app; `used`: a handler of the app's took it (preventDefault). */
const escape = (used = false): void => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })
  if (used) document.body.addEventListener('keydown', (e) => e.preventDefault(), { once: true })
  document.body.dispatchEvent(event)
}
const post = (origin: string): void => {
  window.dispatchEvent(new MessageEvent('message', { origin, source: parent as unknown as Window, data: hello }))
}

describe('embedOrigins in the frame', () => {
  it('answers no hello before the branding has said who may embed the app, nor one from an origin not on the list', () => {
    post('https://evil.example')
    expect(parent.postMessage).not.toHaveBeenCalled()
    frame.setEmbedOrigins([HOST, 'http://localhost:8080'])
    expect(parent.postMessage).not.toHaveBeenCalled()
    post('https://evil.example')
    post('https://www.msp.example:444')
    escape()
    expect(parent.postMessage).not.toHaveBeenCalled()
  })

  it('answers a hello from a listed origin, with a coarse height', () => {
    post(HOST)
    const calls = parent.postMessage.mock.calls
    expect(calls.map((c) => c[1])).toEqual([HOST])
    const first = calls[0]?.[0] as { type: string; height: number }
    expect(first.type).toBe('height')
    expect(first.height % HEIGHT_STEP).toBe(0)
  })

  it('tells the host of an Esc the app did not use, and of nothing else (a popup closes on it)', () => {
    parent.postMessage.mockClear()
    escape()
    expect(parent.postMessage.mock.calls).toEqual([[{ ns: 'cyber-readiness', v: 1, type: 'escape' }, HOST]])
    parent.postMessage.mockClear()
    escape(true)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(parent.postMessage).not.toHaveBeenCalled()
  })
})

describe('the rules', () => {
  it('allows any origin without a list, a listed one with a list, and an origin the browser does not report', () => {
    expect(embedAllowed('https://evil.example', null)).toBe(true)
    expect(embedAllowed(HOST, [HOST])).toBe(true)
    expect(embedAllowed('https://evil.example', [HOST])).toBe(false)
    expect(embedAllowed(null, [HOST])).toBe(true)
  })

  it('takes the framing origin from ancestorOrigins, else from the referrer', () => {
    expect(framingOrigin(HOST, 'https://other.example/page')).toBe(HOST)
    expect(framingOrigin(null, 'https://other.example/page?x=1')).toBe('https://other.example')
    expect(framingOrigin(null, '')).toBeNull()
    expect(framingOrigin(null, 'not a url')).toBeNull()
  })

  it('rounds every height up to a multiple of the step, never below the content or more than one step above (2000 runs)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (h) => {
        const c = coarseHeight(h)
        expect(c % HEIGHT_STEP).toBe(0)
        expect(c).toBeGreaterThanOrEqual(h)
        expect(c - h).toBeLessThanOrEqual(HEIGHT_STEP)
      }),
      { numRuns: 2000 },
    )
    // Heights that differ by a few pixels (one more line of text) look the same to the host.
    expect(coarseHeight(1201)).toBe(coarseHeight(1249))
  })
})

describe('a same-origin parent', () => {
  const self = (parent: unknown) => {
    const win = { parent, location: { origin: 'https://www.msp.example' } }
    return parent === 'self' ? Object.assign(win, { parent: win }) : win
  }
  it('is recognised (the answers would be shared with the whole site); a cross-origin or opaque parent, or none, is not', () => {
    expect(framedSameOrigin(self({ location: { origin: 'https://www.msp.example' } }))).toBe(true)
    expect(framedSameOrigin(self({ location: { origin: 'https://other.example' } }))).toBe(false)
    expect(framedSameOrigin(self({ location: { origin: 'null' } }))).toBe(false)
    const crossOrigin = { get location(): never { throw new DOMException('Blocked a frame', 'SecurityError') } }
    expect(framedSameOrigin(self(crossOrigin))).toBe(false)
    expect(framedSameOrigin(self('self'))).toBe(false)
    expect(SAME_ORIGIN_WARNING.startsWith('cyber-readiness:')).toBe(true)
  })
})
