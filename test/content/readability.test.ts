/**
 * Plain language: the Flesch–Kincaid reading grade (the project's own counter,
 * test/support/readability.ts) of each part of a section, averaged per section:
 *
 * - questions and options (each question, its help and each answer; the fixed "Not sure" is left
 *   out so it can't pull the average down): grade 8 or below;
 * - the lesson, the lesson's facts as shown on screen under "Sources", and the actions (each
 *   action's "do" and "why", which go into the PDF plan): grade 9 or below.
 *
 * Each text is graded on its own (a grade below 0 counts as 0), then averaged. The figures are in
 * the test names, so `npx vitest run test/content/readability.test.ts --reporter=verbose` prints
 * them.
 */
import { describe, expect, it } from 'vitest'
import { fleschKincaidGrade, readingParts } from '../support/readability.ts'
import { realBank } from './real-bank.ts'

/** The highest average grade allowed, per part of a section. */
export const MAX_GRADE = { questions: 8, lesson: 9, facts: 9, actions: 9 } as const

type Part = keyof typeof MAX_GRADE


function average(texts: readonly string[]): number {
  const grades = texts.map((t) => Math.max(0, fleschKincaidGrade(t))).filter((g) => !Number.isNaN(g))
  return grades.reduce((a, b) => a + b, 0) / grades.length
}

const PARTS = Object.keys(MAX_GRADE) as Part[]

const rows = realBank().sections.map((section) => {
  const texts = readingParts(section)
  return { id: section.id, grades: Object.fromEntries(PARTS.map((p) => [p, average(texts[p])])) as Record<Part, number> }
})

describe('reading grade per section (Flesch–Kincaid)', () => {
  for (const row of rows) {
    const label = `${row.id}: ${PARTS.map((p) => `${p} ${row.grades[p].toFixed(1)}`).join(', ')}`
    it(label, () => {
      for (const p of PARTS) expect(row.grades[p], `${row.id}: ${p} (at most grade ${MAX_GRADE[p]})`).toBeLessThanOrEqual(MAX_GRADE[p])
    })
  }

  for (const p of PARTS) {
    const overall = rows.reduce((sum, r) => sum + r.grades[p], 0) / rows.length
    it(`whole bank: ${p} average ${overall.toFixed(1)}`, () => {
      expect(overall).toBeLessThanOrEqual(MAX_GRADE[p])
    })
  }
})
