/**
 * Plain language in Spanish: the Fernández-Huerta reading ease (test/support/readability-es.ts) of
 * each part of each Spanish section, averaged per section, with floors that match the English
 * test's grades (test/content/readability.test.ts):
 *
 * - questions and options (each question, its help and each answer; "No lo sé" left out): 70 or
 *   more, "bastante fácil" (6th grade on Fernández-Huerta's scale; the English floor is grade 8);
 * - the lesson, its facts and the actions: 60 or more, "normal" (7th to 8th grade; English: grade 9).
 *
 * Each text is scored on its own (a score above 100 counts as 100, as an English grade below 0
 * counts as 0), then averaged. The test names carry the figures in both languages: Spanish
 * Fernández-Huerta (FH) and INFLESZ, and the English Flesch–Kincaid grade (FK) of the same section,
 * so `npx vitest run test/content/readability-es.test.ts --reporter=verbose` prints them.
 */
import { describe, expect, it } from 'vitest'
import { loadBank } from '../../src/node/bank-files.ts'
import { fleschKincaidGrade, readingParts } from '../support/readability.ts'
import { fernandezHuerta, inflesz } from '../support/readability-es.ts'
import { QUESTIONS_DIR, realBank } from './real-bank.ts'

/** The lowest average Fernández-Huerta score allowed, per part of a section. */
export const MIN_EASE = { questions: 70, lesson: 60, facts: 60, actions: 60 } as const

type Part = keyof typeof MIN_EASE
const PARTS = Object.keys(MIN_EASE) as Part[]


function average(texts: readonly string[], score: (t: string) => number, clamp: (x: number) => number): number {
  const scores = texts.map((t) => clamp(score(t))).filter((x) => !Number.isNaN(x))
  return scores.reduce((a, b) => a + b, 0) / scores.length
}

const ease = (texts: readonly string[]): number => average(texts, fernandezHuerta, (x) => Math.min(100, x))
const infleszOf = (texts: readonly string[]): number => average(texts, inflesz, (x) => Math.min(100, x))
const grade = (texts: readonly string[]): number => average(texts, fleschKincaidGrade, (x) => Math.max(0, x))

const englishSections = realBank().sections
const rows = loadBank(QUESTIONS_DIR, undefined, 'es').sections.map((section, i) => {
  const es = readingParts(section)
  const en = readingParts(englishSections[i] ?? section)
  const of = (f: (t: readonly string[]) => number, p: Record<Part, string[]>): Record<Part, number> => Object.fromEntries(PARTS.map((k) => [k, f(p[k])])) as Record<Part, number>
  return { id: section.id, ease: of(ease, es), inflesz: of(infleszOf, es), grade: of(grade, en) }
})

describe('reading ease per Spanish section (Fernández-Huerta)', () => {
  for (const row of rows) {
    const label = `${row.id}: ${PARTS.map((p) => `${p} FH ${row.ease[p].toFixed(1)} / INFLESZ ${row.inflesz[p].toFixed(1)} (English FK ${row.grade[p].toFixed(1)})`).join(', ')}`
    it(label, () => {
      for (const p of PARTS) expect(row.ease[p], `${row.id}: ${p} (at least ${MIN_EASE[p]})`).toBeGreaterThanOrEqual(MIN_EASE[p])
    })
  }

  for (const p of PARTS) {
    const overall = rows.reduce((sum, r) => sum + r.ease[p], 0) / rows.length
    it(`whole bank: ${p} FH average ${overall.toFixed(1)}`, () => {
      expect(overall).toBeGreaterThanOrEqual(MIN_EASE[p])
    })
  }
})
