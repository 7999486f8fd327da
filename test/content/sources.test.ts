/**
 * Sources a reader can trust, and the newest edition of every benchmark:
 * - every source address (lesson facts, detection benchmarks, emergency contacts, insurers' controls) is https and on a
 *   host in questions/source-hosts.json, each with its reason;
 * - no lesson, fact or benchmark names an older edition of a benchmark, or quotes an older
 *   edition's figure, than the newest one in editions.json (kept in step with facts.md).
 */
import { describe, expect, it } from 'vitest'
import { realBank } from './real-bank.ts'
import editions from './editions.json'
import hosts from '../../questions/source-hosts.json'

const bank = realBank()
const allowedHosts = new Map(hosts.hosts.map((h) => [h.host, h.why]))

/** Every source address in the bank, with where it is. */
const addresses: { where: string; url: string }[] = [
  ...bank.sections.flatMap((s) => s.lesson.facts.map((f, i) => ({ where: `${s.id}: lesson.facts[${i}]`, url: f.source }))),
  ...bank.detection.benchmarks.map((b, i) => ({ where: `bank.json: detection.benchmarks[${i}]`, url: b.source })),
  ...bank.emergency.flatMap((c) => c.contacts.map((k, i) => ({ where: `bank.json: emergency ${c.code} contacts[${i}]`, url: k.url }))),
  ...bank.insurance.flatMap((c) => c.askedBy.map((a, i) => ({ where: `insurance.json: ${c.id} askedBy[${i}]`, url: a.source }))),
]

describe('source hosts', () => {
  it('each allowed host has a reason', () => {
    for (const h of hosts.hosts) expect(h.why.trim().length, h.host).toBeGreaterThan(10)
    expect(new Set(hosts.hosts.map((h) => h.host)).size).toBe(hosts.hosts.length)
  })

  it.each(addresses.map((a) => [a.where, a.url] as const))('%s cites an https address on an allowed host', (_where, url) => {
    const parsed = new URL(url)
    expect(parsed.protocol, url).toBe('https:')
    expect(allowedHosts.has(parsed.hostname), `${parsed.hostname} is not in questions/source-hosts.json`).toBe(true)
  })

  it('lists no host that nothing cites (keep the list short)', () => {
    const used = new Set(addresses.map((a) => new URL(a.url).hostname))
    for (const h of hosts.hosts) expect(used.has(h.host), `${h.host} is allowed but not cited`).toBe(true)
  })
})

/** Every text that quotes a benchmark: lesson texts, fact figures, benchmark labels and metrics. */
const texts: { where: string; text: string }[] = [
  ...bank.sections.flatMap((s) => [{ where: `${s.id}: lesson.text`, text: s.lesson.text }, ...s.lesson.facts.map((f, i) => ({ where: `${s.id}: lesson.facts[${i}]`, text: f.figure }))]),
  ...bank.detection.benchmarks.map((b, i) => ({ where: `bank.json: detection.benchmarks[${i}]`, text: `${b.label}. ${b.metric}` })),
]

/** "258 days" → a pattern that finds "258 days" but not "1258 days". */
function figurePattern(figure: string): RegExp {
  return new RegExp(`(?<![\\d.])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}`, 'i')
}

describe.each(editions.metrics.map((m) => [m.metric, m] as const))('the newest edition: %s', (_metric, m) => {
  const report = new RegExp(m.report, 'i')
  const quoting = texts.filter((t) => report.test(t.text))

  it(`is quoted somewhere (${m.newest.edition}, ${m.newest.figure})`, () => {
    expect(quoting.some((t) => t.text.includes(m.newest.edition) || figurePattern(m.newest.figure).test(t.text))).toBe(true)
  })

  it.each(texts.map((t) => [t.where, t] as const))('%s names no older edition and quotes no older figure', (_where, t) => {
    for (const mention of m.olderMentions) expect(t.text, `older edition (${mention})`).not.toMatch(new RegExp(mention, 'i'))
    if (!report.test(t.text)) return
    for (const old of m.older) {
      expect(t.text.includes(old.edition), `names ${old.edition}; use ${m.newest.edition}`).toBe(false)
      expect(t.text, `quotes ${old.figure} (${old.edition}); the newest is ${m.newest.figure} (${m.newest.edition})`).not.toMatch(figurePattern(old.figure))
    }
  })

  if (m.benchmark !== undefined) {
    const name = m.benchmark
    it(`the ${name} benchmark in bank.json is the newest figure`, () => {
      const b = bank.detection.benchmarks.find((x) => x.label.includes(name))
      expect(b, `no ${name} benchmark`).toBeDefined()
      expect(`${b?.days ?? ''} days`).toBe(m.newest.figure)
      expect(b?.label).toContain(m.newest.edition.replace(/^Cost of a Data Breach /, ''))
    })
  }
})
