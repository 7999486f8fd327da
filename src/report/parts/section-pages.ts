/**
 * The sections for the IT partner: each with its score bar and tier, what is in place, and what is
 * missing with its action in full (numbered as in the plan).
 */
import type { Bank } from '../../core/bank/types.ts'
import type { PlanItem } from '../../core/plan.ts'
import type { Finding, SectionScore } from '../../core/scoring.ts'
import { scoreBar, tierColor } from '../charts/scores.ts'
import { actionItem } from './plan.ts'
import { answerLine, frameworkLine } from './appendix.ts'
import { INDENT, figure, heading, item, stack, subheading, COLOR, CONTENT_WIDTH, PAGE, SIZE, type Block, type Writer } from '../writer.ts'

/** An answered scored question of the section, as the core scored it. */
type Answered = Extract<Finding, { status: 'answered' }> & { readonly score: number }

/** The answered scored questions of a section that apply, in order. */
function answered(s: SectionScore): Answered[] {
  return s.findings.flatMap((f): Answered[] => (f.status === 'answered' && f.score !== null ? [{ ...f, score: f.score }] : []))
}

const dot = (w: Writer) => (x: number, y: number): void => {
  w.doc.setFillColor(...COLOR.good)
  w.doc.circle(x + 1.6, y, 1.3, 'F')
}

function findingItem(w: Writer, f: Finding, marker: string | ((x: number, y: number) => void)): Block {
  return item(w, marker, [
    w.text(f.question.text, { size: SIZE.small }, { indent: INDENT, after: 0.3 }),
    w.text(`${answerLine(f, w.m.report.answer)}  ${frameworkLine(f.question, w.m.report.answer)}`, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 1.4 }),
  ])
}

function scoreLine(w: Writer, bank: Bank, s: SectionScore): Block {
  const words = s.score === null ? w.m.report.section.notAnswered : `${s.score} / 100${s.tier === null ? '' : `  |  ${s.tier.label}`}`
  const counts = w.m.report.section.counts(s.applicable, s.answered, s.notSure)
  return stack([
    figure(w, 8, (top) => scoreBar(w.doc, PAGE.margin, top + 1, CONTENT_WIDTH, 4.5, s.score, tierColor(bank.tiers, s.tier), bank.tiers)),
    w.text(words, { size: SIZE.subheading, bold: true, color: tierColor(bank.tiers, s.tier) }, { after: 0.5 }),
    w.text(counts, { size: SIZE.small, color: COLOR.muted }, { after: 4 }),
  ])
}

/**
 * One section in the IT partner's part: its score, what is in place, and what is missing with the
 * action for each, in full and numbered as in the plan. Sections follow one another (each heading
 * kept with what follows), so the part stays short.
 */
function sectionBlock(w: Writer, bank: Bank, s: SectionScore, index: number, numbered: readonly PlanItem[], mspName: string): void {
  w.place(w.space(2))
  const all = answered(s)
  const inPlace = all.filter((f) => f.score === 100)
  const actions = numbered.filter((p) => p.section.id === s.section.id)
  const words = w.m.report.section
  const head = stack([
    w.text(words.of(index + 1, bank.sections.length), { size: SIZE.small, color: COLOR.muted }, { after: 0.5 }),
    heading(w, s.section.title, 2),
    scoreLine(w, bank, s),
  ])
  const none = (text: string): Block[] => [w.text(text, { size: SIZE.body, color: COLOR.muted }, { after: 3 })]
  if (inPlace.length === 0) {
    // Nothing in place: one line, not a heading over nothing.
    w.place(stack([head, w.text(all.length === 0 ? words.notYet : words.nothingInPlace, { size: SIZE.body, color: COLOR.muted }, { after: 2 })]), subheading(w, words.missing))
  } else {
    w.place(head, subheading(w, words.inPlace))
    w.list(subheading(w, words.inPlace), inPlace.map((f) => findingItem(w, f, dot(w))))
    w.place(w.space(1.5))
  }
  w.list(
    subheading(w, words.missing),
    actions.length === 0 ? none(all.length === 0 ? words.unknown : words.nothingMissing) : actions.map((p) => actionItem(w, numbered.indexOf(p) + 1, p, mspName, frameworkLine(p.question, w.m.report.answer))),
  )
  // Every other question of the section (about the business, "doesn't apply", not asked, not
  // answered), so that each answer and its references are in this part once.
  const others = s.findings.filter((f) => f.status !== 'answered' || f.score === null)
  if (others.length > 0) w.list(subheading(w, words.others), others.map((f) => findingItem(w, f, '-')))
}

/** Every section of the bank, in bank order. */
export function sectionPages(w: Writer, bank: Bank, sections: readonly SectionScore[], numbered: readonly PlanItem[], mspName: string): void {
  sections.forEach((s, i) => sectionBlock(w, bank, s, i, numbered, mspName))
}
