/**
 * The owner's summary in plain words. Pure: no jsPDF, so the words can be checked without reading
 * a PDF. (The order in which actions are numbered is `numberedActions` in `src/core/plan.ts`.)
 */
import { TIMEFRAMES } from '../../core/bank/types.ts'
import type { Plan } from '../../core/plan.ts'
import type { Results } from '../../core/scoring.ts'

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`
}

/**
 * Three to five short sentences: the score and tier, the strongest and weakest section, how many
 * actions and when, the knowledge gaps, and what was left unanswered. Never empty.
 */
export function ownerSummary(results: Results, plan: Plan): string[] {
  const { score, tier } = results.overall
  if (score === null) {
    return ['You have not answered any scored questions yet, so there is no score and no plan. Answer the questions to get both.']
  }
  const out = [`You scored ${score} out of 100${tier === null ? '' : `, which puts you in the "${tier.label}" band`}. ${tier?.summary ?? ''}`.trim()]
  const scored = results.sections.flatMap((s) => (s.score === null ? [] : [{ title: s.section.title, score: s.score }]))
  const best = [...scored].sort((a, b) => b.score - a.score)[0]
  const worst = [...scored].sort((a, b) => a.score - b.score)[0]
  if (best !== undefined && worst !== undefined && best.score !== worst.score) {
    out.push(`Your strongest area is "${best.title}" (${best.score}); the weakest is "${worst.title}" (${worst.score}).`)
  }
  const counts = TIMEFRAMES.map((t) => plan.byTimeframe[t].length)
  const [week = 0, month = 0, quarter = 0] = counts
  const when = [week > 0 ? `${week} this week` : '', month > 0 ? `${month} within 30 days` : '', quarter > 0 ? `${quarter} within 90 days` : ''].filter((p) => p !== '')
  out.push(plan.items.length === 0 ? 'Your answers call for no actions right now: keep doing what you do.' : `Your answers lead to ${plural(plan.items.length, 'action')}: ${list(when)}.`)
  if (results.gaps.length > 0) {
    out.push(`You were not sure about ${plural(results.gaps.length, 'thing')}; finding out is often the quickest win (see "Things to find out").`)
  }
  if (!results.complete) {
    out.push(`You answered ${results.answered} of ${plural(results.applicable, 'question')}; the rest do not count yet.`)
  }
  return out
}
