/**
 * "Things to find out": every "Not sure" answer, with the number of its find-out step in the plan
 * and who can tell you.
 */
import type { Who } from '../../core/bank/types.ts'
import { findOutAction, type PlanItem } from '../../core/plan.ts'
import type { KnowledgeGap } from '../../core/scoring.ts'
import { INDENT, heading, item, stack, COLOR, SIZE, type Writer } from '../writer.ts'

/** Who can answer a question, from who acts on its "Not sure" action. */
export function whoCanTell(who: Who, mspName: string): string {
  if (who === 'you') return 'You: check it yourself, or ask whoever set it up.'
  if (who === 'msp') return `Your IT partner, ${mspName}.`
  return `You, with your IT partner, ${mspName}.`
}

/**
 * "Things to find out": every "Not sure" answer, with who can tell you. Its find-out step is an
 * action of the plan, so it is named here by its number and told in full only once, in the plan.
 * Nothing at all when every answer was sure.
 */
export function gapsBlock(w: Writer, gaps: readonly KnowledgeGap[], numbered: readonly PlanItem[], mspName: string): void {
  if (gaps.length === 0) return
  w.place(w.space(4))
  const intro = w.text(
    `You answered "Not sure" ${gaps.length === 1 ? 'once' : `${gaps.length} times`}. Not knowing is a finding in itself: an attacker would not need you to know. Finding out is usually quick, and the answer may change your plan.`,
    { size: SIZE.body, color: COLOR.muted },
    { after: 3 },
  )
  const items = gaps.map((gap, i) => {
    const step = numbered.findIndex((p) => p.question.id === gap.question.id && p.notSure)
    const action = findOutAction(gap.question)
    const who = whoCanTell(action?.who ?? 'you-with-msp', mspName)
    const what = step >= 0 ? `Find out: action ${step + 1} of your plan (${gap.section.title}).` : 'Find out the answer, then update your assessment.'
    return item(w, `${i + 1}.`, [
      w.text(gap.question.text, { size: SIZE.small, bold: true }, { indent: INDENT, after: 0.3 }),
      w.text(`${what} Who can tell you: ${who}`, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 2 }),
    ])
  })
  w.list(stack([heading(w, 'Things to find out'), intro]), items)
}
