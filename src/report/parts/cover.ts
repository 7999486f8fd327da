/**
 * The owner's pages: the title, the score gauge with a plain-words summary, what to fix first,
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
 * "Fix these first": the actions `topActions` puts first (the same as the results page, the email
 * and the CSV), numbered 1 to N, each with what to do, why, who acts and when.
 */
export function fixFirstBlock(w: Writer, top: readonly PlanItem[]): void {
  const intro = w.text(
    top.length === 0
      ? 'Nothing to fix: every answer you gave is already the best one. Keep it that way, and check again in a year.'
      : `The ${top.length === 1 ? 'step' : `${top.length} steps`} that lower your risk the most. The rest of your plan follows at a glance; your IT partner's part of this plan has the detail.`,
    { size: SIZE.body, color: COLOR.muted },
    { after: 3 },
  )
  const items = top.map((p, i) =>
    item(w, `${i + 1}.`, [
      w.text(p.action.do, { size: SIZE.body, bold: true }, { indent: INDENT, after: 0.6 }),
      w.text(p.action.why, { size: SIZE.body }, { indent: INDENT, after: 0.6 }),
      w.text(`Who acts: ${WHO_LABEL[p.action.who]}  |  When: ${TIMEFRAME_LABEL[p.action.timeframe]}  |  Effort: ${EFFORT_LABEL[p.action.effort]}`, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: p.raisedBy === undefined ? 3.5 : 0.6 }),
      ...(p.raisedBy === undefined ? [] : [w.text(`Moved up: ${p.raisedBy.reason}`, { size: SIZE.small, bold: true, color: COLOR.bad }, { indent: INDENT, after: 3.5 })]),
    ]),
  )
  w.list(stack([heading(w, 'Fix these first'), intro]), items)
  w.place(w.space(3))
}

/** "How fast would you notice a breach?": the timeline and what it means, kept on one page. */
export function detectionBlock(w: Writer, bank: Bank, estimate: DetectionEstimate | null): void {
  w.place(stack([heading(w, 'How fast would you notice a breach?'), detectionTimeline(w, bank.detection, estimate)]))
  w.place(w.space(5))
}

/** The start of part two, on a new page: "For your IT partner", and what follows in it. */
export function itPartnerIntro(w: Writer, mspName: string): void {
  w.freshPage()
  w.place(
    stack([
      w.text('For your IT partner', { size: SIZE.title, bold: true }, { after: 1.5 }),
      w.text(
        `The detail behind the plan, for ${mspName} or whoever looks after your IT: each section with what is in place and every action in full (numbered as in part one), the things to find out, every answer with its NIST CSF 2.0, CIS Controls v8 and OWASP API Top 10 (2023) references, how the detection estimate is made, and the sources of the figures quoted.`,
        { size: SIZE.body, color: COLOR.muted },
        { after: 3 },
      ),
    ]),
  )
}
