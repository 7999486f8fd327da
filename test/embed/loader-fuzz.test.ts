/**
 * @vitest-environment happy-dom
 * @vitest-environment-options { "url": "https://www.msp.example/", "settings": { "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true, "enableIframePageLoading": true } }
 */
/**
 * The host-side message handler of embed.js (src/embed/loader.ts), fuzzed on a page with two
 * placeholders: whatever arrives, it never throws, never changes anything for a message that is
 * not a valid one from one of its frames, and never sets a height outside the placeholder's bounds.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { keepFrameAddresses } from '../support/frame-address.ts'

const APP = 'https://assess.example'
const RUNS = 1500
const frameA = { name: 'frame A', postMessage: vi.fn() }
const frameB = { name: 'frame B', postMessage: vi.fn() }
const stranger = { name: 'another window', postMessage: vi.fn() }
const events: string[] = []
let iframes: HTMLIFrameElement[] = []
const TYPES = ['height', 'ready', 'started', 'section-completed', 'completed', 'report-downloaded', 'cta-clicked', 'hello', 'answers']

beforeAll(async () => {
  document.body.innerHTML = `
    <div id="a" data-cyber-readiness data-min-height="600" data-max-height="4000"></div>
    <div id="b" data-cyber-readiness></div>
    <script src="${APP}/embed.js"></script>`
  keepFrameAddresses()
  await import('../../src/embed/loader.ts')
  iframes = [...document.querySelectorAll('iframe')]
  iframes.forEach((f, i) => Object.defineProperty(f, 'contentWindow', { value: i === 0 ? frameA : frameB }))
  for (const type of TYPES) document.addEventListener(`cyber-readiness:${type}`, (e) => events.push(`${(e.target as HTMLElement).id}:${e.type}`))
})

const heights = (): string[] => iframes.map((f) => f.style.height)
const post = (origin: string, source: unknown, data: unknown): void => {
  window.dispatchEvent(new MessageEvent('message', { origin, source: source as Window | null, data }))
}
const px = (value: string): number => Number(/^(\d+)px$/.exec(value)?.[1] ?? Number.NaN)

const anyOrigin = fc.oneof(fc.constantFrom(APP, `${APP}:443`, 'https://www.msp.example', 'https://evil.example', 'null', '', `${APP}/`, 'http://assess.example'), fc.webUrl(), fc.string())
const anySource = fc.constantFrom(frameA, frameB, stranger, null, window, {})
/** Messages shaped like ours, with every field possibly wrong. */
const nearMiss = fc.record(
  {
    ns: fc.oneof(fc.constant('cyber-readiness'), fc.anything()),
    v: fc.oneof(fc.constant(1), fc.anything()),
    type: fc.oneof(fc.constantFrom(...TYPES), fc.anything()),
    height: fc.oneof(fc.double(), fc.integer(), fc.anything()),
    section: fc.oneof(fc.constantFrom('api-exposure', '<b>x</b>', ''), fc.anything()),
    score: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double(), fc.anything()),
    tier: fc.oneof(fc.constantFrom('At risk', null, 'a\nb'), fc.anything()),
    action: fc.oneof(fc.constantFrom('book', 'email', 'call'), fc.anything()),
  },
  { requiredKeys: [] },
)
const anyData = fc.oneof(fc.anything(), fc.jsonValue(), nearMiss)

describe('embed.js message handler', () => {
  it('starts both frames at their minimum height, pointing at the app', () => {
    expect(heights()).toEqual(['600px', '480px'])
    expect(iframes.map((f) => f.dataset.src)).toEqual([`${APP}/`, `${APP}/`])
  })

  it(`ignores anything from another origin or window (${RUNS} runs): no throw, no event, no resize`, () => {
    fc.assert(
      fc.property(anyOrigin, anySource, anyData, (origin, source, data) => {
        fc.pre(!(origin === APP && (source === frameA || source === frameB)))
        const before = [heights(), events.length]
        expect(() => post(origin, source, data)).not.toThrow()
        expect([heights(), events.length]).toEqual(before)
      }),
      { numRuns: RUNS },
    )
  })

  it(`keeps every height from its own frames within that frame's bounds, as whole pixels (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), anyData, fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-1, 0, 1e6, 1e6 + 1, Number.NaN, Infinity, -Infinity, 4000.0001)), (which, data, height) => {
        const source = which === 0 ? frameA : frameB
        const [min, max] = which === 0 ? [600, 4000] : [480, 100000]
        const other = heights()[1 - which]
        expect(() => post(APP, source, data)).not.toThrow()
        expect(() => post(APP, source, { ns: 'cyber-readiness', v: 1, type: 'height', height })).not.toThrow()
        const now = px(heights()[which] ?? '')
        expect(Number.isInteger(now)).toBe(true)
        expect(now).toBeGreaterThanOrEqual(min)
        expect(now).toBeLessThanOrEqual(max)
        expect(heights()[1 - which]).toBe(other)
      }),
      { numRuns: RUNS },
    )
  })

  it('does resize and re-dispatch for valid messages (so the checks above can fail)', () => {
    post(APP, frameA, { ns: 'cyber-readiness', v: 1, type: 'height', height: 1234.2 })
    post(APP, frameB, { ns: 'cyber-readiness', v: 1, type: 'height', height: 200000 })
    expect(heights()).toEqual(['1235px', '100000px'])
    const before = events.length
    post(APP, frameB, { ns: 'cyber-readiness', v: 1, type: 'started' })
    expect(events.slice(before)).toEqual(['b:cyber-readiness:started'])
  })
})
