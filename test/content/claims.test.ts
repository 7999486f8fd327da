/**
 * No overclaims: the bank never says more than its sources do. T-Mobile never published the cause
 * of the 2023 API breach; Verizon's "third party" means suppliers and partners; "ransomware in 88%
 * of SMB breaches" is a share of breaches, not how often businesses are hit; the 2018 and 2023 API
 * breaches differ (found the same day vs. after about 41 days); the detection benchmarks come from
 * samples of mostly large organisations. And every outlet or organisation a lesson names is named in
 * one of its facts, so the reader can see where that detail comes from.
 */
import { describe, expect, it } from 'vitest'
import { sentences } from '../support/readability.ts'
import { realBank } from './real-bank.ts'

const bank = realBank()

/** Every text an owner or an IT provider can read, with where it is. */
const texts: { where: string; text: string }[] = [
  ...bank.sections.flatMap((s) => [
    { where: `${s.id}: lesson.text`, text: s.lesson.text },
    ...s.lesson.facts.map((f, i) => ({ where: `${s.id}: lesson.facts[${i}]`, text: f.figure })),
    ...s.questions.flatMap((q) => [
      { where: `${q.id}: text`, text: q.text },
      ...(q.help === undefined ? [] : [{ where: `${q.id}: help`, text: q.help }]),
      ...q.options.map((o) => ({ where: `${q.id}/${o.id}: label`, text: o.label })),
      ...(q.kind === 'scored'
        ? q.options.flatMap((o) => (o.action === undefined ? [] : [{ where: `${q.id}/${o.id}: action.do`, text: o.action.do }, { where: `${q.id}/${o.id}: action.why`, text: o.action.why }]))
        : []),
    ]),
  ]),
  ...bank.detection.assumptions.map((a, i) => ({ where: `bank.json: detection.assumptions[${i}]`, text: a })),
  ...bank.detection.benchmarks.map((b, i) => ({ where: `bank.json: detection.benchmarks[${i}]`, text: `${b.label}. ${b.metric}` })),
]

const FORBIDDEN: [RegExp, string][] = [
  [/exactly (how|what|why|the way)/i, 'T-Mobile never published the exact cause of the 2023 breach'],
  [/\bunauthenticated\b/i, 'that the API was unauthenticated is a third-party guess (facts.md: [check])'],
  [/\b(root cause|caused by)\b[^.]*T-Mobile|T-Mobile[^.]*\b(root cause|caused by)\b/i, 'T-Mobile never published the cause'],
  [/outside (party|parties|attackers?)[^.]*\d+\s?%|\d+\s?%[^.]*outside (party|parties|attackers?)/i, "Verizon's third party means suppliers and partners, not outside attackers"],
  [/more often hit by ransomware|\d+\s?% of (small|SMB)[a-z ]*(are|were|get|got) (hit|attacked)/i, 'the DBIR gives a share of breaches, not how often businesses are hit'],
  [/\b(much|just) like 2023\b|2018[^.]*\b(same as|like) (in )?2023/i, '2018 was found the same day, 2023 after about 41 days: contrast them'],
  [/all sizes/i, 'the IBM and Mandiant samples are mostly large organisations'],
]

describe('no overclaims', () => {
  it.each(texts.map((t) => [t.where, t.text] as const))('%s', (_where, text) => {
    for (const [pattern, why] of FORBIDDEN) expect(text, why).not.toMatch(pattern)
  })

  it('says what Verizon means by a third party wherever its share is quoted', () => {
    for (const t of texts) for (const s of sentences(t.text)) if (/third[- ]part/i.test(s) && /\d+\s?%/.test(s)) expect(t.text, t.where).toMatch(/supplier|partner|vendor/i)
  })

  it('quotes the 88% ransomware figure only as a share of breaches', () => {
    for (const t of texts) for (const s of sentences(t.text)) if (/\b88\s?%/.test(s)) expect(s, t.where).toMatch(/breaches/)
  })

  it('contrasts the 2018 API breach (found the same day) with 2023 (about 41 days) in the breach-history lesson', () => {
    const lesson = bank.sections.find((s) => s.id === 'breach-history')?.lesson.text ?? ''
    expect(lesson).toMatch(/2018/)
    expect(lesson).toMatch(/same day/)
    expect(lesson).toMatch(/41 days/)
  })
})

/** Outlets, reports and organisations a lesson may name for a detail; each must be in one of its facts. */
const NAMED = ['Wall Street Journal', 'Reuters', 'Boston Globe', 'Motherboard', 'Bloomberg', 'New York Times', 'Washington Post', 'CNN', 'BBC', 'Verizon', 'IBM', 'Mandiant', 'M-Trends', 'FCC', 'SEC', 'Experian', 'Lapsus$', 'Ponemon']

describe.each(bank.sections.map((s) => [s.id, s] as const))('the lesson of %s', (_id, section) => {
  it('names no outlet, report or organisation that its facts leave out', () => {
    const facts = section.lesson.facts.map((f) => f.figure).join(' ')
    for (const name of NAMED) if (section.lesson.text.includes(name)) expect(facts, `"${name}" is named in the lesson but in none of its facts`).toContain(name)
  })

  it('gives the edition year with every named report it quotes', () => {
    for (const s of sentences(section.lesson.text)) if (/Verizon|IBM|M-Trends/.test(s) && /\d+\s?%|\d+ days/.test(s)) expect(s, 'say which edition').toMatch(/20\d\d/)
  })
})
