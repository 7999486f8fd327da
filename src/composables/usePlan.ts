/**
 * What only the results show, derived from the answers: the plan, what to fix first and the
 * detection estimate. Here and not in the store, so the scoring of the questionnaire loads with the
 * first screen and the plan's code only with the results page (a smaller first load).
 */
import { computed, type ComputedRef, type Ref } from 'vue'
import { bank, fullBank } from '../bank.ts'
import type { Answers } from '../core/answers.ts'
import { derivePlan, topActions, type Plan, type PlanItem } from '../core/plan.ts'
import { estimateDetection, type DetectionEstimate } from '../core/detection.ts'

export interface PlanState {
  /** Null until every section's words and every action have loaded: never a plan without actions. */
  readonly plan: ComputedRef<Plan | null>
  /** What to do first (`topActions`): the same list the page, the email and the PDF show. Null with the plan. */
  readonly fixFirst: ComputedRef<readonly PlanItem[] | null>
  readonly detection: ComputedRef<DetectionEstimate | null>
}

export function usePlan(answers: Readonly<Ref<Answers>>): PlanState {
  const plan = computed(() => (fullBank.value === null ? null : derivePlan(fullBank.value, answers.value)))
  const fixFirst = computed(() => (plan.value === null ? null : topActions(plan.value)))
  const detection = computed(() => estimateDetection(bank.value, answers.value))
  return { plan, fixFirst, detection }
}
