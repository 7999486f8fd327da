/**
 * The lead's body: exactly the documented, versioned JSON; what comes first by the one rule
 * (`topActions`, so the lead, the page and the email agree); the answers only when the owner
 * ticked the second box; and, for any text typed into any contact field, valid JSON of bounded
 * size holding visible text only.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONTACT_FIELDS, LEAD_LIMITS, buildLead, cleanContact, contactProblems, type LeadInput } from '../../src/core/lead.ts'
import { en } from '../../src/i18n/messages.ts'

import { derivePlan } from '../../src/core/plan.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { estimateDetection } from '../../src/core/detection.ts'
import { summarise } from '../../src/embed/handoff.ts'
import { FIXTURE_ANSWERS, fixtureBank } from '../support/fixture-bank.ts'
import { answersFor } from '../support/answers-arbitrary.ts'

const consentLabel = en.results.lead.consent

const bank = fixtureBank('report')
const submittedAt = new Date('2026-03-05T10:30:00Z')
const contact = { name: 'Jo Bloggs', email: 'jo@corner-shop.example', phone: '+44 20 7946 0000', business: 'Corner Shop Ltd', message: 'Please call after 3pm.' }

function input(answers: Readonly<Record<string, string>> = FIXTURE_ANSWERS, changes: Partial<LeadInput> = {}): LeadInput {
  return {
    contact,
    honeypot: '',
    includeAnswers: false,
    mspName: 'Acme IT',
    consentText: 'We use your details only to contact you about this assessment.',
    source: 'homepage',
    page: 'https://www.acme-it.example',
    results: scoreAssessment(bank, answers),
    plan: derivePlan(bank, answers),
    detection: estimateDetection(bank, answers),
    submittedAt,
    language: 'en',
    words: en.results,
    ...changes,
  }
}

describe('buildLead', () => {
  it('gives exactly the documented body, version 1', () => {
    expect(buildLead(input())).toEqual({
      format: 'cyber-readiness-lead',
      version: 1,
      language: 'en',
      submittedAt: '2026-03-05T10:30:00.000Z',
      source: 'homepage',
      page: 'https://www.acme-it.example',
      contact,
      consent: {
        text: 'Send my contact details, score and top priorities to Acme IT so they can contact me. We use your details only to contact you about this assessment.',
        includeAnswers: false,
      },
      result: {
        score: 11,
        tier: 'Exposed',
        sections: [
          { id: 'accounts', title: 'Accounts and backups', score: 0 },
          { id: 'online', title: 'Email and customer portal', score: 17 },
        ],
        fixFirst: [
          { action: 'Turn on multi-factor authentication for email', timeframe: 'This week', who: 'You' },
          { action: 'Set up a weekly offline backup', timeframe: 'Within 30 days', who: 'Your IT partner' },
          { action: 'Ask your developer whether the portal limits login attempts', timeframe: 'Within 90 days', who: 'You' },
          { action: 'Review every admin account', timeframe: 'This week', who: 'You, with your IT partner' },
        ],
        knowledgeGaps: [{ id: 'rate-limit', question: 'Does the portal limit repeated login attempts?' }],
        detection: { best: null, worst: null },
      },
      honeypot: '',
    })
  })

  it('adds the individual answers only when the owner ticked the second box', () => {
    expect(buildLead(input())).not.toHaveProperty('answers')
    const lead = buildLead(input(FIXTURE_ANSWERS, { includeAnswers: true }))
    expect(lead.consent.includeAnswers).toBe(true)
    expect(lead.answers).toEqual([
      { section: 'accounts', id: 'admin-review', question: 'Do you review who has admin access?', answer: 'No', score: 0 },
      { section: 'accounts', id: 'backups', question: 'Do you keep an offline backup?', answer: 'No', score: 0 },
      { section: 'online', id: 'has-portal', question: 'Do you run a customer portal?', answer: 'Yes', score: null },
      { section: 'online', id: 'rate-limit', question: 'Does the portal limit repeated login attempts?', answer: 'Not sure', score: 0 },
      { section: 'online', id: 'mfa', question: 'Is multi-factor authentication on for email?', answer: 'No', score: 0 },
      { section: 'online', id: 'updates', question: 'Are updates installed automatically?', answer: 'Yes', score: 100 },
    ])
    // A hidden question's old answer never travels.
    const hidden = buildLead(input({ ...FIXTURE_ANSWERS, 'has-portal': 'no' }, { includeAnswers: true }))
    expect(hidden.answers?.map((a) => a.id)).not.toContain('rate-limit')
  })

  it('names the detection estimate\'s best and worst case in the bank\'s words', () => {
    const core = fixtureBank('core')
    const answers = { alerts: 'email' }
    const lead = buildLead({ ...input(), results: scoreAssessment(core, answers), plan: derivePlan(core, answers), detection: estimateDetection(core, answers) })
    expect(lead.result.detection).toEqual({ best: 'Within weeks', worst: 'Within weeks' })
  })

  it('lists what comes first by the one rule: the same actions, in the same order, as the page and the email, for random answers', () => {
    fc.assert(
      fc.property(answersFor(bank), (answers) => {
        const lead = buildLead(input(answers))
        const summary = summarise(scoreAssessment(bank, answers), derivePlan(bank, answers))
        if (summary !== null) expect(lead.result.fixFirst.map((a) => a.action)).toEqual(summary.actions)
        expect(lead.result.fixFirst.length).toBeLessThanOrEqual(5)
      }),
      { numRuns: 200 },
    )
  })

  it('records the consent as the box\'s label, with the MSP\'s own sentence only when there is one', () => {
    expect(buildLead(input(FIXTURE_ANSWERS, { consentText: '' })).consent.text).toBe(`${consentLabel('Acme IT')}.`)
  })

  it('keeps a bad page origin or an empty source label out', () => {
    for (const page of ['javascript:alert(1)', 'https://a.example/path', 'null', '', 'https://user@a.example']) {
      expect(buildLead(input(FIXTURE_ANSWERS, { page })).page).toBeNull()
    }
    expect(buildLead(input(FIXTURE_ANSWERS, { page: null, source: '' }))).toMatchObject({ page: null, source: 'direct' })
    expect(buildLead(input(FIXTURE_ANSWERS, { page: 'http://127.0.0.1:4174' })).page).toBe('http://127.0.0.1:4174')
  })

  it('sends what the hidden field holds, so an automation can drop what a bot filled in', () => {
    expect(buildLead(input(FIXTURE_ANSWERS, { honeypot: ' https://spam.example\u0000 ' })).honeypot).toBe('https://spam.example')
    expect(buildLead(input(FIXTURE_ANSWERS, { honeypot: 42 })).honeypot).toBe('')
  })
})

describe('the README (Lead form)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Lead form'), readme.indexOf('## Embedding'))
  /** Every key path of a value: objects by key, a list by its first entry (as `list[]`). */
  const paths = (value: unknown, at = ''): string[] => {
    if (Array.isArray(value)) return [at, ...paths(value[0], `${at}[]`)]
    if (typeof value !== 'object' || value === null) return [at]
    return [...(at === '' ? [] : [at]), ...Object.entries(value).flatMap(([k, v]) => paths(v, at === '' ? k : `${at}.${k}`))]
  }

  it('shows an example body with exactly the fields the builder writes', () => {
    const example: unknown = JSON.parse(/```json\n(\{\n {2}"format"[\s\S]*?)\n```/.exec(section)?.[1] ?? 'null')
    const core = fixtureBank('core')
    const answers = { alerts: 'alerts-unsure', logs: 'no' }
    const built = buildLead({ ...input(), results: scoreAssessment(core, answers), plan: derivePlan(core, answers), detection: estimateDetection(core, answers) })
    expect(paths(example)).toEqual(paths(built))
  })

  it('explains every field in its table', () => {
    const built = buildLead(input(FIXTURE_ANSWERS, { includeAnswers: true }))
    const documented = [...section.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((n) => n[1]))
    const all = paths(built)
    // Each field down to the second level (contact.name, result.detection, …), not contact, consent and result themselves.
    const fields = all.filter((p) => !p.includes('[]') && (p.includes('.') ? p.split('.').length === 2 : !all.some((q) => q.startsWith(`${p}.`))))
    expect(fields).toEqual(expect.arrayContaining(['format', 'contact.name', 'consent.includeAnswers', 'result.fixFirst', 'result.detection', 'honeypot', 'answers']))
    for (const field of fields) expect(documented, field).toContain(field)
  })
})

