/**
 * The app's side of the embed. When the app runs inside an iframe it waits for the loader's
 * `hello` from its parent window, learns the host's origin from it, and from then on posts only to
 * that origin: its content height (so the iframe fits the content) and lifecycle events (never
 * answers). Messages sent before the handshake wait in a queue. Outside a frame everything here is
 * a no-op.
 */
import { envelope, parseHostMessage, type AppPayload, type LifecycleEvent } from './protocol.ts'

let hostOrigin: string | null = null
let lastHeight = -1
const queue: AppPayload[] = []

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
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
  if (height === lastHeight) return
  lastHeight = height
  send({ type: 'height', height })
}

function onMessage(event: MessageEvent): void {
  if (hostOrigin !== null) return
  const ancestors = (location as { ancestorOrigins?: DOMStringList }).ancestorOrigins
  const origin = helloOrigin(event, window.parent, ancestors?.item(0) ?? null)
  if (origin === null) return
  hostOrigin = origin
  lastHeight = -1
  reportHeight()
  queue.splice(0).forEach(send)
}

/** Starts embedded mode (class `embedded` on <html>, handshake listener, height reporting); no-op outside a frame. */
export function startFrame(): void {
  if (!isEmbedded()) return
  document.documentElement.classList.add('embedded')
  window.addEventListener('message', onMessage)
  new ResizeObserver(reportHeight).observe(document.documentElement)
}

/** Tells the host page about a lifecycle step (no-op outside a frame; queued until the handshake). */
export function notifyHost(event: LifecycleEvent): void {
  if (isEmbedded()) send(event)
}
