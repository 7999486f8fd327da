/**
 * Sending the lead (`buildLead`'s body) to the MSP's endpoint: the one request the app makes to an
 * origin other than its own, made only when the owner has ticked consent and pressed send. No
 * cookies or other credentials, a timeout, and one request at a time (a double click sends once).
 * Every way it can fail (an error status, no answer in time, no connection, a CORS or CSP refusal)
 * comes back as a `LeadFailure` the form puts into words (the dictionary's `results.lead.failure`); nothing here throws.
 */
import { ref, type Ref } from 'vue'
import type { LeadFailure } from '../core/lead.ts'

export type { LeadFailure } from '../core/lead.ts'

/**
 * How long the owner waits for the endpoint's answer before being told it was not sent. Not
 * measured against a live service (the tests have none); reasoned from a poor mobile connection,
 * Chrome DevTools' "Slow 3G" profile (2 s per round trip): a new connection (DNS, TCP, TLS: 3 round
 * trips), the CORS preflight (1) and the POST itself (1) take about 10 s, while catch hooks answer
 * as soon as they have queued the request. 15 s covers that with some room, and is as long as
 * anyone should wait before being offered the email instead.
 */
export const LEAD_TIMEOUT_MS = 15_000

export type LeadOutcome = { readonly ok: true } | { readonly ok: false; readonly failure: LeadFailure }

export interface PostOptions {
  readonly fetcher?: typeof fetch
  readonly timeoutMs?: number
  /** Whether the device thinks it is online (`navigator.onLine`), to tell "offline" from "refused". */
  readonly online?: () => boolean
}

/**
 * POSTs `body` (JSON text) to `endpoint` once: `credentials: 'omit'` (no cookies, no HTTP auth),
 * `content-type: application/json` (so the endpoint must answer a CORS preflight), no redirects
 * followed (the details go to the address configured, or nowhere), aborted after `timeoutMs`.
 * Any 2xx is success.
 */
export async function postLead(endpoint: string, body: string, options: PostOptions = {}): Promise<LeadOutcome> {
  const { fetcher = fetch, timeoutMs = LEAD_TIMEOUT_MS, online = () => navigator.onLine } = options
  const controller = new AbortController()
  // A plain timer (not AbortSignal.timeout) so the browser tests can fast-forward it with a fake clock.
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetcher(endpoint, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body,
      signal: controller.signal,
      redirect: 'error',
      cache: 'no-store',
    })
    return response.ok ? { ok: true } : { ok: false, failure: { kind: 'status', status: response.status } }
  } catch {
    if (controller.signal.aborted) return { ok: false, failure: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } }
    return { ok: false, failure: { kind: 'network', offline: !online() } }
  } finally {
    clearTimeout(timer)
  }
}

export type LeadStatus = 'idle' | 'sending' | 'sent' | 'failed'

/**
 * The lead's sending state for a view: `send` posts once and is ignored while a send is under way
 * or after one succeeded, so a double click sends one request.
 */
export function useLeadSend(endpoint: string, options: PostOptions = {}): { status: Ref<LeadStatus>; failure: Ref<LeadFailure | null>; send: (body: string) => Promise<boolean> } {
  const status = ref<LeadStatus>('idle')
  const failure = ref<LeadFailure | null>(null)
  async function send(body: string): Promise<boolean> {
    if (status.value === 'sending' || status.value === 'sent') return false
    status.value = 'sending'
    failure.value = null
    const outcome = await postLead(endpoint, body, options)
    status.value = outcome.ok ? 'sent' : 'failed'
    failure.value = outcome.ok ? null : outcome.failure
    return outcome.ok
  }
  return { status, failure, send }
}
