/**
 * A page per section: its score bar and tier, the lesson in brief, what is in place, what is
 * missing, and the actions of the plan that come from it (with their plan numbers).
 */
import type { Bank } from '../../core/bank/types.ts'
import { TIMEFRAME_LABEL, WHO_LABEL } from '../../core/labels.ts'
import type { PlanItem } from '../../core/plan.ts'
import type { Finding, SectionScore } from '../../core/scoring.ts'
import { scoreBar, tierColor } from '../charts/scores.ts'
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

const box = (w: Writer) => (x: number, y: number): void => {
  w.doc.setDrawColor(...COLOR.bad)
  w.doc.setLineWidth(0.45)
  w.doc.rect(x + 0.4, y - 1.2, 2.4, 2.4, 'S')
}

function findingItem(w: Writer, f: Answered, marker: (x: number, y: number) => void): Block {
  const answer = f.notSure ? 'Not sure (see "Things to find out")' : f.answer
  return item(w, marker, [
    w.text(f.question.text, { size: SIZE.body }, { indent: INDENT, after: 0.5 }),
    w.text(`Your answer: ${answer}`, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 2.5 }),
  ])
}

function scoreLine(w: Writer, bank: Bank, s: SectionScore): Block {
  const words = s.score === null ? 'Not answered' : `${s.score} / 100${s.tier === null ? '' : `  |  ${s.tier.label}`}`
  const counts = `${s.applicable} scored question${s.applicable === 1 ? '' : 's'} apply to you; you answered ${s.answered}${s.notSure > 0 ? `, ${s.notSure} of them "Not sure"` : ''}.`
  return stack([
    figure(w, 8, (top) => scoreBar(w.doc, PAGE.margin, top + 1, CONTENT_WIDTH, 4.5, s.score, tierColor(bank.tiers, s.tier), bank.tiers)),
    w.text(words, { size: SIZE.subheading, bold: true, color: tierColor(bank.tiers, s.tier) }, { after: 0.5 }),
    w.text(counts, { size: SIZE.small, color: COLOR.muted }, { after: 4 }),
  ])
}

/** One section's page. `numbered` is the plan in report order, for the action numbers. */
function sectionPage(w: Writer, bank: Bank, s: SectionScore, index: number, numbered: readonly PlanItem[]): void {
  w.freshPage()
  w.place(
    stack([
      w.text(`Section ${index + 1} of ${bank.sections.length}`, { size: SIZE.small, color: COLOR.muted }, { after: 0.5 }),
      heading(w, s.section.title, 3),
      scoreLine(w, bank, s),
      w.text(s.section.lesson.text, { size: SIZE.small, color: COLOR.muted }, { after: 5 }),
    ]),
  )
  const all = answered(s)
  const inPlace = all.filter((f) => f.score === 100)
  const missing = all.filter((f) => f.score < 100)
  const none = (text: string): Block[] => [w.text(text, { size: SIZE.body, color: COLOR.muted }, { after: 4 })]
  w.list(subheading(w, 'What is in place'), inPlace.length === 0 ? none(all.length === 0 ? 'You have not answered this section yet.' : 'Nothing here yet.') : inPlace.map((f) => findingItem(w, f, dot(w))))
  w.place(w.space(2))
  w.list(subheading(w, 'What is missing'), missing.length === 0 ? none(all.length === 0 ? 'Not known until you answer.' : 'Nothing: every answer here is the best one.') : missing.map((f) => findingItem(w, f, box(w))))
  const actions = numbered.filter((p) => p.section.id === s.section.id)
  if (actions.length === 0) return
  w.place(w.space(2))
  w.list(
    subheading(w, 'Actions from this section'),
    actions.map((p) =>
      item(w, `${numbered.indexOf(p) + 1}.`, [
        w.text(p.action.do, { size: SIZE.body }, { indent: INDENT, after: 0.5 }),
        w.text(`${TIMEFRAME_LABEL[p.action.timeframe]}  |  ${WHO_LABEL[p.action.who]}`, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 2.5 }),
      ]),
    ),
  )
}

/** A page for every section of the bank, in bank order. */
export function sectionPages(w: Writer, bank: Bank, sections: readonly SectionScore[], numbered: readonly PlanItem[]): void {
  sections.forEach((s, i) => sectionPage(w, bank, s, i, numbered))
}
