/**
 * Answers and which questions apply. Pure: plain data in, plain data out.
 *
 * Answers map a question id to the chosen option id. Every consumer (scoring, plan, report) reads
 * answers through `applicableAnswers`, so answers to hidden or unknown questions never count and
 * never leak into the plan.
 */
import type { BankSkeleton, ChoiceOption, Question, Section } from './bank/types.ts'
import { own } from './records.ts'

/** The owner's answers: question id → option id. */
export type Answers = Readonly<Record<string, string>>

/** An answer to a question that currently applies, with its option resolved. */
export interface AppliedAnswer<Q extends Question = Question> {
  readonly question: Q
  readonly option: Q['options'][number]
}

/** The option chosen for a question, or undefined when unanswered or the id is not an option. */
export function chosenOption<Q extends Question>(question: Q, answers: Answers): Q['options'][number] | undefined {
  const id = own(answers, question.id)
  return id === undefined ? undefined : question.options.find((o: ChoiceOption) => o.id === id)
}

/**
 * Whether a question applies: it has no condition, or its condition question itself applies and is
 * answered with one of the listed options. Conditions point to earlier questions (the validator
 * checks this), so the walk always ends.
 */
export function isVisible(bank: BankSkeleton, question: Question, answers: Answers): boolean {
  const condition = question.showIf
  if (condition === undefined) return true
  const target = findQuestion(bank, condition.question)
  if (target === undefined || !isVisible(bank, target, answers)) return false
  const chosen = own(answers, target.id)
  return chosen !== undefined && condition.anyOf.includes(chosen)
}

/** The questions of a section that apply to these answers, in order. */
export function visibleQuestions(bank: BankSkeleton, section: Section, answers: Answers): Question[] {
  return section.questions.filter((q) => isVisible(bank, q, answers))
}

/** The question with this id, or undefined. */
export function findQuestion(bank: BankSkeleton, id: string): Question | undefined {
  for (const section of bank.sections) {
    const found = section.questions.find((q) => q.id === id)
    if (found !== undefined) return found
  }
  return undefined
}

/** Answers to questions that apply now and name a real option, in bank order. */
export function applicableAnswers(bank: BankSkeleton, answers: Answers): AppliedAnswer[] {
  return bank.sections.flatMap((section) =>
    visibleQuestions(bank, section, answers).flatMap((question): AppliedAnswer[] => {
      const option = chosenOption(question, answers)
      return option === undefined ? [] : [{ question, option }]
    }),
  )
}

/**
 * Keeps only answers that name a known question and one of its options (hidden ones are kept, so
 * switching a condition back restores them). Returns the kept answers and the dropped question ids.
 */
export function pruneAnswers(bank: BankSkeleton, answers: Readonly<Record<string, unknown>>): { answers: Answers; dropped: string[] } {
  const kept: Record<string, string> = {}
  const dropped: string[] = []
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = findQuestion(bank, questionId)
    if (question !== undefined && typeof optionId === 'string' && question.options.some((o) => o.id === optionId)) {
      Object.defineProperty(kept, questionId, { value: optionId, enumerable: true, writable: true, configurable: true })
    } else {
      dropped.push(questionId)
    }
  }
  return { answers: kept, dropped }
}

/** The first section with an applicable question left unanswered, or undefined when all are done. */
export function firstIncompleteSection(bank: BankSkeleton, answers: Answers): Section | undefined {
  return bank.sections.find((s) => visibleQuestions(bank, s, answers).some((q) => chosenOption(q, answers) === undefined))
}

/**
 * Minutes to answer, rounded up: `min` counts the questions that apply now, `max` every question
 * (conditional ones included), so the welcome page can say "about 6–9 minutes" honestly.
 */
export function timeEstimate(bank: BankSkeleton, answers: Answers): { min: number; max: number } {
  const sum = (questions: readonly Question[]): number => Math.ceil(questions.reduce((total, q) => total + q.minutes, 0))
  const visible = bank.sections.flatMap((s) => visibleQuestions(bank, s, answers))
  return { min: sum(visible), max: sum(bank.sections.flatMap((s) => s.questions)) }
}

/** Every question of the bank, in order. */
export function allQuestions(bank: BankSkeleton): Question[] {
  return bank.sections.flatMap((s) => s.questions)
}
