import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadBank } from '../../src/node/bank-files.ts'
import { allQuestions } from '../../src/core/bank.ts'

// The one test that reads the real questions/ folder.
const dir = fileURLToPath(new URL('../../questions', import.meta.url))

describe('the shipped question bank', () => {
  const bank = loadBank(dir)

  it('validates and holds the three lessons of the article, in order', () => {
    expect(bank.sections.map((s) => s.id).slice(0, 3)).toEqual(['api-exposure', 'detection-speed', 'breach-history'])
  })

  it('cites a source URL for every lesson figure', () => {
    for (const section of bank.sections) {
      expect(section.lesson.facts.length, section.id).toBeGreaterThan(0)
      for (const fact of section.lesson.facts) expect(fact.source, section.id).toMatch(/^https?:\/\//)
    }
  })

  it('has a complete action for every option below the best', () => {
    for (const q of allQuestions(bank)) {
      if (q.kind !== 'scored') continue
      for (const o of q.options) if (o.score < 100) expect(o.action?.do, `${q.id}/${o.id}`).toBeTruthy()
    }
  })

  it('gates the API questions behind the question about what the business exposes', () => {
    const api = bank.sections[0]
    const gate = api?.questions[0]
    expect(gate?.kind).toBe('profile')
    expect(api?.questions.slice(1).every((q) => q.showIf?.question === gate?.id)).toBe(true)
  })
})