describe('cleanContact and contactProblems', () => {
  it('keeps visible text only: one line everywhere but the message, which keeps its line breaks', () => {
    expect(cleanContact({ name: ' Jo\t\u202eBloggs\u0000 ', email: ' jo@shop.example\u200b', phone: '+44\n20 7946 0000', business: 'Corner\r\nShop', message: 'Line one\r\n\r\n\r\nLine\u2028two\u0007' })).toEqual({
      name: 'Jo Bloggs',
      email: 'jo@shop.example',
      phone: '+44 20 7946 0000',
      business: 'Corner Shop',
      message: 'Line one\n\nLine\ntwo',
    })
    expect(cleanContact({ name: 42, email: null })).toEqual({ name: '', email: '', phone: '', business: '', message: '' })
  })

  it('caps each field', () => {
    const long = cleanContact(Object.fromEntries(CONTACT_FIELDS.map((f) => [f, 'x'.repeat(5000)])))
    for (const field of CONTACT_FIELDS) expect(long[field]).toHaveLength(LEAD_LIMITS[field])
  })

  it('requires a name and a valid email; a phone number, when asked and given, needs 5 digits', () => {
    const empty = cleanContact({})
    expect(contactProblems(empty, ['phone'])).toEqual({ name: 'missing', email: 'missing' })
    expect(contactProblems(cleanContact(contact), ['phone', 'business', 'message'])).toEqual({})
    for (const email of ['jo', 'jo@', '@shop.example', 'jo@shop', 'jo@@shop.example', 'jo smith@shop.example', 'jo@shop.example, boss@shop.example', 'Jo <jo@shop.example>', 'jo@shop..example']) {
      expect(contactProblems({ ...cleanContact(contact), email }, []), email).toEqual({ email: 'invalid' })
    }
    for (const email of ["o'brien+leads@shop.example", 'jö@bücher.example', 'a.b-c@sub.shop.co.uk']) expect(contactProblems({ ...cleanContact(contact), email }, [])).toEqual({})
    expect(contactProblems({ ...cleanContact(contact), phone: 'call me' }, ['phone'])).toEqual({ phone: 'invalid' })
    expect(contactProblems({ ...cleanContact(contact), phone: 'call me' }, [])).toEqual({})
    expect(contactProblems({ ...cleanContact(contact), phone: '' }, ['phone'])).toEqual({})
  })
})

