/**
 * Scores: 0–100 per section and overall, weighted, with tiers from the bank.
 *
 * Only scored questions that apply and are answered count. "Not sure" scores 0 (you cannot rely on
 * a safeguard you cannot confirm) and is also reported as a knowledge gap. Unanswered questions do
 * not count at all: they are reported as such, never guessed.
 */
import type { BankSkeleton, ChoiceOption, ProfileQuestion, Question, ScoredQuestion, Section, Tier } from './bank/types.ts'
import { applicableAnswers, chosenOption, isVisible, visibleQuestions, type Answers } from './answers.ts'

/**
 * Where one question stands for these answers: not asked (a condition hides it), not answered,
 * or answered with `answer` (the option's label). `score` is the option's score, null on a profile
 * question (a fact about the business, not scored).
 */
export type Finding =
  | { readonly question: Question; readonly status: 'not-asked' }
  | { readonly question: Question; readonly status: 'unanswered' }
  | { readonly question: Question; readonly status: 'answered'; readonly answer: string; readonly notSure: boolean; readonly notApplicable: boolean; readonly score: number | null }

export interface SectionScore {
  readonly section: Section
  /** Every question of the section, in order, with where it stands (what is in place, what is missing). */
  readonly findings: readonly Finding[]
  /** Weighted score 0–100 of the answered questions, or null when none is answered. */
  readonly score: number | null
  readonly tier: Tier | null
  /** Scored questions that apply to these answers. */
  readonly applicable: number
  readonly answered: number
  readonly notSure: number
}

/** A "Not sure" answer: something the owner should find out. */
export interface KnowledgeGap {
  readonly section: Section
  readonly question: Question
}

export interface Results {
  readonly overall: { readonly score: number | null; readonly tier: Tier | null }
  readonly sections: readonly SectionScore[]
  readonly gaps: readonly KnowledgeGap[]
  /** Applicable questions (scored and profile) and how many of them are answered. */
  readonly applicable: number
  readonly answered: number
  readonly complete: boolean
}

/** The tier a score earns: the one with the highest `min` not above the score. Null for null. */
export function tierFor(tiers: readonly Tier[], score: number | null): Tier | null {
  if (score === null) return null
  let found: Tier | null = null
  for (const tier of tiers) if (score >= tier.min) found = tier
  return found
}

interface Sum {
  weighted: number
  weight: number
}

function ratio(sum: Sum): number | null {
  return sum.weight === 0 ? null : Math.round(sum.weighted / sum.weight)
}

function isScored(q: Question): q is ScoredQuestion {
  return q.kind === 'scored'
}

/** Whether an option is "Doesn't apply to us": such an answer keeps its question out of the score. */
export function isNotApplicable(option: ChoiceOption): boolean {
  return 'notApplicable' in option && option.notApplicable === true
}

/** Where one question stands: hidden, unanswered, or the answer with its label and score. */
function findingFor(bank: BankSkeleton, question: Question, answers: Answers): Finding {
  if (!isVisible(bank, question, answers)) return { question, status: 'not-asked' }
  const option = chosenOption(question, answers)
  if (option === undefined) return { question, status: 'unanswered' }
  const notApplicable = isNotApplicable(option)
  const score = question.kind === 'scored' && 'score' in option && !notApplicable ? option.score : null
  return { question, status: 'answered', answer: option.label, notSure: option.notSure, notApplicable, score }
}

/** Scores every section and the whole assessment for these answers. Never throws. */
export function scoreAssessment(bank: BankSkeleton, answers: Answers): Results {
  const applied = applicableAnswers(bank, answers)
  const total: Sum = { weighted: 0, weight: 0 }
  const sections = bank.sections.map((section): SectionScore => {
    const sum: Sum = { weighted: 0, weight: 0 }
    let answered = 0
    let notSure = 0
    for (const { question, option } of applied) {
      if (question.sectionId !== section.id || !isScored(question) || isNotApplicable(option)) continue
      const score = 'score' in option ? option.score : 0
      sum.weighted += question.weight * score
      sum.weight += question.weight
      answered += 1
      if (option.notSure) notSure += 1
    }
    total.weighted += sum.weighted
    total.weight += sum.weight
    const score = ratio(sum)
    // A "Doesn't apply" answer takes its question out, as a condition would.
    const applicable = visibleQuestions(bank, section, answers).filter((q) => {
      const chosen = chosenOption(q, answers)
      return isScored(q) && (chosen === undefined || !isNotApplicable(chosen))
    }).length
    return { section, findings: section.questions.map((q) => findingFor(bank, q, answers)), score, tier: tierFor(bank.tiers, score), applicable, answered, notSure }
  })
  const gaps = applied
    .filter((a) => a.option.notSure)
    .flatMap(({ question }): KnowledgeGap[] => {
      const section = bank.sections.find((s) => s.id === question.sectionId)
      return section === undefined ? [] : [{ section, question }]
    })
  const visible = bank.sections.flatMap((s) => visibleQuestions(bank, s, answers))
  const answered = visible.filter((q: Question | ProfileQuestion) => chosenOption(q, answers) !== undefined).length
  const score = ratio(total)
  return {
    overall: { score, tier: tierFor(bank.tiers, score) },
    sections,
    gaps,
    applicable: visible.length,
    answered,
    complete: answered === visible.length,
  }
}
