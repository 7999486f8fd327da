import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillActions, fillSection, joinBank, splitBank } from '../../src/core/bank/split.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { timeEstimate, visibleQuestions } from '../../src/core/answers.ts'
import type { BankSkeleton } from '../../src/core/bank/types.ts'
import { buildBank, fixtureBank } from '../support/fixture-bank.ts'
import { answersFor } from '../support/answers-arbitrary.ts'


describe.each([
  ['the core fixture', fixtureBank('core')],
  ['the report fixture', fixtureBank('report')],
])('splitBank on %s', (_name, bank) => {
  const { skeleton, texts, actions, insurance, detection, emergency } = splitBank(bank)

  it('keeps no words in the skeleton: no lesson, question text, help, labels, actions or framework ids', () => {
    const json = JSON.stringify(skeleton.sections)
    expect(json).not.toMatch(/"(label|text|help)":"[^"]/)
    expect(json).not.toContain('"action"')
    expect(json).not.toMatch(/"(nist|cis|owasp)":\["/)
    for (const section of bank.sections) expect(json).not.toContain(section.lesson.text)
  })

  it('keeps titles, tiers and detection bands in the skeleton', () => {
    expect(skeleton.sections.map((s) => s.title)).toEqual(bank.sections.map((s) => s.title))
    expect(skeleton.tiers).toEqual(bank.tiers)
    expect(skeleton.detection.bands).toEqual(bank.detection.bands)
  })

  it('leaves where to report an attack to the emergency page\'s part', () => {
    expect(bank.emergency.length).toBeGreaterThan(0)
    expect(skeleton.emergency).toEqual([])
    expect(emergency).toEqual(bank.emergency)
  })

  it('leaves the insurers\' controls and the detection model\'s words (assumptions, benchmarks) to the results\' part', () => {
    expect('insurance' in skeleton).toBe(false)
    expect(insurance).toEqual(bank.insurance)
    expect(skeleton.detection).toEqual({ bands: bank.detection.bands, assumptions: [], benchmarks: [] })
    expect(detection).toEqual(bank.detection)
  })

  it('gives back exactly the original bank once every section is filled', () => {
    expect(joinBank({ skeleton, texts, actions, insurance, detection, emergency })).toEqual(bank)
  })

  it('keeps actions out of the section words, and puts each back on its option', () => {
    expect(JSON.stringify(texts)).not.toContain('"action"')
    const words = Object.entries(texts).reduce((b, [id, text]) => fillSection(b, id, text), skeleton)
    const withActions = fillActions(words, actions)
    const count = (b: BankSkeleton): number => b.sections.flatMap((s) => s.questions).flatMap((q) => q.options).filter((o) => 'action' in o).length
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
