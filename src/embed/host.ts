/**
 * The host-side rules of the embed, kept apart from the DOM glue in loader.ts so they can be tested:
 * reading a placeholder's data attributes, building the iframe URL, clamping heights, and deciding
 * which incoming messages come from one of our frames.
 */
import { SOURCE_PATTERN, parseAppMessage, type AppPayload } from './protocol.ts'

export const DEFAULT_MIN_HEIGHT = 480
export const DEFAULT_MAX_HEIGHT = 100000
export const DEFAULT_TITLE = 'Cyber-readiness assessment'

export interface EmbedOptions {
  readonly min: number
  readonly max: number
  /** The validated `data-source` label, or null. */
  readonly source: string | null
  readonly title: string
}

function pixels(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return value !== undefined && /^\d{1,6}$/.test(value.trim()) ? n : fallback
}

/** Reads a placeholder's `data-min-height`, `data-max-height`, `data-source` and `data-title`; bad values use the defaults. */
export function embedOptions(data: DOMStringMap): EmbedOptions {
  const min = pixels(data.minHeight, DEFAULT_MIN_HEIGHT)
  const max = Math.max(min, pixels(data.maxHeight, DEFAULT_MAX_HEIGHT))
  const source = data.source !== undefined && SOURCE_PATTERN.test(data.source) ? data.source : null
  const title = data.title?.trim().slice(0, 120) || DEFAULT_TITLE
  return { min, max, source, title }
}

/** The app's address: the folder embed.js was loaded from, with `?source=` when the host gave a valid label. */
export function frameUrl(scriptSrc: string, source: string | null): string {
  const url = new URL('./', scriptSrc)
  url.search = source === null ? '' : `?source=${source}`
  url.hash = ''
  return url.href
}

/** The frame height for a reported content height: rounded up and kept within [min, max]. */
export function clampHeight(height: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.ceil(height)))
}

/**
 * The frame a message belongs to and its payload, or undefined: the origin must be the app's
 * exactly, the source one of our frames' windows, and the data a valid protocol message.
 */
export function acceptMessage<T extends { readonly frame: { readonly contentWindow: unknown } }>(
  event: { readonly origin: string; readonly source: unknown; readonly data: unknown },
  appOrigin: string,
  embeds: readonly T[],
): { embed: T; payload: AppPayload } | undefined {
  if (event.origin !== appOrigin || event.source === null) return undefined
  const embed = embeds.find((e) => e.frame.contentWindow === event.source)
  const payload = embed === undefined ? null : parseAppMessage(event.data)
  return embed === undefined || payload === null ? undefined : { embed, payload }
}
