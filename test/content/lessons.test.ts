/**
 * Checks on the lessons: short, tied to the T-Mobile story, and every figure sourced. Sources must
 * come from the project's checked facts list; its addresses are copied into sources.json, because
 * the shared research notes are not part of this repository (and not available in CI).
 */
import { describe, expect, it } from 'vitest'
import { words } from '../support/readability.ts'
import { realBank } from './real-bank.ts'
import sources from './sources.json'

const bank = realBank()
const allowed = new Set(sources.allowed)

/** The numbers in a text, as written ("1,000" → "1000", "$15.75 million" → "15.75"). */
function numbers(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, ''))
}

function isExcluded(url: string): boolean {
  return sources.excluded.some((e) => url.startsWith(e.url))
}

describe('the source list', () => {
  it('keeps excluded addresses out of the allowed list', () => {
    for (const url of sources.allowed) expect(isExcluded(url), url).toBe(false)
  })
})

describe.each(bank.sections.map((s) => [s.id, s] as const))('the lesson of %s', (_id, section) => {
  const { text, facts } = section.lesson

  it('is at most 130 words', () => {
    expect(words(text).length).toBeLessThanOrEqual(130)
  })

  it('ties back to the T-Mobile story', () => {
    expect(text).toMatch(/T-Mobile/)
  })

  it('cites every figure with a source from the checked facts list', () => {
    expect(facts.length).toBeGreaterThan(0)
    for (const fact of facts) {
      expect(fact.source, fact.figure).toMatch(/^https?:\/\//)
      expect(allowed.has(fact.source), `${fact.source} is not in test/content/sources.json (copied from facts.md)`).toBe(true)
      expect(isExcluded(fact.source), fact.source).toBe(false)
    }
  })

  it('quotes no number that is missing from its facts, and every fact is used in the text', () => {
    const cited = new Set(facts.flatMap((f) => numbers(f.figure)))
    for (const n of numbers(text)) expect(cited.has(n), `"${n}" appears in the lesson but in none of its facts`).toBe(true)
    const quoted = new Set(numbers(text))
    for (const fact of facts) expect(numbers(fact.figure).some((n) => quoted.has(n)), `fact not quoted in the lesson: ${fact.figure}`).toBe(true)
  })

  it('names the metric whenever it quotes IBM or Mandiant detection times', () => {
    if (/Mandiant/.test(text) && /\bdays\b/.test(text)) expect(text).toMatch(/dwell time/)
    if (/IBM/.test(text) && /days/.test(text)) expect(text).toMatch(/identify and contain/)
  })

  it('never repeats the "60% of small businesses close within six months" myth', () => {
    // Verizon's "about 60% of breaches involve a human element" is a real figure; the myth is about businesses closing.
    expect(text).not.toMatch(/(60\s?%|60 percent|sixty percent)[^.]*(small business|compan|firm)[^.]*(close|out of business|shut|fold)/i)
    expect(text).not.toMatch(/(close|go out of business|shut down|fold)[^.]*(six|6) months/i)
  })
})

describe('the detection benchmarks in bank.json', () => {
  it('cite sources from the checked facts list', () => {
    for (const b of bank.detection.benchmarks) expect(allowed.has(b.source), `${b.label}: ${b.source}`).toBe(true)
  })
})
