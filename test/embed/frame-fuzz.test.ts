/**
 * @vitest-environment happy-dom
 * @vitest-environment-options { "url": "https://assess.example/" }
 */
/**
 * The app-side message handler (src/embed/frame.ts), fuzzed as if embedded: before the handshake,
 * nothing but a valid hello from the parent window starts talking to the host; after it, nothing
 * at all changes where the app talks to. It never throws and never posts to anyone else.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'

const HOST = 'https://www.msp.example'
const RUNS = 1500
const parent = { name: 'host page', postMessage: vi.fn() }
const stranger = { name: 'another window', postMessage: vi.fn() }
let frame: typeof import('../../src/embed/frame.ts')

beforeAll(async () => {
  Object.defineProperty(window, 'parent', { value: parent, configurable: true })
  frame = await import('../../src/embed/frame.ts')
  frame.startFrame()
  // No `embedOrigins` in the branding: any http(s) parent may be the host.
  frame.setEmbedOrigins(null)
})

const post = (origin: string, source: unknown, data: unknown): void => {
  window.dispatchEvent(new MessageEvent('message', { origin, source: source as Window | null, data }))
}
const hello = { ns: 'cyber-readiness', v: 1, type: 'hello' }
const anyOrigin = fc.oneof(fc.constantFrom(HOST, 'https://evil.example', 'null', '', 'file://', 'http://x', 'https://a.example/path', 'javascript:x'), fc.webUrl(), fc.string())
const anySource = fc.constantFrom(parent, stranger, null, window, {})
const nearHello = fc.record(
  { ns: fc.oneof(fc.constant('cyber-readiness'), fc.anything()), v: fc.oneof(fc.constant(1), fc.anything()), type: fc.oneof(fc.constantFrom('hello', 'ready', 'height'), fc.anything()), branding: fc.anything() },
  { requiredKeys: [] },
)
const anyData = fc.oneof(fc.anything(), fc.jsonValue(), nearHello)
const isHello = (data: unknown): boolean => typeof data === 'object' && data !== null && (data as Record<string, unknown>).ns === 'cyber-readiness' && (data as Record<string, unknown>).v === 1 && (data as Record<string, unknown>).type === 'hello'

describe('the app-side message handler', () => {
  it('runs embedded: marks the page and queues lifecycle events until a host says hello', () => {
    expect(frame.isEmbedded()).toBe(true)
    expect(document.documentElement.classList.contains('embedded')).toBe(true)
    frame.notifyHost({ type: 'ready' })
    expect(parent.postMessage).not.toHaveBeenCalled()
  })

  it(`ignores anything but a valid hello from its parent before the handshake (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyOrigin, anySource, anyData, (origin, source, data) => {
        fc.pre(!(source === parent && isHello(data) && /^https?:\/\/[^/]+$/.test(origin)))
        expect(() => post(origin, source, data)).not.toThrow()
        expect(parent.postMessage).not.toHaveBeenCalled()
        expect(stranger.postMessage).not.toHaveBeenCalled()
      }),
      { numRuns: RUNS },
    )
  })

  it('a valid hello from the parent starts the conversation with that origin only, queued events first', () => {
    post(HOST, parent, hello)
    const calls = parent.postMessage.mock.calls
    expect(calls.map((c) => c[1])).toEqual([HOST, HOST])
    expect(calls.map((c) => (c[0] as { type: string }).type)).toEqual(['height', 'ready'])
  })

  it(`never changes whom it talks to after the handshake, whatever arrives (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyOrigin, anySource, fc.oneof(anyData, fc.constant(hello)), (origin, source, data) => {
        const before = parent.postMessage.mock.calls.length
        expect(() => post(origin, source, data)).not.toThrow()
        expect(parent.postMessage.mock.calls.length).toBe(before)
        frame.notifyHost({ type: 'started' })
        expect(parent.postMessage.mock.lastCall?.[1]).toBe(HOST)
        expect(stranger.postMessage).not.toHaveBeenCalled()
      }),
      { numRuns: RUNS },
    )
  })
})
