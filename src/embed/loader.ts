/**
 * embed.js: the host page's loader, built as a classic script (see vite.config.ts). For every
 * `<div data-cyber-readiness>` it inserts a sandboxed iframe of the app (found next to embed.js),
 * keeps the iframe as tall as its content, and re-dispatches the app's lifecycle events on the
 * placeholder as `cyber-readiness:<type>` DOM events. No dependencies; it never sees an answer.
 */
import { NS, envelope } from './protocol.ts'
import { acceptMessage, clampHeight, embedOptions, frameUrl, type EmbedOptions } from './host.ts'

interface Embed {
  readonly el: HTMLElement
  readonly frame: HTMLIFrameElement
  readonly options: EmbedOptions
}

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads'
const script = document.currentScript as HTMLScriptElement | null
const scriptSrc = script?.src ?? document.querySelector<HTMLScriptElement>('script[src*="embed.js"]')?.src ?? ''
const appOrigin = scriptSrc === '' ? '' : new URL(scriptSrc).origin
const embeds: Embed[] = []

function setHeight(embed: Embed, height: number): void {
  embed.frame.style.height = `${clampHeight(height, embed.options.min, embed.options.max)}px`
}

function mount(el: HTMLElement): void {
  if (el.hasAttribute('data-cyber-readiness-mounted')) return
  el.setAttribute('data-cyber-readiness-mounted', '')
  const options = embedOptions(el.dataset)
  const frame = document.createElement('iframe')
  frame.title = options.title
  frame.setAttribute('loading', 'lazy')
  frame.setAttribute('sandbox', SANDBOX)
  frame.referrerPolicy = 'strict-origin-when-cross-origin'
  const style = frame.style
  style.display = 'block'
  style.width = '100%'
  style.border = '0'
  const embed = { el, frame, options }
  setHeight(embed, 0)
  // Each (re)load of the app starts the handshake: the app then talks to this page's origin only.
  frame.addEventListener('load', () => frame.contentWindow?.postMessage(envelope({ type: 'hello' }), appOrigin))
  frame.src = frameUrl(scriptSrc, options.source)
  embeds.push(embed)
  el.replaceChildren(frame)
}

window.addEventListener('message', (event) => {
  const accepted = acceptMessage(event, appOrigin, embeds)
  if (accepted === undefined) return
  const { embed, payload } = accepted
  if (payload.type === 'height') {
    setHeight(embed, payload.height)
    return
  }
  const { type, ...detail } = payload
  embed.el.dispatchEvent(new CustomEvent(`${NS}:${type}`, { bubbles: true, detail }))
})

function mountAll(): void {
  if (appOrigin !== '') document.querySelectorAll<HTMLElement>('[data-cyber-readiness]').forEach(mount)
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll)
else mountAll()
