/** The message validators under random input: they never throw, and what they let through is only known, bounded fields. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAppMessage, parseHostMessage } from '../../src/embed/protocol.ts'

const FIELDS: Record<string, readonly string[]> = {
  height: ['type', 'height'],
  ready: ['type'],
  started: ['type'],
  'report-downloaded': ['type'],
  'section-completed': ['type', 'section'],
  completed: ['type', 'score', 'tier'],
  'cta-clicked': ['type', 'action'],
}
const shaped = fc.record(
  {
    ns: fc.oneof(fc.constant('cyber-readiness'), fc.anything()),
    v: fc.oneof(fc.constant(1), fc.anything()),
    type: fc.oneof(fc.constantFrom(...Object.keys(FIELDS), 'hello'), fc.anything()),
    height: fc.oneof(fc.double(), fc.anything()),
    section: fc.oneof(fc.stringMatching(/^[a-z-]{1,70}$/), fc.anything()),
    score: fc.oneof(fc.integer({ min: -10, max: 110 }), fc.anything()),
    tier: fc.oneof(fc.string(), fc.constant(null)),
    action: fc.oneof(fc.constantFrom('book', 'email'), fc.anything()),
    answers: fc.anything(),
  },
  { requiredKeys: [] },
)

describe('protocol validators', () => {
  it('parseAppMessage never throws and passes only known fields with sane values (3000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), (data) => {
        const payload = parseAppMessage(data)
        if (payload === null) return
        expect(Object.keys(payload).sort()).toEqual([...(FIELDS[payload.type] ?? ['?'])].sort())
        if (payload.type === 'height') expect(payload.height >= 0 && payload.height <= 1e6).toBe(true)
        if (payload.type === 'completed' && payload.score !== null) expect(Number.isInteger(payload.score) && payload.score >= 0 && payload.score <= 100).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('parseHostMessage never throws and yields nothing but a bare hello (3000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), (data) => {
        const payload = parseHostMessage(data)
        expect(payload === null || JSON.stringify(payload) === '{"type":"hello"}').toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
})
