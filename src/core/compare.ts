/**
 * "Compare with last time": what changed between an earlier assessment (a saved-answers file) and
 * the answers now. Pure: plain data in, plain data out; never throws.
 *
 * Both answer sets are scored with today's questions (`scoreAssessment`), so the deltas are exactly
 * the difference of the two results. An earlier file may come from an older set of questions: it
 * is compared question by question where today's bank still has the question and the option;
 * earlier answers to questions or options that no longer exist are named as not comparable, and
 * questions answered now with no answer in the earlier file are named as new since.
 */
import type { BankSkeleton, ChoiceOption, Question, Section } from './bank/types.ts'
import { chosenOption, findQuestion, isVisible, pruneAnswers, type Answers } from './answers.ts'
import { isNotApplicable, scoreAssessment, type KnowledgeGap, type Results } from './scoring.ts'
import type { PreviousAssessment } from './previous-file.ts'
import { own } from './records.ts'
import { cleanText } from './text.ts'
import type { ResultsMessages } from '../i18n/types.ts'

export type { PreviousAssessment } from './previous-file.ts'

/** A score then and now (0–100, null when nothing was scored) and the change (null unless both exist). */
export interface ScoreChange {
  readonly previous: number | null
  readonly current: number | null
  readonly delta: number | null
}

export interface SectionChange extends ScoreChange {
  readonly section: Section
}

/** A scored question answered both times, whose score changed: the answer then and now. */
export interface AnswerChange {
  readonly section: Section
  readonly question: Question
  readonly from: ChoiceOption
  readonly to: ChoiceOption
  readonly fromScore: number
  readonly toScore: number
}

/** An earlier answer that today's questions cannot read: the question or the option is gone. */
export interface NotComparable {
  readonly questionId: string
  readonly optionId: string
  /** Today's question when only its option is gone. */
  readonly question?: Question
  readonly reason: 'question-gone' | 'option-gone'
}

export interface Comparison {
  /** When the earlier assessment was saved. */
  readonly previousDate: Date
  readonly previousBankVersion: number
  /** True when the earlier file was saved for today's set of questions. */
  readonly sameQuestions: boolean
  readonly overall: ScoreChange
  /** Every section of today's bank, in order. */
  readonly sections: readonly SectionChange[]
  /** Answers whose score went up: the actions done since. In bank order. */
  readonly improved: readonly AnswerChange[]
  /** Answers whose score went down. In bank order. */
  readonly worse: readonly AnswerChange[]
  /** "Not sure" now, not before. */
  readonly newGaps: readonly KnowledgeGap[]
  /** "Not sure" before, not now. */
  readonly resolvedGaps: readonly KnowledgeGap[]
  /** Earlier answers to questions or options that no longer exist. */
  readonly notComparable: readonly NotComparable[]
  /** Questions that apply and are answered now but have no answer in the earlier file (new since, or left unanswered then). */
  readonly newQuestions: readonly Question[]
}

function change(previous: number | null, current: number | null): ScoreChange {
  return { previous, current, delta: previous === null || current === null ? null : current - previous }
}

/** The score an answer counts with: null when the question does not apply, is unanswered or "Doesn't apply". */
function countedScore(bank: BankSkeleton, question: Question, answers: Answers): { option: ChoiceOption; score: number } | null {
  if (question.kind !== 'scored' || !isVisible(bank, question, answers)) return null
  const option = chosenOption(question, answers)
  if (option === undefined || isNotApplicable(option)) return null
  return { option, score: option.score }
}

function gapIds(results: Results): Set<string> {
  return new Set(results.gaps.map((g) => g.question.id))
}

/**
 * What changed since an earlier assessment: overall and per-section scores, the answers that got
 * better (actions done) or worse, knowledge gaps opened and closed, and what could not be compared.
 * Comparing an answer set with itself shows no change anywhere.
 */
export function compareAssessments(bank: BankSkeleton, previous: PreviousAssessment, current: Answers): Comparison {
  const raw: Readonly<Record<string, unknown>> = previous.answers
  const { answers: before, dropped } = pruneAnswers(bank, raw)
  const notComparable = dropped.map((questionId): NotComparable => {
    const question = findQuestion(bank, questionId)
    const value = own(raw, questionId)
    const optionId = typeof value === 'string' ? value : ''
    return question === undefined ? { questionId, optionId, reason: 'question-gone' } : { questionId, optionId, question, reason: 'option-gone' }
  })
  const then = scoreAssessment(bank, before)
  const now = scoreAssessment(bank, current)

  const improved: AnswerChange[] = []
  const worse: AnswerChange[] = []
  const newQuestions: Question[] = []
  for (const section of bank.sections) {
    for (const question of section.questions) {
      const a = countedScore(bank, question, before)
      const b = countedScore(bank, question, current)
      if (a !== null && b !== null && a.score !== b.score) {
        ;(b.score > a.score ? improved : worse).push({ section, question, from: a.option, to: b.option, fromScore: a.score, toScore: b.score })
      }
      const answeredNow = isVisible(bank, question, current) && chosenOption(question, current) !== undefined
      if (answeredNow && own(raw, question.id) === undefined) newQuestions.push(question)
    }
  }
  const gapsThen = gapIds(then)
  const gapsNow = gapIds(now)
  return {
    previousDate: previous.savedAt,
    previousBankVersion: previous.bankVersion,
    sameQuestions: previous.bankVersion === bank.version,
    overall: change(then.overall.score, now.overall.score),
    sections: bank.sections.map((section, i) => ({ section, ...change(then.sections[i]?.score ?? null, now.sections[i]?.score ?? null) })),
    improved,
    worse,
    newGaps: now.gaps.filter((g) => !gapsThen.has(g.question.id)),
    resolvedGaps: then.gaps.filter((g) => !gapsNow.has(g.question.id)),
    notComparable,
    newQuestions,
  }
}

/** A score change in words (`words`: the dictionary's `results.change`): "from 34 to 51, up 17", "unchanged at 51", "not scored then, 51 now". */
export function changeWords(c: ScoreChange, words: ResultsMessages['change']): string {
  if (c.previous === null && c.current === null) return words.neither
  if (c.previous === null) return words.notThen(c.current ?? 0)
  if (c.current === null) return words.notNow(c.previous)
  const delta = c.current - c.previous
  if (delta === 0) return words.same(c.current)
  return words.moved(c.previous, c.current, delta)
}

/**
 * What could not be compared, in one plain sentence (`words`: the dictionary's
 * `results.notCompared`), or null when everything could: earlier answers whose question or option
 * is gone, and questions new since (or unanswered then).
 */
export function notComparedSentence(c: Comparison, words: ResultsMessages['notCompared']): string | null {
  const parts: string[] = []
  const gone = c.notComparable.filter((n) => n.reason === 'question-gone').map((n) => cleanText(n.questionId, { maxLength: 60 }) || words.noName)
  const changed = c.notComparable.filter((n) => n.reason === 'option-gone').map((n) => n.question?.text ?? n.questionId)
  if (gone.length > 0) parts.push(words.gone(gone))
  if (changed.length > 0) parts.push(words.changed(changed))
  const compared = parts.length === 0 ? null : words.sentence(parts)
  const fresh = c.newQuestions.length === 0 ? null : words.fresh(c.newQuestions.map((q) => q.text), c.sameQuestions)
  const out = [compared, fresh].filter((s): s is string => s !== null)
  return out.length === 0 ? null : out.join(' ')
}
