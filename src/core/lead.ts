/**
 * The lead: what the owner sends the MSP's automation when they tick consent and press "Send to
 * <MSP>" (the one request the app makes to anyone but itself; sending is at the edge, in
 * `src/composables/useLeadSend.ts`). Pure: the contact as typed, the results and the plan in; a
 * versioned JSON body out, documented field by field in the README (Lead form). Every contact
 * text goes through `cleanText` and is capped, so the body stays valid, visible text of a bounded
 * size; what comes first is `topActions`, as on the page, in the email and in the PDF.
 */
import { topActions, type Plan } from './plan.ts'
import type { Results } from './scoring.ts'
import type { DetectionEstimate } from './detection.ts'
import type { ResultsMessages } from '../i18n/types.ts'
import { cleanText } from './text.ts'
import { BUSINESS_NAME_MAX, cleanBusinessName } from './answers-file.ts'

/** Marks the body as ours, for an automation that receives other webhooks too. */
export const LEAD_FORMAT = 'cyber-readiness-lead'
/** The version of the body's layout: a field is never renamed or retyped within a version. */
export const LEAD_VERSION = 1

/** The contact fields, in the form's order. */
export const CONTACT_FIELDS = ['name', 'email', 'phone', 'business', 'message'] as const
export type ContactField = (typeof CONTACT_FIELDS)[number]
/** The contact as sent: each field cleaned and capped by `cleanContact`, '' when not given or not asked. */
export type LeadContact = Readonly<Record<ContactField, string>>

/** The longest text kept, in characters (code points), after cleaning; the form's `maxlength` too. */
export const LEAD_LIMITS: Readonly<Record<ContactField | 'honeypot', number>> = {
  name: 100,
  email: 254,
  phone: 40,
  business: BUSINESS_NAME_MAX,
  message: 2000,
  honeypot: 200,
}

/**
 * The contact as sent: every field through `cleanText` (visible text only; the message keeps its
 * line breaks, every other field is one line), cut to `LEAD_LIMITS`; the business name by the one
 * rule for business names. Anything that is not text gives ''.
 */
export function cleanContact(raw: Readonly<Partial<Record<ContactField, unknown>>>): LeadContact {
  return {
    name: cleanText(raw.name, { maxLength: LEAD_LIMITS.name }),
    email: cleanText(raw.email, { maxLength: LEAD_LIMITS.email }),
    phone: cleanText(raw.phone, { maxLength: LEAD_LIMITS.phone }),
    business: cleanBusinessName(raw.business),
    message: cleanText(raw.message, { maxLength: LEAD_LIMITS.message, multiline: true }),
  }
}

