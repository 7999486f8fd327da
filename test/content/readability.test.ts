/**
 * Plain language: the Flesch–Kincaid reading grade of what an owner reads in each section (the
 * lesson, each question and its help, each answer) must average grade 10 or below. Each text is
 * graded on its own (a grade below 0 counts as 0), then averaged per section; the fixed "Not sure"
 * answer is left out so it can't pull the average down. The figures are in the test names, so
 * `npx vitest run test/content --reporter=verbose` prints them. Actions are graded too (they go
 * into the PDF plan) and held to the same limit.
 */
import { describe, expect, it } from 'vitest'
import type { Section } from '../../src/core/bank/types.ts'
import { fleschKincaidGrade, gradeOfStats, sumStats, textStats } from '../support/readability.ts'
import { realBank } from './real-bank.ts'

const MAX_GRADE = 10

/** What the owner reads on the section's screen. */
function screenTexts(section: Section): string[] {
  return [
    section.lesson.text,
    ...section.questions.flatMap((q) => [q.text, ...(q.help === undefined ? [] : [q.help]), ...q.options.filter((o) => !o.notSure).map((o) => o.label)]),
  ]
}

/** What the owner reads in the plan: each action's "do" and "why". */
function actionTexts(section: Section): string[] {
  return section.questions.flatMap((q) => (q.kind === 'scored' ? q.options.flatMap((o) => (o.action === undefined ? [] : [o.action.do, o.action.why])) : []))
}

function average(texts: readonly string[]): number {
  const grades = texts.map((t) => Math.max(0, fleschKincaidGrade(t))).filter((g) => !Number.isNaN(g))
  return grades.reduce((a, b) => a + b, 0) / grades.length
}

function pooled(texts: readonly string[]): number {
  return gradeOfStats(sumStats(texts.map(textStats)))
}

const rows = realBank().sections.map((section) => {
  const screen = screenTexts(section)
  const actions = actionTexts(section)
  return {
    id: section.id,
    screen: average(screen),
    count: screen.length,
    pooled: pooled(screen),
    lesson: fleschKincaidGrade(section.lesson.text),
    actions: average(actions),
  }
})

describe('reading grade per section (Flesch–Kincaid)', () => {
  for (const row of rows) {
    const label = `${row.id}: screen ${row.screen.toFixed(1)} (${row.count} texts; pooled ${row.pooled.toFixed(1)}; lesson ${row.lesson.toFixed(1)}), actions ${row.actions.toFixed(1)}`
    it(label, () => {
      expect(row.screen, `${row.id}: lesson, questions and answers`).toBeLessThanOrEqual(MAX_GRADE)
      expect(row.actions, `${row.id}: actions`).toBeLessThanOrEqual(MAX_GRADE)
    })
  }

  const overall = rows.reduce((sum, r) => sum + r.screen, 0) / rows.length
  it(`whole bank: average section grade ${overall.toFixed(1)}`, () => {
    expect(overall).toBeLessThanOrEqual(MAX_GRADE)
  })
})
