/**
 * The owner's summary in plain words. Pure: no jsPDF, so the words can be checked without reading
 * a PDF. (The order in which actions are numbered is `numberedActions` in `src/core/plan.ts`.)
 */
import type { Plan } from '../../core/plan.ts'
import type { Results } from '../../core/scoring.ts'
import type { ReportMessages } from '../../i18n/types.ts'

/**
 * Three to five short sentences, in the language of `words` (a dictionary's `report.summary`):
 * the score and tier, the strongest and weakest section, how many actions and when, the knowledge
 * gaps, and what was left unanswered. Never empty.
 */
export function ownerSummary(results: Results, plan: Plan, words: ReportMessages['summary']): string[] {
  const { score, tier } = results.overall
  if (score === null) return [words.none]
  const out = [`${words.score(score, tier?.label ?? null)} ${tier?.summary ?? ''}`.trim()]
  const scored = results.sections.flatMap((s) => (s.score === null ? [] : [{ title: s.section.title, score: s.score }]))
  const best = [...scored].sort((a, b) => b.score - a.score)[0]
  const worst = [...scored].sort((a, b) => a.score - b.score)[0]
  if (best !== undefined && worst !== undefined && best.score !== worst.score) out.push(words.strongest(best.title, best.score, worst.title, worst.score))
  const { week, month, quarter } = plan.byTimeframe
  out.push(plan.items.length === 0 ? words.noActions : words.actions(plan.items.length, week.length, month.length, quarter.length))
  if (results.gaps.length > 0) out.push(words.gaps(results.gaps.length))
  if (!results.complete) out.push(words.incomplete(results.answered, results.applicable))
  return out
}
