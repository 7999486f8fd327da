/**
 * Splits a bank into a light skeleton and per-section text, and puts them back together.
 *
 * The app ships the skeleton (ids, scores, weights, minutes, conditions, titles, tiers, detection
 * bands) with its first screen, each section's words (lesson, question and option text, framework
 * ids) as a chunk of its own, and every action, the insurers' controls and the detection model's
 * words (assumptions, benchmarks) in one more chunk, which only the results need.
 * The skeleton is a `BankSkeleton`: its texts are empty and it has no actions, so every pure
 * function but the plan (visibility, scoring, time estimate, answer pruning) already works on it;
 * what shows words waits for `fillSection`, and the plan for `joinBank`, which needs every part.
 */
import { own } from '../records.ts'
import type { Action, Bank, BankSkeleton, ChoiceOption, DetectionModel, EmergencyCountry, Frameworks, InsuranceControl, Lesson, Question, ScoredOption, Section } from './types.ts'

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
    ...(o.notApplicable === true ? { notApplicable: true as const } : {}),
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

/** The parts of a bank as the app ships them: the skeleton, each section's words, the actions, the insurers' controls. */
export interface BankParts {
  readonly skeleton: BankSkeleton
  /** Section id → that section's words. */
  readonly texts: Readonly<Record<string, SectionText>>
  readonly actions: BankActions
  /** Only the results read them, so they ship with the actions, not with the first screen. */
  readonly insurance: readonly InsuranceControl[]
  /** The whole detection model; the skeleton keeps only its bands (the assumptions and benchmarks are words only the results show). */
  readonly detection: DetectionModel
  /** Where to report an attack: only the emergency page shows it, so it ships with that page, not with the first screen (the skeleton's is empty). */
  readonly emergency: readonly EmergencyCountry[]
}

/** The bank without its words, actions, insurers' controls or emergency contacts; the words of each section by section id; the actions; the controls; the contacts. */
export function splitBank(bank: Bank): BankParts {
  const parts = bank.sections.map((s) => ({ id: s.id, ...splitSection(s) }))
  const actions = Object.fromEntries(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, questionActions(q)] as const)).filter(([, a]) => Object.keys(a).length > 0))
  const { insurance, detection, emergency, ...rest } = bank
  const skeleton: BankSkeleton = { ...rest, complete: false, detection: { bands: detection.bands, assumptions: [], benchmarks: [] }, emergency: [], sections: parts.map((p) => p.skeleton) }
  return { skeleton, texts: Object.fromEntries(parts.map((p) => [p.id, p.text])), actions, insurance, detection, emergency }
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
export function fillSection(bank: BankSkeleton, sectionId: string, text: SectionText): BankSkeleton {
  return {
    ...bank,
    sections: bank.sections.map((s) =>
      s.id !== sectionId ? s : { ...s, lesson: text.lesson, questions: s.questions.map((q) => fillQuestion(q, own(text.questions, q.id))) },
    ),
  }
}

/** The bank with every action put back on its option. Unknown ids are ignored. */
export function fillActions(bank: BankSkeleton, actions: BankActions): BankSkeleton {
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

/**
 * The whole bank from all of its parts: every section's words and every action put back. The only
 * way the app gets a `Bank` (and so a plan): it cannot be called before every part is at hand.
 * Words for a section the skeleton does not have are ignored.
 */
export function joinBank(parts: BankParts): Bank {
  const filled = Object.entries(parts.texts).reduce((bank, [id, text]) => fillSection(bank, id, text), parts.skeleton)
  return { ...fillActions(filled, parts.actions), complete: true, insurance: parts.insurance, detection: parts.detection, emergency: parts.emergency }
}
