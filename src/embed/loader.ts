/**
 * embed.js: the host page's loader, built as a classic script (see vite.config.ts). For every
 * `<div data-cyber-readiness>` it inserts a sandboxed iframe of the app (found next to embed.js),
 * keeps the iframe as tall as its content, and re-dispatches the app's lifecycle events on the
 * placeholder as `cyber-readiness:<type>` DOM events (and, with `data-datalayer`, pushes them to
 * `window.dataLayer`). With `data-mode="popup"` the placeholder becomes a button that opens the app
 * in a modal `<dialog>`; the iframe is made when the button is first hovered, focused or pressed.
 * No dependencies; it never sees an answer. Styles are set through the CSSOM (`element.style`),
 * which a host page's strict `style-src` allows, never as a `style` attribute.
 */
import { NS, envelope } from './protocol.ts'
import { acceptMessage, clampHeight, dataLayerEntry, embedOptions, frameUrl, type EmbedOptions } from './host.ts'

interface Embed {
  readonly el: HTMLElement
  readonly frame: HTMLIFrameElement
  readonly options: EmbedOptions
  /** Popup mode only: closes the dialog (Esc pressed inside the app). */
  readonly close?: () => void
}

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads'
/** The popup's close bar: the close button's height, and what the iframe leaves for it. */
const BAR = '2.75rem'
const script = document.currentScript as HTMLScriptElement | null
const scriptSrc = script?.src ?? document.querySelector<HTMLScriptElement>('script[src*="embed.js"]')?.src ?? ''
const appOrigin = scriptSrc === '' ? '' : new URL(scriptSrc).origin
const embeds: Embed[] = []

function css(el: HTMLElement, props: Partial<CSSStyleDeclaration>): void {
  Object.assign(el.style, props)
}

function setHeight(embed: Embed, height: number): void {
  embed.frame.style.height = `${clampHeight(height, embed.options.min, embed.options.max)}px`
}

/** A sandboxed iframe of the app for `el`, registered so its messages are heard. */
function frameFor(el: HTMLElement, options: EmbedOptions, close?: () => void): Embed {
  const frame = document.createElement('iframe')
  frame.title = options.title
  frame.setAttribute('sandbox', SANDBOX)
  frame.referrerPolicy = 'strict-origin-when-cross-origin'
  css(frame, { display: 'block', width: '100%', border: '0' })
  // Each (re)load of the app starts the handshake: the app then talks to this page's origin only.
  frame.addEventListener('load', () => frame.contentWindow?.postMessage(envelope({ type: 'hello' }), appOrigin))
  frame.src = frameUrl(scriptSrc, options.source, options.lang)
  const embed = { el, frame, options, close }
  embeds.push(embed)
  return embed
}

/**
 * Popup mode: a button and a modal dialog holding the iframe, made on first hover, focus or press
 * and kept (with the owner's progress) between openings. The dialog fills most of the window; the
 * app scrolls inside it while the page behind stays still. Closing (the button, Esc on the page or
 * in the app) returns focus to the button.
 */
function popup(el: HTMLElement, options: EmbedOptions): void {
  const button = document.createElement('button')
  const dialog = document.createElement('dialog')
  const close = document.createElement('button')
  const root = document.documentElement.style
  let overflow = ''
  let embed: Embed | undefined
  const load = (): void => {
    if (embed !== undefined) return
    embed = frameFor(el, options, () => dialog.close())
    css(embed.frame, { height: `calc(100% - ${BAR})` })
    dialog.append(embed.frame)
  }
  button.type = close.type = 'button'
  button.textContent = options.label
  close.textContent = 'Close'
  close.autofocus = true
  css(close, { display: 'block', height: BAR, margin: '0 0 0 auto' })
  dialog.setAttribute('aria-label', options.title)
  // At most 64rem wide, and on a phone all but half a rem each side (the default margins are wider).
  css(dialog, { width: '64rem', height: '100%', maxWidth: 'calc(100% - 1rem)', maxHeight: 'calc(100% - 1rem)', padding: '0', border: '0', overflow: 'hidden' })
  button.addEventListener('pointerenter', load)
  button.addEventListener('focus', load)
  button.addEventListener('click', () => {
    load()
    overflow = root.overflow
    root.overflow = 'hidden'
    dialog.showModal()
  })
  close.addEventListener('click', () => dialog.close())
  dialog.addEventListener('close', () => {
    root.overflow = overflow
    button.focus()
  })
  dialog.append(close)
  el.replaceChildren(button, dialog)
}

function mount(el: HTMLElement): void {
  if (el.hasAttribute('data-cyber-readiness-mounted')) return
  el.setAttribute('data-cyber-readiness-mounted', '')
  const options = embedOptions(el.dataset, (message) => console.warn(message))
  if (options.popup) {
    popup(el, options)
    return
  }
  const embed = frameFor(el, options)
  embed.frame.setAttribute('loading', 'lazy')
  setHeight(embed, 0)
  el.replaceChildren(embed.frame)
}

window.addEventListener('message', (event) => {
  const accepted = acceptMessage(event, appOrigin, embeds)
  if (accepted === undefined) return
  const { embed, payload } = accepted
  if (payload.type === 'height') {
    // A popup's frame has the dialog's height; the app scrolls inside it.
    if (embed.close === undefined) setHeight(embed, payload.height)
    return
  }
  if (payload.type === 'escape') {
    embed.close?.()
    return
  }
  const { type, ...detail } = payload
  embed.el.dispatchEvent(new CustomEvent(`${NS}:${type}`, { bubbles: true, detail }))
  if (embed.options.dataLayer) {
    const host = window as Window & { dataLayer?: unknown }
    host.dataLayer ??= []
    if (Array.isArray(host.dataLayer)) host.dataLayer.push(dataLayerEntry(payload))
  }
})

function mountAll(): void {
  if (appOrigin === '') console.error(`${NS}: embed.js could not tell where it was loaded from; load it with <script src="https://…/embed.js">, from where the assessment is hosted.`)
  else document.querySelectorAll<HTMLElement>('[data-cyber-readiness]').forEach(mount)
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll)
else mountAll()
