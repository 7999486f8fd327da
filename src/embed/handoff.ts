/**
 * The hand-off to the MSP, without a server: a `mailto:` link with a short summary (score, tier,
 * top actions; never the answers) and the booking link tagged with UTM fields. Both are plain
 * links the owner chooses to click. Pure functions.
 */
import { topActions, type Plan } from '../core/plan.ts'
import type { Results } from '../core/scoring.ts'
import { SOURCE_PATTERN } from './protocol.ts'
import { LINK_SCHEMES, WEB_SCHEMES, normaliseUrl } from '../branding/url.ts'
import type { ResultsMessages } from '../i18n/types.ts'

export const UTM_MEDIUM = 'cyber-readiness-assessment'
export const UTM_CAMPAIGN = 'assessment'

/** What the owner may send the MSP: the overall result and the top actions, nothing else. */
export interface ResultsSummary {
  readonly score: number
  readonly tier: string
  readonly actions: readonly string[]
}

/**
 * The embed's source label from the page's query string (`?source=homepage`), or "direct". The
 * label is untrusted: anything but 1–40 letters, digits and hyphens is ignored. Used only as a UTM value.
 */
export function sourceFrom(search: string): string {
  const source = new URLSearchParams(search).get('source')
  return source !== null && SOURCE_PATTERN.test(source) ? source : 'direct'
}

/**
 * The booking link, normalised by `normaliseUrl` (whatever the case of its scheme), with
 * utm_source/medium/campaign set on https links; mailto: and tel: links without them; '' for a
 * link branding would refuse (no button is shown then).
 */
export function bookingHref(bookingUrl: string, source: string): string {
  const link = normaliseUrl(bookingUrl, LINK_SCHEMES)
  if (link === undefined) return ''
  if (normaliseUrl(link, WEB_SCHEMES) === undefined) return link
  const url = new URL(link)
  url.searchParams.set('utm_source', SOURCE_PATTERN.test(source) ? source : 'direct')
  url.searchParams.set('utm_medium', UTM_MEDIUM)
  url.searchParams.set('utm_campaign', UTM_CAMPAIGN)
  return url.href
}

/**
 * The summary of a scored assessment: the score, the tier and what to do first (`topActions`, as
 * on the page and in the PDF). Null when nothing is scored yet, or while the plan is still
 * loading (null), so no summary can ever claim "no actions" for want of the actions.
 */
export function summarise(results: Results, plan: Plan | null): ResultsSummary | null {
  const { score, tier } = results.overall
  if (score === null || tier === null || plan === null) return null
  return { score, tier: tier.label, actions: topActions(plan).map((i) => i.action.do) }
}

/** A `mailto:` link to the MSP with the summary as subject and body (RFC 6068 encoding), in the language of `words` (the dictionary's `results.email`). */
export function resultsMailto(email: string, mspName: string, summary: ResultsSummary, words: ResultsMessages['email']): string {
  const lines = [
    words.hello(mspName),
    '',
    words.done,
    '',
    words.score(summary.score, summary.tier),
    '',
    ...(summary.actions.length === 0 ? [words.none] : [words.first, ...summary.actions.map((a, i) => `${i + 1}. ${a}`)]),
    '',
    words.talk,
  ]
  const subject = words.subject(summary.score, summary.tier)
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`
}
