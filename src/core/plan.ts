/**
 * The action plan: every applicable answer below the best yields its action, ranked by risk
 * (question weight × gap to the best answer) and grouped by time frame.
 */
import type { Action, Bank, Question, ScoredQuestion, Section, Timeframe } from './bank/types.ts'
import { TIMEFRAMES } from './bank/types.ts'
import { applicableAnswers } from './answers.ts'

export interface PlanItem {
  readonly section: Section
  readonly question: ScoredQuestion
  /** The label of the answer that led to this action. */
  readonly answer: string
  readonly notSure: boolean
  readonly action: Action
  /** weight × (100 − score) / 100, times the factor of any answer that raises it: higher is more urgent. */
  readonly risk: number
  /** The answer that made this action more urgent (e.g. a past incident whose cause was not fixed). */
  readonly raisedBy?: { readonly question: ScoredQuestion; readonly reason: string; readonly factor: number }
}

export interface Plan {
  /** All actions, most urgent first (ties keep the bank's order). */
  readonly items: readonly PlanItem[]
  /** The same actions split by time frame, each list most urgent first. */
  readonly byTimeframe: Readonly<Record<Timeframe, readonly PlanItem[]>>
}

/**
 * Derives the plan from the answers. Needs the whole bank (a skeleton has no actions, so it does
 * not type-check here). An empty or perfect set of answers gives an empty plan.
 */
export function derivePlan(bank: Bank, answers: Readonly<Record<string, string>>): Plan {
  const applied = applicableAnswers(bank, answers)
  const raises = applied.flatMap(({ question, option }) =>
    question.kind === 'scored' && 'raises' in option && option.raises !== undefined ? [{ question, ...option.raises }] : [],
  )
  const items = applied.flatMap(({ question, option }): PlanItem[] => {
    if (question.kind !== 'scored' || !('score' in option) || option.action === undefined) return []
    const section = bank.sections.find((s) => s.id === question.sectionId)
    if (section === undefined) return []
    const base = (question.weight * (100 - option.score)) / 100
    const raise = raises.filter((r) => r.sections.includes(section.id) && r.question !== question).sort((a, b) => b.factor - a.factor)[0]
    const item = { section, question, answer: option.label, notSure: option.notSure, action: option.action }
    if (raise === undefined) return [{ ...item, risk: base }]
    return [{ ...item, risk: base * raise.factor, raisedBy: { question: raise.question, reason: raise.reason, factor: raise.factor } }]
  })
  const ranked = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.risk - a.item.risk || a.index - b.index)
    .map(({ item }) => item)
  const byTimeframe = Object.fromEntries(TIMEFRAMES.map((t) => [t, ranked.filter((i) => i.action.timeframe === t)])) as Record<Timeframe, PlanItem[]>
  return { items: ranked, byTimeframe }
}

/** The action of a question's "Not sure" option: what to find out and who can tell you. */
export function findOutAction(question: Question): Action | undefined {
  if (question.kind !== 'scored') return undefined
  return question.options.find((o) => o.notSure)?.action
}

/** How many actions the owner is told to fix first, everywhere they are listed. */
export const FIX_FIRST_COUNT = 5

/**
 * What to do first: the `count` most urgent actions of the plan (highest risk first; ties keep the
 * bank's order). The one rule for "what comes first": the results page, the email summary, the PDF
 * and every later view call this, so they always name the same actions in the same order.
 */
export function topActions(plan: Plan, count: number = FIX_FIRST_COUNT): readonly PlanItem[] {
  return plan.items.slice(0, Math.max(0, Math.floor(count)))
}

/**
 * "The rest of your plan": every action that `topActions` does not put first, by time frame, each
 * list most urgent first. Together with `topActions` it holds every action of the plan exactly once.
 */
export function restOfPlan(plan: Plan, count: number = FIX_FIRST_COUNT): Readonly<Record<Timeframe, readonly PlanItem[]>> {
  const first = new Set(topActions(plan, count))
  return Object.fromEntries(TIMEFRAMES.map((t) => [t, plan.byTimeframe[t].filter((p) => !first.has(p))])) as Record<Timeframe, PlanItem[]>
}

/**
 * The plan in the order it is numbered everywhere (the PDF, the CSV): the top priorities first
 * (`topActions`, the same list as on the page and in the email), then the rest by time frame (this
 * week, 30 days, 90 days), each most urgent first. So the fix-first actions are numbers 1 to 5.
 */
export function numberedActions(plan: Plan, count: number = FIX_FIRST_COUNT): readonly PlanItem[] {
  const rest = restOfPlan(plan, count)
  return [...topActions(plan, count), ...TIMEFRAMES.flatMap((t) => rest[t])]
}
