/**
 * "Things to find out": every "Not sure" answer as its own list, each with what to find out and
 * who can tell you.
 */
import type { Question, Who } from '../../core/bank/types.ts'
import { findOutAction } from '../../core/plan.ts'
import type { KnowledgeGap } from '../../core/scoring.ts'
import { INDENT, heading, item, stack, COLOR, SIZE, type Writer } from '../writer.ts'

/** Who can answer a question, from who acts on its "Not sure" action. */
export function whoCanTell(who: Who, mspName: string): string {
  if (who === 'you') return 'You: check it yourself, or ask whoever set it up.'
  if (who === 'msp') return `Your IT partner, ${mspName}.`
  return `You, with your IT partner, ${mspName}.`
}

function findOut(question: Question, mspName: string): { what: string; who: string } {
  const action = findOutAction(question)
  if (action === undefined) return { what: 'Find out the answer, then update your assessment.', who: whoCanTell('you-with-msp', mspName) }
  return { what: action.do, who: whoCanTell(action.who, mspName) }
}

/** The list, on a page of its own; nothing at all when every answer was sure. */
export function gapsBlock(w: Writer, gaps: readonly KnowledgeGap[], mspName: string): void {
  if (gaps.length === 0) return
  w.freshPage()
  const intro = w.text(
    `You answered "Not sure" ${gaps.length === 1 ? 'once' : `${gaps.length} times`}. Not knowing is a finding in itself: an attacker would not need you to know. Finding out is usually quick, and the answer may change your plan.`,
    { size: SIZE.body, color: COLOR.muted },
    { after: 4 },
  )
  const items = gaps.map((gap, i) => {
    const { what, who } = findOut(gap.question, mspName)
    return item(w, `${i + 1}.`, [
      w.text(gap.question.text, { size: SIZE.body, bold: true }, { indent: INDENT, after: 0.6 }),
      w.text(`Find out: ${what}`, { size: SIZE.body }, { indent: INDENT, after: 0.6 }),
      w.text(`Who can tell you: ${who}`, { size: SIZE.small, color: COLOR.accent }, { indent: INDENT, after: 0.6 }),
      w.text(`From "${gap.section.title}"`, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 4 }),
    ])
  })
  w.list(stack([heading(w, 'Things to find out'), intro]), items)
}
