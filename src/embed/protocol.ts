/**
 * The message protocol between the embedded app (frame.ts) and the host-side loader (loader.ts).
 * Every message is `{ ns: 'cyber-readiness', v: 1, type, ...fields }`. The validators below rebuild
 * each message from its known fields only, so nothing else (and never an answer) can pass through.
 */

export const NS = 'cyber-readiness'
export const VERSION = 1

/** What the host may label an embed with (`data-source`); used only as a UTM value. */
export const SOURCE_PATTERN = /^[a-z0-9-]{1,40}$/i

/** The lifecycle events the host page receives as `cyber-readiness:<type>` DOM events. */
export type LifecycleEvent =
  | { readonly type: 'ready' }
  | { readonly type: 'started' }
  | { readonly type: 'section-completed'; readonly section: string }
  | { readonly type: 'completed'; readonly score: number | null; readonly tier: string | null }
  | { readonly type: 'report-downloaded' }
  | { readonly type: 'cta-clicked'; readonly action: 'book' | 'email' }
  | { readonly type: 'lead-submitted' }

/**
 * What the app tells the loader: its content height, a lifecycle event, or that Esc was pressed
 * inside it (the loader closes a popup then; the host's keyboard events never see keys in the frame).
 */
export type AppPayload = LifecycleEvent | { readonly type: 'height'; readonly height: number } | { readonly type: 'escape' }

/** The only message the loader sends the app: "I am your host; talk to my origin". */
export interface HostPayload {
  readonly type: 'hello'
}

/** Wraps a payload in the namespaced, versioned envelope. */
export function envelope<T extends AppPayload | HostPayload>(payload: T): T & { ns: typeof NS; v: typeof VERSION } {
  return { ns: NS, v: VERSION, ...payload }
}

type Fields = Record<string, unknown>

function envelopeOf(data: unknown): Fields | null {
  if (typeof data !== 'object' || data === null) return null
  const fields = data as Fields
  return fields.ns === NS && fields.v === VERSION ? fields : null
}

function shortText(value: unknown, pattern: RegExp): value is string {
  return typeof value === 'string' && pattern.test(value)
}

/** A valid message from the app, reduced to its payload; `null` for anything else. */
export function parseAppMessage(data: unknown): AppPayload | null {
  const m = envelopeOf(data)
  if (m === null) return null
  switch (m.type) {
    case 'height':
      return typeof m.height === 'number' && m.height >= 0 && m.height <= 1e6 ? { type: 'height', height: m.height } : null
    case 'escape':
      return { type: 'escape' }
    case 'ready':
    case 'started':
    case 'report-downloaded':
    case 'lead-submitted':
      return { type: m.type }
    case 'section-completed':
      return shortText(m.section, /^[a-z0-9-]{1,64}$/) ? { type: 'section-completed', section: m.section } : null
    case 'completed': {
      const { score, tier } = m
      const scoreOk = score === null || (typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100)
      const tierOk = tier === null || shortText(tier, /^[^\u0000-\u001f\u007f]{1,80}$/)
      return scoreOk && tierOk ? { type: 'completed', score, tier } : null
    }
    case 'cta-clicked':
      return m.action === 'book' || m.action === 'email' ? { type: 'cta-clicked', action: m.action } : null
    default:
      return null
  }
}

/** A valid message from the host, reduced to its payload; `null` for anything else. */
export function parseHostMessage(data: unknown): HostPayload | null {
  return envelopeOf(data)?.type === 'hello' ? { type: 'hello' } : null
}