/** Code points that tend to break JSON, text or whoever reads it next. */
const TRICKY = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\u00ad', '\u061c', '\u200b', '\u200e', '\u2028', '\u2029', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '\u{1f35e}', '\u{e0001}', '"', '\\', '\n', '\r\n', '\t', '</script>', '<img src=x onerror=alert(1)>', '{{7*7}}', '=HYPERLINK("x")', '${x}', '%00', ' ']
const unit = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
// Short texts and texts far over every limit (fast-check alone keeps strings short).
const fuzzText = fc.oneof(fc.string({ unit, maxLength: 60 }), fc.string({ unit, minLength: 2100, maxLength: 3000, size: 'max' }))
const encoder = new TextEncoder()
const bytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length
// What must never come out of a one-line field: controls (C0, DEL, C1), invisible format characters, separators, lone surrogates.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|\u{e0001}|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u

describe('the lead, fuzzed', () => {
  const empty = bytes(buildLead(input(FIXTURE_ANSWERS, { contact: {}, includeAnswers: true })))
  // Each kept code point is at most 4 bytes of UTF-8 in JSON: escapes (\" \\ \n) take 2, no control is left to take 6.
  const bound = empty + 4 * Object.values(LEAD_LIMITS).reduce((a, b) => a + b, 0)

  it(`stays valid JSON of at most ${bound} bytes (the body without contact + 4 bytes per allowed character), with visible text only, whatever is typed into every field`, () => {
    fc.assert(
      fc.property(fc.record({ name: fuzzText, email: fuzzText, phone: fuzzText, business: fuzzText, message: fuzzText }), fuzzText, (typed, honeypot) => {
        const lead = buildLead(input(FIXTURE_ANSWERS, { contact: typed, honeypot, includeAnswers: true }))
        const text = JSON.stringify(lead)
        expect(JSON.parse(text)).toEqual(lead)
        expect(encoder.encode(text).length).toBeLessThanOrEqual(bound)
        for (const field of CONTACT_FIELDS) {
          const value = lead.contact[field]
          expect(Array.from(value).length).toBeLessThanOrEqual(LEAD_LIMITS[field])
          expect(value, field).not.toMatch(field === 'message' ? new RegExp(INVISIBLE.source.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f'), 'u') : INVISIBLE)
          expect(value).toBe(value.trim())
        }
        expect(lead.honeypot).not.toMatch(INVISIBLE)
        // Nothing typed reaches anything but the contact and the honeypot.
        expect({ ...lead, contact: null, honeypot: null }).toEqual({ ...buildLead(input(FIXTURE_ANSWERS, { includeAnswers: true })), contact: null, honeypot: null })
      }),
      { numRuns: 100 },
    )
  }, 30_000)
})
