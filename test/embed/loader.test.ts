/**
 * @vitest-environment happy-dom
 * @vitest-environment-options { "url": "https://www.msp.example/", "settings": { "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true, "enableIframePageLoading": true } }
 */
/**
 * embed.js's modes and its dataLayer, on a page with an inline, a popup and an unknown-mode
 * placeholder: a popup makes its iframe only when its button is first hovered, focused or pressed,
 * keeps it between openings, locks the page's scrolling while open and hands focus back on close;
 * `data-datalayer` pushes each lifecycle event (only its own fields) to `window.dataLayer`.
 * Real focus moving into the modal dialog and the inert page behind it: test/e2e/embed-popup.spec.ts.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { keepFrameAddresses } from '../support/frame-address.ts'

const APP = 'https://assess.example'
const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
const frameInline = { name: 'inline frame', postMessage: vi.fn() }
const framePopup = { name: 'popup frame', postMessage: vi.fn() }
const events: string[] = []
const layer = (): unknown[] => (window as unknown as { dataLayer: unknown[] }).dataLayer
const post = (source: unknown, fields: Record<string, unknown>): void => {
  window.dispatchEvent(new MessageEvent('message', { origin: APP, source: source as Window, data: { ns: 'cyber-readiness', v: 1, ...fields } }))
}
const placeholder = (id: string): HTMLElement => document.getElementById(id) ?? document.body
const button = (): HTMLButtonElement => placeholder('popup').querySelector('button') ?? document.createElement('button')
const dialog = (): HTMLDialogElement => placeholder('popup').querySelector('dialog') ?? document.createElement('dialog')
const popupFrames = (): HTMLIFrameElement[] => [...placeholder('popup').querySelectorAll('iframe')]

beforeAll(async () => {
  document.body.innerHTML = `
    <div id="inline" data-cyber-readiness data-datalayer data-min-height="600"><a href="${APP}/">Take the assessment</a></div>
    <div id="popup" data-cyber-readiness data-mode="popup" data-button-label="  Check your business  " data-datalayer data-source="popup"><a href="${APP}/">Take the assessment</a></div>
    <div id="odd" data-cyber-readiness data-mode="modal"></div>
    <script src="${APP}/embed.js"></script>`
  // GTM's snippet, already on the page: the loader adds to this array.
  ;(window as unknown as { dataLayer: unknown[] }).dataLayer = [{ 'gtm.start': 1 }]
  keepFrameAddresses()
  await import('../../src/embed/loader.ts')
  const inline = placeholder('inline').querySelector('iframe')
  if (inline !== null) Object.defineProperty(inline, 'contentWindow', { value: frameInline })
  for (const type of ['ready', 'started', 'completed', 'escape', 'height']) document.addEventListener(`cyber-readiness:${type}`, (e) => events.push(`${(e.target as HTMLElement).id}:${type}`))
})

describe('inline mode (the default)', () => {
  it('replaces the placeholder with the iframe at once, lazily loaded, as before', () => {
    const frame = placeholder('inline').querySelector('iframe')
    expect(placeholder('inline').children).toHaveLength(1)
    expect(frame?.getAttribute('loading')).toBe('lazy')
    expect(frame?.style.height).toBe('600px')
    expect(frame?.dataset.src).toBe(`${APP}/`)
  })

  it('shows an unknown data-mode inline, and says so in the console', () => {
    expect(placeholder('odd').querySelector('iframe')).not.toBeNull()
    expect(warn).toHaveBeenCalledWith('cyber-readiness: data-mode="modal" is not "inline" or "popup"; showing the assessment inline.')
  })
})

describe('popup mode', () => {
  it('shows only a button with the given label until someone goes near it: no iframe, nothing loaded', () => {
    expect(button().textContent).toBe('Check your business')
    expect(button().type).toBe('button')
    expect(placeholder('popup').querySelector('a')).toBeNull()
    expect(dialog().open).toBe(false)
    expect(popupFrames()).toEqual([])
  })

  it('makes the iframe (one, with the source label) when the button is first hovered, and not again on focus or press', () => {
    button().dispatchEvent(new Event('pointerenter'))
    expect(popupFrames()).toHaveLength(1)
    const [frame] = popupFrames()
    if (frame === undefined) throw new Error('no popup frame')
    Object.defineProperty(frame, 'contentWindow', { value: framePopup })
    expect(frame.dataset.src).toBe(`${APP}/?source=popup`)
    expect(frame.getAttribute('loading')).toBeNull()
    expect(frame.getAttribute('sandbox')).toBe(placeholder('inline').querySelector('iframe')?.getAttribute('sandbox'))
    button().dispatchEvent(new Event('focus'))
    button().click()
    expect(popupFrames()).toEqual([frame])
  })

  it('opens a modal dialog named like the iframe, with a Close button, and stops the page behind from scrolling', () => {
    expect(dialog().open).toBe(true)
    expect(dialog().getAttribute('aria-label')).toBe('Cyber-readiness assessment')
    const close = dialog().querySelector('button')
    expect(close?.textContent).toBe('Close')
    expect(close?.autofocus).toBe(true)
    expect(document.documentElement.style.overflow).toBe('hidden')
  })

  it('keeps the frame at the dialog height whatever height the app reports', () => {
    const before = popupFrames()[0]?.style.height
    post(framePopup, { type: 'height', height: 3200 })
    expect(popupFrames()[0]?.style.height).toBe(before)
    expect(before).toMatch(/^calc\(100% - /)
  })

  it('closes with its Close button, gives the page its scrolling back and returns focus to the button', () => {
    dialog().querySelector('button')?.click()
    expect(dialog().open).toBe(false)
    expect(document.documentElement.style.overflow).toBe('')
    expect(document.activeElement).toBe(button())
  })

  it('keeps the same iframe (and so the progress in it) when opened again, and closes on Esc pressed inside the app', () => {
    const frame = popupFrames()[0]
    button().click()
    expect(dialog().open).toBe(true)
    expect(popupFrames()).toEqual([frame])
    post(framePopup, { type: 'escape' })
    expect(dialog().open).toBe(false)
    expect(document.activeElement).toBe(button())
    // Esc from the inline frame changes nothing, and is no event for the host page.
    post(frameInline, { type: 'escape' })
    expect(events.filter((e) => e.endsWith(':escape'))).toEqual([])
  })

  it('re-dispatches lifecycle events on the placeholder, as inline mode does', () => {
    const before = events.length
    post(framePopup, { type: 'ready' })
    post(frameInline, { type: 'started' })
    expect(events.slice(before)).toEqual(['popup:ready', 'inline:started'])
  })
})

describe('data-datalayer', () => {
  it('pushes every lifecycle event as cyber_readiness_<type> with only its own fields, after what was there', () => {
    const before = layer().length
    post(framePopup, { type: 'section-completed', section: 'api-exposure', answers: { 'api-profile': 'portal' } })
    post(frameInline, { type: 'completed', score: 42, tier: 'At risk', answers: { 'api-profile': 'portal' }, email: 'owner@example.com' })
    post(frameInline, { type: 'cta-clicked', action: 'book' })
    post(frameInline, { type: 'height', height: 900 })
    post(frameInline, { type: 'escape' })
    expect(layer().slice(before)).toEqual([
      { event: 'cyber_readiness_section_completed', section: 'api-exposure' },
      { event: 'cyber_readiness_completed', score: 42, tier: 'At risk' },
      { event: 'cyber_readiness_cta_clicked', action: 'book' },
    ])
    expect(layer()[0]).toEqual({ 'gtm.start': 1 })
    expect(JSON.stringify(layer())).not.toMatch(/api-profile|owner@example/)
  })

  it('pushes nothing for a placeholder without the attribute', () => {
    const odd = placeholder('odd').querySelector('iframe')
    const source = { name: 'odd frame', postMessage: vi.fn() }
    if (odd !== null) Object.defineProperty(odd, 'contentWindow', { value: source })
    const before = layer().length
    post(source, { type: 'started' })
    expect(events.at(-1)).toBe('odd:started')
    expect(layer()).toHaveLength(before)
  })
})
