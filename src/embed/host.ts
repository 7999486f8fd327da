/**
 * The host-side rules of the embed, kept apart from the DOM glue in loader.ts so they can be tested:
 * reading a placeholder's data attributes, building the iframe URL, clamping heights, deciding
 * which incoming messages come from one of our frames, and what goes to `window.dataLayer`.
 */
import { NS, SOURCE_PATTERN, parseAppMessage, type AppPayload, type LifecycleEvent } from './protocol.ts'

export const DEFAULT_MIN_HEIGHT = 480
export const DEFAULT_MAX_HEIGHT = 100000
export const DEFAULT_TITLE = 'Cyber-readiness assessment'
export const DEFAULT_BUTTON_LABEL = 'Take the cyber-readiness assessment'
/** The frame's title and the popup button's text on a page that asks for Spanish (`data-lang="es"`), unless the page gives its own. */
export const SPANISH_TITLE = 'Evaluación de ciberseguridad'
export const SPANISH_BUTTON_LABEL = 'Haga la evaluación de ciberseguridad'
/** A language the host page may ask for: a BCP 47 primary subtag (`es`), optionally with a region (`es-MX`). */
export const LANG_PATTERN = /^[a-z]{2}(?:-[a-z0-9]{2,8})?$/i

export interface EmbedOptions {
  readonly min: number
  readonly max: number
  /** The validated `data-source` label, or null. */
  readonly source: string | null
  readonly title: string
  /** `data-mode`: the app in the page (inline), or a button that opens it in a modal dialog (popup). */
  readonly popup: boolean
  /** `data-button-label`: the popup button's text. */
  readonly label: string
  /** `data-datalayer` is present: lifecycle events also go to `window.dataLayer`. */
  readonly dataLayer: boolean
  /**
   * `data-lang`: the language the page asks for (`es`), lowercased, or null. Only passed on: the
   * app shows it if branding.json's `languages` allows it, and never writes it anywhere.
   */
  readonly lang: string | null
}

function pixels(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return value !== undefined && /^\d{1,6}$/.test(value.trim()) ? n : fallback
}

const shortText = (value: string | undefined, max: number, fallback: string): string => value?.trim().slice(0, max) || fallback

/**
 * Reads a placeholder's `data-min-height`, `data-max-height`, `data-source`, `data-title`,
 * `data-mode`, `data-button-label`, `data-datalayer` and `data-lang`; bad values use the defaults
 * (with `data-lang="es"`, the title and button label default to Spanish). An unknown
 * mode is shown inline and reported through `warn` (the loader's console warning).
 */
export function embedOptions(data: DOMStringMap, warn: (message: string) => void = () => undefined): EmbedOptions {
  const min = pixels(data.minHeight, DEFAULT_MIN_HEIGHT)
  const max = Math.max(min, pixels(data.maxHeight, DEFAULT_MAX_HEIGHT))
  const source = data.source !== undefined && SOURCE_PATTERN.test(data.source) ? data.source : null
  const lang = data.lang !== undefined && LANG_PATTERN.test(data.lang) ? data.lang.toLowerCase() : null
  const spanish = lang?.startsWith('es') === true
  const title = shortText(data.title, 120, spanish ? SPANISH_TITLE : DEFAULT_TITLE)
  const mode = data.mode ?? 'inline'
  if (mode !== 'inline' && mode !== 'popup') warn(`${NS}: data-mode="${mode}" is not "inline" or "popup"; showing the assessment inline.`)
  return { min, max, source, title, popup: mode === 'popup', label: shortText(data.buttonLabel, 80, spanish ? SPANISH_BUTTON_LABEL : DEFAULT_BUTTON_LABEL), dataLayer: data.datalayer !== undefined, lang }
}

/** The app's address: the folder embed.js was loaded from, with `?source=` and `?lang=` when the host gave valid ones. */
export function frameUrl(scriptSrc: string, source: string | null, lang: string | null = null): string {
  const url = new URL('./', scriptSrc)
  url.search = new URLSearchParams([...(source === null ? [] : [['source', source]]), ...(lang === null ? [] : [['lang', lang]])]).toString()
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

/**
 * What `data-datalayer` pushes to `window.dataLayer` for a lifecycle event: `event` is
 * `cyber_readiness_<type>` with hyphens as underscores (GA4 event names allow letters, digits and
 * underscores only), beside the same fields as the DOM event's `detail`: nothing else exists to send.
 */
export function dataLayerEntry({ type, ...detail }: LifecycleEvent): Record<string, unknown> {
  return { event: `cyber_readiness_${type.replace(/-/g, '_')}`, ...detail }
}
