import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_HEIGHT, DEFAULT_MIN_HEIGHT, DEFAULT_TITLE, acceptMessage, clampHeight, embedOptions, frameUrl } from '../../src/embed/host.ts'

describe('embedOptions', () => {
  it('reads the data attributes', () => {
    expect(embedOptions({ minHeight: '600', maxHeight: '4000', source: 'homepage', title: 'Our check' })).toEqual({ min: 600, max: 4000, source: 'homepage', title: 'Our check' })
  })

  it('uses the defaults for missing or bad values, and never lets max fall below min', () => {
    expect(embedOptions({})).toEqual({ min: DEFAULT_MIN_HEIGHT, max: DEFAULT_MAX_HEIGHT, source: null, title: DEFAULT_TITLE })
    expect(embedOptions({ minHeight: '-5', maxHeight: '1e9', title: '  ' })).toEqual({ min: DEFAULT_MIN_HEIGHT, max: DEFAULT_MAX_HEIGHT, source: null, title: DEFAULT_TITLE })
    expect(embedOptions({ minHeight: '900', maxHeight: '700' })).toMatchObject({ min: 900, max: 900 })
  })

  it.each(['', 'has space', 'a&b=c', 'x'.repeat(41), '<script>', 'ünïcode'])('ignores the source label %j', (source) => {
    expect(embedOptions({ source }).source).toBeNull()
  })
})

describe('frameUrl', () => {
  it('points at the folder embed.js was loaded from, with the validated source', () => {
    expect(frameUrl('https://assess.example.com/tools/embed.js', 'homepage')).toBe('https://assess.example.com/tools/?source=homepage')
    expect(frameUrl('https://assess.example.com/embed.js?v=2#x', null)).toBe('https://assess.example.com/')
  })
})

describe('clampHeight', () => {
  it('rounds up and clamps', () => {
    expect(clampHeight(812.01, 600, 4000)).toBe(813)
    expect(clampHeight(100, 600, 4000)).toBe(600)
    expect(clampHeight(9000, 600, 4000)).toBe(4000)
  })
})

describe('acceptMessage', () => {
  const appOrigin = 'https://assess.example.com'
  const windowA = { name: 'a' }
  const windowB = { name: 'b' }
  const embeds = [{ id: 'a', frame: { contentWindow: windowA } }, { id: 'b', frame: { contentWindow: windowB } }]
  const data = { ns: 'cyber-readiness', v: 1, type: 'started' }

  it('routes a valid message from one of our frames to that frame', () => {
    expect(acceptMessage({ origin: appOrigin, source: windowB, data }, appOrigin, embeds)).toEqual({ embed: embeds[1], payload: { type: 'started' } })
  })

  it('ignores another origin, another window, a null source and invalid data', () => {
    expect(acceptMessage({ origin: 'https://evil.example', source: windowA, data }, appOrigin, embeds)).toBeUndefined()
    expect(acceptMessage({ origin: 'https://assess.example.com:8443', source: windowA, data }, appOrigin, embeds)).toBeUndefined()
    expect(acceptMessage({ origin: appOrigin, source: { name: 'forged' }, data }, appOrigin, embeds)).toBeUndefined()
    expect(acceptMessage({ origin: appOrigin, source: null, data }, appOrigin, [{ frame: { contentWindow: null } }])).toBeUndefined()
    expect(acceptMessage({ origin: appOrigin, source: windowA, data: { ...data, v: 2 } }, appOrigin, embeds)).toBeUndefined()
  })
})
