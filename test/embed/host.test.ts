import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_BUTTON_LABEL, DEFAULT_MAX_HEIGHT, DEFAULT_MIN_HEIGHT, DEFAULT_TITLE, SPANISH_BUTTON_LABEL, SPANISH_TITLE, acceptMessage, clampHeight, dataLayerEntry, embedOptions, frameUrl } from '../../src/embed/host.ts'

describe('embedOptions', () => {
  it('reads the data attributes', () => {
    expect(embedOptions({ minHeight: '600', maxHeight: '4000', source: 'homepage', title: 'Our check' })).toEqual({ min: 600, max: 4000, source: 'homepage', title: 'Our check', popup: false, label: DEFAULT_BUTTON_LABEL, dataLayer: false, lang: null })
    expect(embedOptions({ mode: 'popup', buttonLabel: ' Check your business ', datalayer: '' })).toMatchObject({ popup: true, label: 'Check your business', dataLayer: true })
    expect(embedOptions({ mode: 'inline', datalayer: 'yes' })).toMatchObject({ popup: false, dataLayer: true })
  })

  it('uses the defaults for missing or bad values, and never lets max fall below min', () => {
    const defaults = { min: DEFAULT_MIN_HEIGHT, max: DEFAULT_MAX_HEIGHT, source: null, title: DEFAULT_TITLE, popup: false, label: DEFAULT_BUTTON_LABEL, dataLayer: false, lang: null }
    expect(embedOptions({})).toEqual(defaults)
    expect(embedOptions({ minHeight: '-5', maxHeight: '1e9', title: '  ', buttonLabel: ' ' })).toEqual(defaults)
    expect(embedOptions({ buttonLabel: 'x'.repeat(200) }).label).toBe('x'.repeat(80))
    expect(embedOptions({ minHeight: '900', maxHeight: '700' })).toMatchObject({ min: 900, max: 900 })
  })

  it.each(['modal', 'Popup', '', 'inline popup'])('shows data-mode=%j inline, with a warning', (mode) => {
    const warn = vi.fn()
    expect(embedOptions({ mode }, warn).popup).toBe(false)
    expect(warn).toHaveBeenCalledWith(`cyber-readiness: data-mode="${mode}" is not "inline" or "popup"; showing the assessment inline.`)
  })

  it('warns of nothing for the two modes or none', () => {
    const warn = vi.fn()
    for (const mode of ['inline', 'popup', undefined]) embedOptions(mode === undefined ? {} : { mode }, warn)
    expect(warn).not.toHaveBeenCalled()
  })

  it.each(['', 'has space', 'a&b=c', 'x'.repeat(41), '<script>', 'ünïcode'])('ignores the source label %j', (source) => {
    expect(embedOptions({ source }).source).toBeNull()
  })

  it('passes data-lang on, lowercased, with a Spanish title and button label unless the page gives its own', () => {
    expect(embedOptions({ lang: 'es' })).toMatchObject({ lang: 'es', title: SPANISH_TITLE, label: SPANISH_BUTTON_LABEL })
    expect(embedOptions({ lang: 'ES-mx' })).toMatchObject({ lang: 'es-mx', title: SPANISH_TITLE })
    expect(embedOptions({ lang: 'es', title: 'Nuestra evaluación', buttonLabel: 'Empiece' })).toMatchObject({ title: 'Nuestra evaluación', label: 'Empiece' })
    expect(embedOptions({ lang: 'en' })).toMatchObject({ lang: 'en', title: DEFAULT_TITLE, label: DEFAULT_BUTTON_LABEL })
  })

  it.each(['', 'spanish', 'e', 'es_MX', 'es-', '"><script>', 'es&x=1', 'ésp'])('ignores data-lang=%j', (lang) => {
    expect(embedOptions({ lang })).toMatchObject({ lang: null, title: DEFAULT_TITLE })
  })
})

describe('frameUrl', () => {
  it('points at the folder embed.js was loaded from, with the validated source', () => {
    expect(frameUrl('https://assess.example.com/tools/embed.js', 'homepage')).toBe('https://assess.example.com/tools/?source=homepage')
    expect(frameUrl('https://assess.example.com/embed.js?v=2#x', null)).toBe('https://assess.example.com/')
  })

  it('adds the language the page asks for (checked again, against branding.json, by the app)', () => {
    expect(frameUrl('https://assess.example.com/embed.js', 'homepage', 'es')).toBe('https://assess.example.com/?source=homepage&lang=es')
    expect(frameUrl('https://assess.example.com/embed.js', null, 'es-mx')).toBe('https://assess.example.com/?lang=es-mx')
  })
})

describe('dataLayerEntry', () => {
  it('names each event cyber_readiness_<type> with underscores (GA4 names) beside the fields of its detail', () => {
    expect(dataLayerEntry({ type: 'ready' })).toEqual({ event: 'cyber_readiness_ready' })
    expect(dataLayerEntry({ type: 'section-completed', section: 'api-exposure' })).toEqual({ event: 'cyber_readiness_section_completed', section: 'api-exposure' })
    expect(dataLayerEntry({ type: 'completed', score: 40, tier: 'At risk' })).toEqual({ event: 'cyber_readiness_completed', score: 40, tier: 'At risk' })
    expect(dataLayerEntry({ type: 'cta-clicked', action: 'email' })).toEqual({ event: 'cyber_readiness_cta_clicked', action: 'email' })
    expect(dataLayerEntry({ type: 'report-downloaded' }).event).toMatch(/^[a-z][a-z_]*$/)
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
