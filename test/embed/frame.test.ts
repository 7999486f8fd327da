import { describe, expect, it } from 'vitest'
import { helloOrigin } from '../../src/embed/frame.ts'

describe('helloOrigin (the app accepts its host)', () => {
  const parent = { name: 'parent' }
  const hello = { ns: 'cyber-readiness', v: 1, type: 'hello' }
  const host = 'https://www.msp.example'

  it("learns the host's origin from a hello sent by the parent window", () => {
    expect(helloOrigin({ origin: host, source: parent, data: hello }, parent, null)).toBe(host)
    expect(helloOrigin({ origin: 'http://127.0.0.1:4174', source: parent, data: hello }, parent, 'http://127.0.0.1:4174')).toBe('http://127.0.0.1:4174')
  })

  it('ignores a hello from any window but the parent (a sibling frame, a popup, itself)', () => {
    expect(helloOrigin({ origin: host, source: { name: 'sibling' }, data: hello }, parent, null)).toBeNull()
    expect(helloOrigin({ origin: host, source: null, data: hello }, parent, null)).toBeNull()
  })

  it('ignores a parent whose origin differs from the one the browser reports as embedding the app', () => {
    expect(helloOrigin({ origin: 'https://evil.example', source: parent, data: hello }, parent, host)).toBeNull()
  })

  it('ignores opaque or non-web origins and anything that is not a versioned hello', () => {
    expect(helloOrigin({ origin: 'null', source: parent, data: hello }, parent, null)).toBeNull()
    expect(helloOrigin({ origin: 'file://', source: parent, data: hello }, parent, null)).toBeNull()
    expect(helloOrigin({ origin: host, source: parent, data: { ...hello, v: 2 } }, parent, null)).toBeNull()
    expect(helloOrigin({ origin: host, source: parent, data: { ns: 'cyber-readiness', v: 1, type: 'ready' } }, parent, null)).toBeNull()
  })
})
