import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonErrorOffset } from '../../src/core/json-error.ts'

const parses = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Valid JSON with one character inserted, removed or replaced somewhere. */
const damaged = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('insert', 'remove', 'replace'), fc.constantFrom(',', ']', '}', '"', ':', 'x', '/', '\n', '1', '{'))
  .map(([json, at, how, ch]) => {
    const i = json.length === 0 ? 0 : at % json.length
    return how === 'insert' ? json.slice(0, i) + ch + json.slice(i) : how === 'remove' ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + ch + json.slice(i + 1)
  })

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": [1,]}', 9],
    ['{"a": 1', 7],
    ['', 0],
    ['// note\n{}', 0],
    ['{"a": 1} x', 9],
    ['{"a": tru}', 9],
    ['{"a": "line\nbreak"}', 11],
    ["{'a': 1}", 1],
  ])('finds where %j goes wrong (%i)', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset)
  })

  it('agrees with JSON.parse on what is valid, for any text and for damaged JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), damaged), (text) => {
        const offset = jsonErrorOffset(text)
        expect(offset === null).toBe(parses(text))
        if (offset !== null) {
          expect(offset).toBeGreaterThanOrEqual(0)
          expect(offset).toBeLessThanOrEqual(text.length)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('matches the position V8 reports, where it reports one', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        let reported: string | undefined
        try {
          JSON.parse(text)
        } catch (error) {
          reported = /position (\d+)/.exec((error as Error).message)?.[1]
        }
        if (reported !== undefined) expect(jsonErrorOffset(text)).toBe(Number(reported))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('a bad \\u escape', () => {
  it.each(['["\\u  "]', '["\\u12G4"]', '["\\uZ"]', '["\\u"]'])('%s: at the first character that is not a hex digit, as V8 says', (text) => {
    let reported: string | undefined
    try {
      JSON.parse(text)
    } catch (error) {
      reported = /position (\d+)/.exec((error as Error).message)?.[1]
    }
    expect(reported).toBeDefined()
    expect(jsonErrorOffset(text)).toBe(Number(reported))
  })
})