// One "@", no spaces, nothing a mail program or a CRM would read as a second address or a name part.
const EMAIL = /^[^\s@,;:<>"()[\]\\]+@[^\s@,;:<>"()[\]\\.]+(?:\.[^\s@,;:<>"()[\]\\.]+)+$/u

/** What is wrong with a field: left empty, or not what it should be. The words are in the dictionary (`results.lead.problem`). */
export type ContactProblem = 'missing' | 'invalid'

/** Why the details were not sent (see src/composables/useLeadSend.ts); the words are in the dictionary (`results.lead.failure`). */
export type LeadFailure =
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'timeout'; readonly seconds: number }
  /** No answer at all: offline, the host unreachable, or the browser refused it (CORS, CSP, a redirect). */
  | { readonly kind: 'network'; readonly offline: boolean }

/**
 * What is wrong with a contact (already cleaned), field by field; {} when it can be sent. Name and email are required; a phone number, when given, needs at least 5 digits.
 * Only the fields in `asked` (and the name and email) are checked.
 */
export function contactProblems(contact: LeadContact, asked: readonly ContactField[]): Partial<Record<ContactField, ContactProblem>> {
  const problems: Partial<Record<ContactField, ContactProblem>> = {}
  if (contact.name === '') problems.name = 'missing'
  if (contact.email === '') problems.email = 'missing'
  else if (!EMAIL.test(contact.email)) problems.email = 'invalid'
  if (asked.includes('phone') && contact.phone !== '' && contact.phone.replace(/\D/g, '').length < 5) problems.phone = 'invalid'
  return problems
}

export interface LeadAnswer {
  readonly section: string
  readonly id: string
  readonly question: string
  readonly answer: string
  /** The answer's score, 0–100; null on a question about the business (not scored). */
  readonly score: number | null
}

export interface LeadResult {
  readonly score: number | null
  readonly tier: string | null
  readonly sections: readonly { readonly id: string; readonly title: string; readonly score: number | null }[]
  readonly fixFirst: readonly { readonly action: string; readonly timeframe: string; readonly who: string }[]
  readonly knowledgeGaps: readonly { readonly id: string; readonly question: string }[]
  readonly detection: { readonly best: string | null; readonly worst: string | null }
}

/** The body the automation receives (README, Lead form: every field explained). */
export interface LeadPayload {
  readonly format: typeof LEAD_FORMAT
  readonly version: typeof LEAD_VERSION
  /** The language the owner used (`en`, `es`): every text below is in it. */
  readonly language: string
  readonly submittedAt: string
  readonly source: string
  readonly page: string | null
  readonly contact: LeadContact
  readonly consent: { readonly text: string; readonly includeAnswers: boolean }
  readonly result: LeadResult
  /** The hidden field people never see: '' from a person; anything else is a bot, to drop. */
  readonly honeypot: string
  /** Only when the owner ticked the second box. */
  readonly answers?: readonly LeadAnswer[]
}

/** What the form hands over when the owner presses send: the contact (cleaned), the hidden field, the second box. */
export interface LeadDraft {
  readonly contact: LeadContact
  readonly honeypot: string
  readonly includeAnswers: boolean
}

export interface LeadInput {
  /** The contact as typed (cleaned here again: cleaning is idempotent). */
  readonly contact: Readonly<Partial<Record<ContactField, unknown>>>
  /** What the hidden field holds. */
  readonly honeypot: unknown
  readonly includeAnswers: boolean
  readonly mspName: string
  /** The MSP's own sentence under the consent box (branding's `consentText`), '' for none. */
  readonly consentText: string
  /** The embed's `data-source` label (checked by `sourceFrom`), or "direct". */
  readonly source: string
  /** The embedding page's origin as the browser reports it, or null (not embedded, or hidden). */
  readonly page: string | null
  readonly results: Results
  readonly plan: Plan
  readonly detection: DetectionEstimate | null
  readonly submittedAt: Date
  /** The owner's language: its code, the words for who and when, and the consent box's label (the page's, exactly). */
  readonly language: string
  readonly words: Pick<ResultsMessages, 'labels' | 'lead'>
}

const ORIGIN = /^https?:\/\/[^/\s?#@]{1,200}$/

/** The consent as recorded: the box's label (`label`, as the owner read it), then the MSP's own sentence when there is one. */
export function consentRecord(label: string, consentText: string): string {
  return consentText === '' ? `${label}.` : `${label}. ${consentText}`
}

/**
 * The lead's body. `fixFirst` is `topActions(plan)` (the one rule for what comes first), with the
 * time frame and who acts in the page's words; `answers` only with `includeAnswers` (every answered
 * question that applies, as the results list them). An empty `source` becomes "direct", a `page`
 * that is not an http(s) origin null. The same input gives the same body.
 */
export function buildLead(input: LeadInput): LeadPayload {
  const { results, plan, detection } = input
  const { who, when } = input.words.labels
  const result: LeadResult = {
    score: results.overall.score,
    tier: results.overall.tier?.label ?? null,
    sections: results.sections.map((s) => ({ id: s.section.id, title: s.section.title, score: s.score })),
    fixFirst: topActions(plan).map((item) => ({ action: item.action.do, timeframe: when[item.action.timeframe], who: who[item.action.who] })),
    knowledgeGaps: results.gaps.map((g) => ({ id: g.question.id, question: g.question.text })),
    detection: { best: detection?.fastest.label ?? null, worst: detection?.slowest.label ?? null },
  }
  const answers = results.sections.flatMap((s) =>
    s.findings.flatMap((f): LeadAnswer[] => (f.status === 'answered' ? [{ section: s.section.id, id: f.question.id, question: f.question.text, answer: f.answer, score: f.score }] : [])),
  )
  return {
    format: LEAD_FORMAT,
    version: LEAD_VERSION,
    language: input.language,
    submittedAt: input.submittedAt.toISOString(),
    // The label was checked where it was read (`sourceFrom`, the one rule); here it is only capped.
    source: cleanText(input.source, { maxLength: 40 }) || 'direct',
    page: input.page !== null && ORIGIN.test(input.page) ? input.page : null,
    contact: cleanContact(input.contact),
    consent: { text: consentRecord(input.words.lead.consent(input.mspName), input.consentText), includeAnswers: input.includeAnswers },
    result,
    honeypot: cleanText(input.honeypot, { maxLength: LEAD_LIMITS.honeypot }),
    ...(input.includeAnswers ? { answers } : {}),
  }
}
