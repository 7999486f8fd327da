/**
 * Sending the lead: one POST with no credentials, JSON, a timeout and no redirects; each way it can
 * fail comes back as a failure the owner is told about in plain words; a second press while the
 * first is under way (or after it succeeded) sends nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LEAD_TIMEOUT_MS, postLead, useLeadSend } from '../../src/composables/useLeadSend.ts'
import { en } from '../../src/i18n/messages.ts'

const failureReason = en.results.lead.failure

const endpoint = 'https://hooks.example.com/catch/1/abc/'
const body = '{"format":"cyber-readiness-lead"}'
const answer = (status: number): Promise<Response> => Promise.resolve(new Response(null, { status }))

/** A fetch that never answers, and fails the way a browser does once its signal aborts. */
function hanging(): typeof fetch {
  return (_url, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')))
    })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('postLead', () => {
  it('POSTs the body once, as JSON, with no credentials, no redirects, no cache and an abort signal', async () => {
    const fetcher = vi.fn<typeof fetch>(() => answer(200))
    expect(await postLead(endpoint, body, { fetcher })).toEqual({ ok: true })
    expect(fetcher).toHaveBeenCalledTimes(1)
    const [url, init] = fetcher.mock.calls[0] ?? []
    expect(url).toBe(endpoint)
    expect(init).toEqual({ method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' }, body, signal: expect.any(AbortSignal), redirect: 'error', cache: 'no-store' })
  })

  it('counts any 2xx as sent, and any other status as a failure naming it', async () => {
    for (const status of [200, 201, 202, 204]) expect(await postLead(endpoint, body, { fetcher: () => answer(status) })).toEqual({ ok: true })
    for (const status of [400, 403, 404, 429, 500, 503]) expect(await postLead(endpoint, body, { fetcher: () => answer(status) })).toEqual({ ok: false, failure: { kind: 'status', status } })
  })

  it('tells a refused or unreachable endpoint (CORS, CSP, network) from a device that is offline', async () => {
    const refused: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    expect(await postLead(endpoint, body, { fetcher: refused, online: () => true })).toEqual({ ok: false, failure: { kind: 'network', offline: false } })
    expect(await postLead(endpoint, body, { fetcher: refused, online: () => false })).toEqual({ ok: false, failure: { kind: 'network', offline: true } })
  })

  it(`gives up after ${LEAD_TIMEOUT_MS / 1000} seconds without an answer, and not before`, async () => {
    vi.useFakeTimers()
    let settled = false
    const outcome = postLead(endpoint, body, { fetcher: hanging() }).finally(() => (settled = true))
    await vi.advanceTimersByTimeAsync(LEAD_TIMEOUT_MS - 1)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await outcome).toEqual({ ok: false, failure: { kind: 'timeout', seconds: 15 } })
  })

  it('clears its timer once answered, so a late abort never turns a success into a failure', async () => {
    vi.useFakeTimers()
    const fetcher = vi.fn<typeof fetch>(() => answer(200))
    expect(await postLead(endpoint, body, { fetcher })).toEqual({ ok: true })
    expect(vi.getTimerCount()).toBe(0)
    expect(fetcher.mock.calls[0]?.[1]?.signal?.aborted).toBe(false)
  })
})

describe('useLeadSend', () => {
  it('sends once while a send is under way, and not again once it succeeded', async () => {
    let release: (r: Response) => void = () => undefined
    const fetcher = vi.fn<typeof fetch>(() => new Promise<Response>((resolve) => (release = resolve)))
    const lead = useLeadSend(endpoint, { fetcher })
    const first = lead.send(body)
    expect(lead.status.value).toBe('sending')
    expect(await lead.send(body)).toBe(false)
    release(new Response(null, { status: 200 }))
    expect(await first).toBe(true)
    expect(lead.status.value).toBe('sent')
    expect(await lead.send(body)).toBe(false)
    expect(fetcher).toHaveBeenCalledTimes(1)
  })

  it('keeps the failure until the next try, which may then succeed', async () => {
    const statuses = [500, 200]
    const fetcher = vi.fn<typeof fetch>(() => answer(statuses.shift() ?? 200))
    const lead = useLeadSend(endpoint, { fetcher })
    expect(await lead.send(body)).toBe(false)
    expect([lead.status.value, lead.failure.value]).toEqual(['failed', { kind: 'status', status: 500 }])
    expect(await lead.send(body)).toBe(true)
    expect([lead.status.value, lead.failure.value]).toEqual(['sent', null])
    expect(fetcher).toHaveBeenCalledTimes(2)
  })
})

describe('the failure in words (results.lead.failure)', () => {
  it('says why in plain words', () => {
    expect(failureReason({ kind: 'status', status: 500 }, 'Acme IT')).toBe("Acme IT's system answered with an error (HTTP 500).")
    expect(failureReason({ kind: 'timeout', seconds: 15 }, 'Acme IT')).toBe("Acme IT's system did not answer within 15 seconds.")
    expect(failureReason({ kind: 'network', offline: true }, 'Acme IT')).toBe('Your device seems to be offline.')
    expect(failureReason({ kind: 'network', offline: false }, 'Acme IT')).toBe("Acme IT's system could not be reached, or did not accept the connection from this page.")
  })
})
