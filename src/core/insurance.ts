/**
 * Insurance readiness: where the owner's answers leave each question that cyber insurers commonly
 * ask (`questions/insurance.json`), and which action of the plan closes each gap. A lens on the
 * answers the owner already gave: it asks nothing new and never says what an insurer will decide.
 */
import type { Bank, InsuranceControl, InsuranceRule, InsuranceStatus, Question } from './bank/types.ts'
import { INSURANCE_STATUSES } from './bank/types.ts'
import { chosenOption, findQuestion, isVisible, type Answers } from './answers.ts'
import type { Plan, PlanItem } from './plan.ts'

/** Where one question of a control stands. `status` is null when the owner was not shown the question. */
export interface RuleReading {
  readonly question: Question
  readonly status: InsuranceStatus | null
  /** The chosen option's label; null when unanswered or not asked. */
  readonly answer: string | null
}

export interface ControlReading {
  readonly control: InsuranceControl
  readonly status: InsuranceStatus
  readonly rules: readonly RuleReading[]
  /** The plan's actions for the answers that keep this control short of "Meets", most urgent first. */
  readonly actions: readonly PlanItem[]
}

export interface InsuranceReadiness {
  readonly controls: readonly ControlReading[]
  /** How many controls have each status. */
  readonly counts: Readonly<Record<InsuranceStatus, number>>
}

const rank = (status: InsuranceStatus): number => INSURANCE_STATUSES.indexOf(status)

/** The status one option gives under a rule: the list that names it, else unknown ("Not sure" and any option left out). */
function statusOf(rule: InsuranceRule, optionId: string): InsuranceStatus {
  return INSURANCE_STATUSES.find((status) => status !== 'unknown' && rule[status].includes(optionId)) ?? 'unknown'
}

function readRule(bank: Bank, rule: InsuranceRule, answers: Answers): RuleReading | undefined {
  const question = findQuestion(bank, rule.question)
  if (question === undefined) return undefined
  if (!isVisible(bank, question, answers)) return { question, status: null, answer: null }
  const option = chosenOption(question, answers)
  return option === undefined ? { question, status: 'unknown', answer: null } : { question, status: statusOf(rule, option.id), answer: option.label }
}

/**
 * Where the answers leave one control: the worst status among the questions the owner was shown
 * (unknown < doesn't meet < partly < meets), unknown when none was shown. So improving one answer
 * can never lower a control.
 */
export function readControl(bank: Bank, control: InsuranceControl, answers: Answers, plan: Plan): ControlReading {
  const rules = control.rules.flatMap((rule) => readRule(bank, rule, answers) ?? [])
  const shown = rules.flatMap((r) => (r.status === null ? [] : [r.status]))
  const status = shown.length === 0 ? 'unknown' : shown.reduce((worst, s) => (rank(s) < rank(worst) ? s : worst))
  const short = new Set(rules.filter((r) => r.status !== null && r.status !== 'meets').map((r) => r.question.id))
  const actions = status === 'meets' ? [] : plan.items.filter((item) => short.has(item.question.id))
  return { control, status, rules, actions }
}

/** Every control of the bank, read against these answers, in the file's order. */
export function insuranceReadiness(bank: Bank, answers: Answers, plan: Plan): InsuranceReadiness {
  const controls = bank.insurance.map((control) => readControl(bank, control, answers, plan))
  const counts = Object.fromEntries(INSURANCE_STATUSES.map((s) => [s, controls.filter((c) => c.status === s).length])) as Record<InsuranceStatus, number>
  return { controls, counts }
}
