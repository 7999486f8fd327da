import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillActions, fillSection, splitBank } from '../../src/core/bank-split.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { timeEstimate, visibleQuestions } from '../../src/core/answers.ts'
import type { Bank } from '../../src/core/bank.ts'
import { buildBank } from '../support/bank-builder.ts'
import { fixtureBank } from '../support/fixture-bank.ts'
import { answersFor } from '../support/answers-arbitrary.ts'

/** Puts every section's words back into the skeleton. */
function refill(skeleton: Bank, texts: Record<string, Parameters<typeof fillSection>[2]>, actions: Parameters<typeof fillActions>[1]): Bank {
  return fillActions(Object.entries(texts).reduce((bank, [id, text]) => fillSection(bank, id, text), skeleton), actions)
}

describe.each([
  ['the core fixture', buildBank()],
  ['the report fixture', fixtureBank()],
])('splitBank on %s', (_name, bank) => {
  const { skeleton, texts, actions } = splitBank(bank)

  it('keeps no words in the skeleton: no lesson, question text, help, labels, actions or framework ids', () => {
    const json = JSON.stringify(skeleton.sections)
    expect(json).not.toMatch(/"(label|text|help)":"[^"]/)
    expect(json).not.toContain('"action"')
    expect(json).not.toMatch(/"(nist|cis|owasp)":\["/)
    for (const section of bank.sections) expect(json).not.toContain(section.lesson.text)
  })

  it('keeps titles, tiers, detection and reporting data in the skeleton', () => {
    expect(skeleton.sections.map((s) => s.title)).toEqual(bank.sections.map((s) => s.title))
    expect(skeleton.tiers).toEqual(bank.tiers)
    expect(skeleton.detection).toEqual(bank.detection)
    expect(skeleton.emergency).toEqual(bank.emergency)
  })

  it('gives back exactly the original bank once every section is filled', () => {
    expect(refill(skeleton, texts, actions)).toEqual(bank)
  })

  it('keeps actions out of the section words, and puts each back on its option', () => {
    expect(JSON.stringify(texts)).not.toContain('"action"')
    const words = Object.entries(texts).reduce((b, [id, text]) => fillSection(b, id, text), skeleton)
    const withActions = fillActions(words, actions)
    const count = (b: Bank): number => b.sections.flatMap((s) => s.questions).flatMap((q) => q.options).filter((o) => 'action' in o).length
    expect(count(words)).toBe(0)
    expect(count(withActions)).toBe(count(bank))
    expect(count(bank)).toBeGreaterThan(5)
  })

  it('fills one section without touching the others', () => {
    const first = bank.sections[0]
    if (first === undefined) throw new Error('fixture')
    const one = fillActions(fillSection(skeleton, first.id, texts[first.id] ?? { lesson: { text: '', facts: [] }, questions: {} }), actions)
    expect(one.sections[0]).toEqual(first)
    expect(one.sections.slice(1).map((s) => s.lesson.text)).toEqual(skeleton.sections.slice(1).map(() => ''))
  })

  it('scores, shows questions and estimates time on the skeleton exactly as on the full bank', () => {
    fc.assert(
      fc.property(answersFor(bank), (answers) => {
        const full = scoreAssessment(bank, answers)
        const light = scoreAssessment(skeleton, answers)
        expect(light.overall).toEqual(full.overall)
        expect(light.sections.map((s) => [s.score, s.answered, s.applicable, s.notSure])).toEqual(full.sections.map((s) => [s.score, s.answered, s.applicable, s.notSure]))
        expect(timeEstimate(skeleton, answers)).toEqual(timeEstimate(bank, answers))
        skeleton.sections.forEach((s, i) => {
          const original = bank.sections[i]
          if (original) expect(visibleQuestions(skeleton, s, answers).map((q) => q.id)).toEqual(visibleQuestions(bank, original, answers).map((q) => q.id))
        })
      }),
      { numRuns: 200 },
    )
  })
})

describe('fillSection', () => {
  it('returns the bank unchanged for an unknown section id', () => {
    const { skeleton, texts } = splitBank(buildBank())
    const text = Object.values(texts)[0]
    if (text === undefined) throw new Error('fixture')
    expect(fillSection(skeleton, 'nowhere', text)).toEqual(skeleton)
  })
})
