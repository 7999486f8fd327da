// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { BRANDING_KEY, applyTheme, loadBranding, useBranding } from '../../src/branding/load.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

const base = 'https://assess.example.com/'
const logo = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../public/logo.png')))

/** A fake fetch serving branding.json and logo.png. */
function site(branding: unknown, logoBody: BodyInit = logo) {
  return vi.fn<typeof fetch>((input) => {
    const url = input instanceof Request ? input.url : input.toString()
    if (url === `${base}branding.json`) return Promise.resolve(typeof branding === 'string' ? new Response(branding) : Response.json(branding))
    if (url === `${base}logo.png`) return Promise.resolve(new Response(logoBody))
    return Promise.resolve(new Response('', { status: 404 }))
  })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('loadBranding', () => {
  it('loads, validates and returns the deployed branding.json without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const fetcher = site({ ...DEFAULT_BRANDING, name: 'Acme IT', logo: 'logo.png' })
    expect(await loadBranding(fetcher, base)).toEqual({ ...DEFAULT_BRANDING, name: 'Acme IT', logo: 'logo.png' })
    expect(fetcher.mock.calls[0]?.[1]).toMatchObject({ cache: 'no-cache', redirect: 'error', signal: expect.any(AbortSignal) })
    expect(warn).not.toHaveBeenCalled()
  })

  it('warns about each bad field and keeps the good ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const branding = await loadBranding(site({ ...DEFAULT_BRANDING, name: 'Acme IT', website: 'http://acme.example' }), base)
    expect(branding).toMatchObject({ name: 'Acme IT', website: DEFAULT_BRANDING.website })
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/^branding\.json: "website" must be an https:\/\/ address/)]])
  })

  it('leaves the logo unchecked, so the first screen does not wait for it', async () => {
    const fetcher = site({ ...DEFAULT_BRANDING, logo: 'logo.png' }, '<html>')
    expect((await loadBranding(fetcher, base)).logo).toBe('logo.png')
    expect(fetcher).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['a missing file', () => Promise.resolve(new Response('', { status: 404 })), /\(HTTP 404\)/],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), /\(Failed to fetch\)/],
    ['a timeout', () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')), /timed out/],
    ['invalid JSON', () => Promise.resolve(new Response('{"name": ')), /could not be loaded/],
  ])('falls back to the default branding on %s, and says so', async (_name, fetcher: () => Promise<Response>, reason) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await loadBranding(fetcher, base)).toBe(DEFAULT_BRANDING)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(reason)
    expect(warn.mock.calls[0]?.[0]).toMatch(/using the default branding\.$/)
  })
})

describe('applyTheme and useBranding', () => {
  it('sets the colours as custom properties on the given style declaration', () => {
    const el = document.createElement('div')
    applyTheme({ accent: '#0f766e', text: '#111111', background: '#ffffff' }, el.style)
    expect(el.style.getPropertyValue('--color-accent')).toBe('#0f766e')
    expect(el.style.getPropertyValue('--color-text')).toBe('#111111')
    expect(el.style.getPropertyValue('--color-bg')).toBe('#ffffff')
    expect(el.style.getPropertyValue('--color-accent-soft')).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('gives views the provided branding, or the default when none is provided', () => {
    const Show = defineComponent({ setup: () => () => h('p', useBranding().name) })
    expect(mount(Show).text()).toBe(DEFAULT_BRANDING.name)
    expect(mount(Show, { global: { provide: { [BRANDING_KEY as symbol]: { ...DEFAULT_BRANDING, name: 'Acme IT' } } } }).text()).toBe('Acme IT')
  })
})
