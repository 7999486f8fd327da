/**
 * Splits a bank into a light skeleton and per-section text, and puts them back together.
 *
 * The app ships the skeleton (ids, scores, weights, minutes, conditions, titles, tiers, detection
 * bands) with its first screen, each section's words (lesson, question and option text, framework
 * ids) as a chunk of its own, and every action in one more chunk, which only the results need.
 * The skeleton is a complete `Bank` whose texts are empty and which has no actions, so every pure
 * function but the plan (visibility, scoring, time estimate, answer pruning) already works on it;
 * what shows words waits for `fillSection`, the plan for `fillActions`.
 */
import { own } from './records.ts'
import type { Action, Bank, ChoiceOption, Frameworks, Lesson, Question, ScoredOption, Section } from './bank.ts'

export interface OptionText {
  readonly label: string
}

/** Every action of the bank: question id → option id → action. */
export type BankActions = Readonly<Record<string, Readonly<Record<string, Action>>>>

export interface QuestionText {
  readonly text: string
  readonly help?: string
  readonly frameworks: Frameworks
  readonly options: Readonly<Record<string, OptionText>>
}

/** The words of one section, keyed by question and option id. */
export interface SectionText {
  readonly lesson: Lesson
  readonly questions: Readonly<Record<string, QuestionText>>
}

const EMPTY_FRAMEWORKS: Frameworks = { nist: [], cis: [], owasp: [] }

function stripChoice(o: ChoiceOption): ChoiceOption {
  return { id: o.id, label: '', notSure: o.notSure }
}

function stripScored(o: ScoredOption): ScoredOption {
  return {
    ...stripChoice(o),
    score: o.score,
    ...(o.detection === undefined ? {} : { detection: o.detection }),
    ...(o.raises === undefined ? {} : { raises: o.raises }),
  }
}

function stripQuestion(q: Question): Question {
  const base = {
    id: q.id,
    sectionId: q.sectionId,
    text: '',
    minutes: q.minutes,
    frameworks: EMPTY_FRAMEWORKS,
    ...(q.showIf === undefined ? {} : { showIf: q.showIf }),
  }
  return q.kind === 'scored'
    ? { ...base, kind: q.kind, weight: q.weight, options: q.options.map(stripScored) }
    : { ...base, kind: q.kind, options: q.options.map(stripChoice) }
}

function questionText(q: Question): QuestionText {
  const options = Object.fromEntries(q.options.map((o) => [o.id, { label: o.label }]))
  return { text: q.text, ...(q.help === undefined ? {} : { help: q.help }), frameworks: q.frameworks, options }
}

/** The section without its words, and its words. */
export function splitSection(section: Section): { skeleton: Section; text: SectionText } {
  return {
    skeleton: { ...section, lesson: { text: '', facts: [] }, questions: section.questions.map(stripQuestion) },
    text: { lesson: section.lesson, questions: Object.fromEntries(section.questions.map((q) => [q.id, questionText(q)])) },
  }
}

function questionActions(q: Question): Record<string, Action> {
  if (q.kind !== 'scored') return {}
  return Object.fromEntries(q.options.flatMap((o: ScoredOption) => (o.action === undefined ? [] : [[o.id, o.action] as const])))
}

/** The bank without its words or actions, the words of each section by section id, and the actions. */
export function splitBank(bank: Bank): { skeleton: Bank; texts: Record<string, SectionText>; actions: BankActions } {
  const parts = bank.sections.map((s) => ({ id: s.id, ...splitSection(s) }))
  const actions = Object.fromEntries(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, questionActions(q)] as const)).filter(([, a]) => Object.keys(a).length > 0))
  return { skeleton: { ...bank, sections: parts.map((p) => p.skeleton) }, texts: Object.fromEntries(parts.map((p) => [p.id, p.text])), actions }
}

function fillQuestion(q: Question, text: QuestionText | undefined): Question {
  if (text === undefined) return q
  const base = { text: text.text, ...(text.help === undefined ? {} : { help: text.help }), frameworks: text.frameworks }
  const fill = <O extends ChoiceOption>(o: O): O => {
    const t = own(text.options, o.id)
    return t === undefined ? o : { ...o, label: t.label }
  }
  return q.kind === 'scored' ? { ...q, ...base, options: q.options.map(fill) } : { ...q, ...base, options: q.options.map(fill) }
}

/** The bank with one section's words put back. An unknown section id returns the bank unchanged. */
export function fillSection(bank: Bank, sectionId: string, text: SectionText): Bank {
  return {
    ...bank,
    sections: bank.sections.map((s) =>
      s.id !== sectionId ? s : { ...s, lesson: text.lesson, questions: s.questions.map((q) => fillQuestion(q, own(text.questions, q.id))) },
    ),
  }
}

/** The bank with every action put back on its option. Unknown ids are ignored. */
export function fillActions(bank: Bank, actions: BankActions): Bank {
  const fill = (q: Question): Question => {
    const byOption = own(actions, q.id)
    if (q.kind !== 'scored' || byOption === undefined) return q
    const withAction = (o: ScoredOption): ScoredOption => {
      const action = own(byOption, o.id)
      return action === undefined ? o : { ...o, action }
    }
    return { ...q, options: q.options.map(withAction) }
  }
  return { ...bank, sections: bank.sections.map((s) => ({ ...s, questions: s.questions.map(fill) })) }
}
