/**
 * The app's side of the embed. When the app runs inside an iframe it waits for the loader's
 * `hello` from its parent window, learns the host's origin from it, and from then on posts only to
 * that origin: its content height (so the iframe fits the content), lifecycle events (never
 * answers) and Esc presses the app did not use (a popup closes on them). Messages sent before the
 * handshake wait in a queue (Esc presses are dropped). Outside a frame everything here is a no-op.
 * When branding.json lists `embedOrigins`, a hello is answered only from those origins (a courtesy
 * check: the app's `frame-ancestors` header is the real defence).
 */
import { envelope, parseHostMessage, type AppPayload, type LifecycleEvent } from './protocol.ts'

let hostOrigin: string | null = null
let lastHeight = -1
const queue: AppPayload[] = []
/** The origins allowed to embed the app: undefined until the branding has loaded, null for any. */
let allowed: readonly string[] | null | undefined
/** A hello's origin that arrived before the branding said who may embed the app. */
let pending: string | null = null

/** Heights go to the host in steps of this many pixels, so a framer cannot tell answers apart by exact height. */
export const HEIGHT_STEP = 50

/** The height reported to the host: the content height rounded up to the next HEIGHT_STEP. */
export function coarseHeight(height: number): number {
  return Math.max(HEIGHT_STEP, Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP)
}

/** True when `origin` may embed the app: any origin when the list is null, else one on the list (an unknown origin is allowed). */
export function embedAllowed(origin: string | null, embedOrigins: readonly string[] | null): boolean {
  return embedOrigins === null || origin === null || embedOrigins.includes(origin)
}

/** The embedding page's origin as the browser reports it (`ancestorOrigins`, else the referrer's origin), or null. */
export function framingOrigin(ancestorOrigin: string | null, referrer: string): string | null {
  if (ancestorOrigin !== null) return ancestorOrigin
  try {
    return referrer === '' ? null : new URL(referrer).origin
  } catch {
    return null
  }
}

/** True when the app runs inside a frame (embedded on a host page). */
export function isEmbedded(): boolean {
  return window.parent !== window
}

/**
 * The host origin to talk to when `event` is a valid `hello` from `parent`, else null. The origin
 * must be an http(s) origin and, where the browser reports the embedding origin
 * (`location.ancestorOrigins`), that same origin.
 */
export function helloOrigin(
  event: { readonly origin: string; readonly source: unknown; readonly data: unknown },
  parent: unknown,
  ancestorOrigin: string | null,
): string | null {
  if (event.source !== parent || parseHostMessage(event.data) === null) return null
  if (!/^https?:\/\/[^/]+$/.test(event.origin)) return null
  return ancestorOrigin === null || ancestorOrigin === event.origin ? event.origin : null
}

function send(payload: AppPayload): void {
  if (hostOrigin !== null) window.parent.postMessage(envelope(payload), hostOrigin)
  else if (payload.type !== 'height') queue.push(payload)
}

function reportHeight(): void {
  // The html element's own height is its content's (no 100% or 100vh heights anywhere), so it
  // grows and shrinks with the content and never with the iframe.
  const height = coarseHeight(document.documentElement.getBoundingClientRect().height)
  if (height === lastHeight) return
  lastHeight = height
  send({ type: 'height', height })
}

function onMessage(event: MessageEvent): void {
  if (hostOrigin !== null) return
  const ancestors = (location as { ancestorOrigins?: DOMStringList }).ancestorOrigins
  const origin = helloOrigin(event, window.parent, ancestors?.item(0) ?? null)
  if (origin === null) return
  if (allowed === undefined) pending = origin
  else accept(origin)
}

function accept(origin: string): void {
  if (hostOrigin !== null || allowed === undefined || !embedAllowed(origin, allowed)) return
  hostOrigin = origin
  lastHeight = -1
  reportHeight()
  queue.splice(0).forEach(send)
}

/**
 * Sets who may embed the app (branding.json's `embedOrigins`, null for anyone) and answers a
 * hello that was waiting for it. Returns false when the page embedding the app is not allowed.
 */
export function setEmbedOrigins(embedOrigins: readonly string[] | null): boolean {
  allowed = embedOrigins
  if (pending !== null) accept(pending)
  pending = null
  return embedAllowed(embeddingOrigin(), embedOrigins)
}

/** The embedding page's origin as the browser reports it (`framingOrigin`); null outside a frame or when the browser hides it. */
export function embeddingOrigin(): string | null {
  if (!isEmbedded()) return null
  const ancestors = (location as { ancestorOrigins?: DOMStringList }).ancestorOrigins
  return framingOrigin(ancestors?.item(0) ?? null, document.referrer)
}

/**
 * True when the app is framed by a page of its own origin, which then shares its localStorage
 * (and the answers) with every script on that site. A cross-origin parent throws on access: false.
 */
export function framedSameOrigin(win: { readonly parent: unknown; readonly location: { readonly origin: string } }): boolean {
  if (win.parent === win) return false
  try {
    const origin = (win.parent as { location: { origin: string } }).location.origin
    return origin !== 'null' && origin === win.location.origin
  } catch {
    return false
  }
}

export const SAME_ORIGIN_WARNING =
  'cyber-readiness: this assessment is embedded by a page on its own origin, so every script on that site (analytics, chat widgets) can read the saved answers. Host it on a dedicated subdomain such as assess.your-msp.com (see README, Deploy).'

/** Tells the host of an Esc the app did not use (after the handshake only): keys pressed in a frame never reach the host page, whose popup closes on it. */
function onKeydown(event: KeyboardEvent): void {
  if (event.key === 'Escape' && !event.defaultPrevented && hostOrigin !== null) send({ type: 'escape' })
}

/** Starts embedded mode (class `embedded` on <html>, handshake listener, height reporting, Esc); no-op outside a frame. */
export function startFrame(): void {
  if (!isEmbedded()) return
  document.documentElement.classList.add('embedded')
  window.addEventListener('message', onMessage)
  window.addEventListener('keydown', onKeydown)
  new ResizeObserver(reportHeight).observe(document.documentElement)
}

/** Tells the host page about a lifecycle step (no-op outside a frame; queued until the handshake). */
export function notifyHost(event: LifecycleEvent): void {
  if (isEmbedded()) send(event)
}
