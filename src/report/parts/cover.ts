/**
 * The owner's pages: the title, the score gauge with a plain-words summary, the top priorities,
 * the detection timeline and the score of each section.
 */
import type { Bank } from '../../core/bank/types.ts'
import type { DetectionEstimate } from '../../core/detection.ts'
import { EFFORT_LABEL, TIMEFRAME_LABEL, WHO_LABEL } from '../../core/labels.ts'
import type { PlanItem } from '../../core/plan.ts'
import type { Results } from '../../core/scoring.ts'
import { GAUGE, gauge, sectionChart, tierColor } from '../charts/scores.ts'
import { INDENT, heading, item, stack, COLOR, PAGE, SIZE, type Writer } from '../writer.ts'
import { longDate } from '../text.ts'
import { detectionTimeline } from '../charts/timeline.ts'

/** The title, the business (when named), and who prepared the plan and when. */
export function titleBlock(w: Writer, bank: Bank, mspName: string, date: Date, businessName: string): void {
  w.place(
    stack([
      w.text('Cyber-readiness action plan', { size: SIZE.title, bold: true }, { after: 1 }),
      ...(businessName === '' ? [] : [w.text(`for ${businessName}`, { size: SIZE.heading }, { after: 1.5 })]),
      w.text(`${bank.title}. Prepared by ${mspName} on ${longDate(date)}.`, { size: SIZE.small, color: COLOR.muted }, { after: 6 }),
    ]),
  )
}

/** The gauge on the left; beside it the tier and the summary sentences. */
export function overviewBlock(w: Writer, bank: Bank, results: Results, summary: readonly string[]): void {
  const { score, tier } = results.overall
  const indent = GAUGE.width + 6
  const words = stack([
    w.text('Overall score', { size: SIZE.small, color: COLOR.muted }, { indent }),
    w.text(tier?.label ?? 'Not scored yet', { size: SIZE.heading, bold: true, color: tierColor(bank.tiers, tier) }, { indent, after: 1.5 }),
    ...summary.map((s) => w.text(s, { size: SIZE.body }, { indent, after: 1.2 })),
  ])
  const height = Math.max(GAUGE.height, words.height) + 5
  w.place({
    height,
    draw: () => {
      const top = w.y
      gauge(w, PAGE.margin, top, score, bank.tiers, tier)
      words.draw()
      w.y = top + height
    },
  })
}

/** "Scores by section": one bar per section with its tier, and a key to the tier colours. */
export function sectionScoresBlock(w: Writer, bank: Bank, results: Results): void {
  w.place(stack([heading(w, 'Scores by section', 3), sectionChart(w, results.sections, bank.tiers)]))
  w.place(w.space(5))
}

/**
 * "Your top N priorities": the actions `topActions` puts first (the same as the results page and
 * the email), each with who acts, when and the effort.
 */
export function topActionsBlock(w: Writer, top: readonly PlanItem[]): void {
  const title = top.length === 0 ? 'Your top priorities' : `Your top ${top.length} ${top.length === 1 ? 'priority' : 'priorities'}`
  const intro = w.text(
    top.length === 0
      ? 'None: every answer you gave is already the best one. Keep it that way, and check again in a year.'
      : 'Start with these: they lower your risk the most. The full plan follows, with why each step matters, the effort and the cost.',
    { size: SIZE.body, color: COLOR.muted },
    { after: 3 },
  )
  const items = top.map((p, i) =>
    item(w, `${i + 1}.`, [
      w.text(p.action.do, { size: SIZE.body, bold: true }, { indent: INDENT, after: 0.8 }),
      w.text(`Who acts: ${WHO_LABEL[p.action.who]}  |  When: ${TIMEFRAME_LABEL[p.action.timeframe]}  |  Effort: ${EFFORT_LABEL[p.action.effort]}`, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 3.5 }),
    ]),
  )
  w.list(stack([heading(w, title), intro]), items)
  w.place(w.space(4))
}

/** "How fast would you notice a breach?": the timeline and what it means, kept on one page. */
export function detectionBlock(w: Writer, bank: Bank, estimate: DetectionEstimate | null): void {
  w.place(stack([heading(w, 'How fast would you notice a breach?'), detectionTimeline(w, bank.detection, estimate)]))
  w.place(w.space(5))
}
