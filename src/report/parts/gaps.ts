/**
 * "Things to find out": every "Not sure" answer, with the number of its find-out step in the plan
 * and who can tell you.
 */
import { findOutAction, type PlanItem } from '../../core/plan.ts'
import type { KnowledgeGap } from '../../core/scoring.ts'
import { INDENT, heading, item, stack, COLOR, SIZE, type Writer } from '../writer.ts'

/**
 * "Things to find out": every "Not sure" answer, with who can tell you. Its find-out step is an
 * action of the plan, so it is named here by its number and told in full only once, in the plan.
 * Nothing at all when every answer was sure.
 */
export function gapsBlock(w: Writer, gaps: readonly KnowledgeGap[], numbered: readonly PlanItem[], mspName: string): void {
  if (gaps.length === 0) return
  w.place(w.space(4))
  const words = w.m.report.gaps
  const intro = w.text(
    words.intro(gaps.length),
    { size: SIZE.body, color: COLOR.muted },
    { after: 3 },
  )
  const items = gaps.map((gap, i) => {
    const step = numbered.findIndex((p) => p.question.id === gap.question.id && p.notSure)
    const action = findOutAction(gap.question)
    const who = words.who(action?.who ?? 'you-with-msp', mspName)
    const what = step >= 0 ? words.step(step + 1, gap.section.title) : words.noStep
    return item(w, `${i + 1}.`, [
      w.text(gap.question.text, { size: SIZE.small, bold: true }, { indent: INDENT, after: 0.3 }),
      w.text(words.whoTells(what, who), { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 2 }),
    ])
  })
  w.list(stack([heading(w, words.heading), intro]), items)
}
