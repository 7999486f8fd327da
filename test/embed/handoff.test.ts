import { describe, expect, it } from 'vitest'
import { bookingHref, resultsMailto, sourceFrom, summarise } from '../../src/embed/handoff.ts'
import { en } from '../../src/i18n/messages.ts'

import { scoreAssessment } from '../../src/core/scoring.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { buildBank } from '../support/fixture-bank.ts'

describe('sourceFrom', () => {
  it('reads a valid ?source= label, otherwise "direct"', () => {
    expect(sourceFrom('?source=homepage')).toBe('homepage')
    expect(sourceFrom('?source=Spring-2025&x=1')).toBe('Spring-2025')
    for (const search of ['', '?source=', '?source=a%20b', '?source=%3Cscript%3E', `?source=${'x'.repeat(41)}`, '?utm_source=x']) expect(sourceFrom(search)).toBe('direct')
  })
})

describe('bookingHref', () => {
  it('adds the UTM fields, keeping the link’s own query', () => {
    const url = new URL(bookingHref('https://cal.example.com/msp/review?lang=en', 'homepage'))
    expect(url.origin + url.pathname).toBe('https://cal.example.com/msp/review')
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'en', utm_source: 'homepage', utm_medium: 'cyber-readiness-assessment', utm_campaign: 'assessment' })
  })

  it('replaces UTM fields already in the link, uses "direct" for a bad label, and leaves mailto:/tel: links alone', () => {
    expect(new URL(bookingHref('https://x.example/?utm_source=old', 'direct')).searchParams.getAll('utm_source')).toEqual(['direct'])
    expect(new URL(bookingHref('https://x.example/', 'bad label&x=1')).searchParams.get('utm_source')).toBe('direct')
    expect(bookingHref('mailto:book@msp.example', 'homepage')).toBe('mailto:book@msp.example')
    expect(bookingHref('tel:+15550100', 'homepage')).toBe('tel:+15550100')
  })
})

describe('summarise and resultsMailto', () => {
  const bank = buildBank()
  const scored = bank.sections.flatMap((s) => s.questions).filter((q) => q.kind === 'scored')
  const worst = Object.fromEntries(scored.map((q) => [q.id, q.options[q.options.length - 2]?.id ?? '']))

  it('has nothing to send before anything is scored', () => {
    expect(summarise(scoreAssessment(bank, {}), derivePlan(bank, {}))).toBeNull()
  })

  it('sends the score, the tier and the top actions, addressed to the MSP, and never the answers', () => {
    const results = scoreAssessment(bank, worst)
    const plan = derivePlan(bank, worst)
    const summary = summarise(results, plan)
    if (summary === null) throw new Error('expected a summary')
    expect(summary).toEqual({ score: results.overall.score, tier: results.overall.tier?.label, actions: plan.items.slice(0, 3).map((i) => i.action.do) })

    const link = resultsMailto('help@msp.example', 'Acme IT & Co', summary, en.results.email)
    const url = new URL(link)
    expect(url.protocol).toBe('mailto:')
    expect(url.pathname).toBe('help@msp.example')
    const subject = url.searchParams.get('subject') ?? ''
    const body = url.searchParams.get('body') ?? ''
    expect(subject).toBe(`My cyber-readiness results: ${summary.score}/100 (${summary.tier})`)
    expect(body.split('\r\n')).toEqual([
      'Hello Acme IT & Co,',
      '',
      'I completed the cyber-readiness assessment on your website.',
      '',
      `Overall score: ${summary.score} / 100 (${summary.tier})`,
      '',
      'What I should fix first:',
      ...summary.actions.map((a, i) => `${i + 1}. ${a}`),
      '',
      'Please get in touch to talk about them.',
    ])
    for (const q of scored) expect(body).not.toContain(q.text)
    // Encoded so that nothing in the text can add headers such as cc/bcc.
    expect(link).not.toMatch(/&(cc|bcc|to)=/i)
    expect(link.split('?')[1]?.split('&').map((p) => p.split('=')[0])).toEqual(['subject', 'body'])
  })
})
