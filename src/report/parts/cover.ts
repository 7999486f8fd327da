/**
 * The owner's pages: the title, the score gauge with a plain-words summary, what to fix first,
 * the detection timeline and the score of each section.
 */
import type { Bank } from '../../core/bank/types.ts'
import type { DetectionEstimate } from '../../core/detection.ts'
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
      w.text(w.m.report.title, { size: SIZE.title, bold: true }, { after: 1 }),
      ...(businessName === '' ? [] : [w.text(w.m.report.forBusiness(businessName), { size: SIZE.heading }, { after: 1.5 })]),
      w.text(w.m.report.prepared(bank.title, mspName, longDate(date, w.m.app)), { size: SIZE.small, color: COLOR.muted }, { after: 6 }),
    ]),
  )
}

/** The gauge on the left; beside it the tier and the summary sentences. */
export function overviewBlock(w: Writer, bank: Bank, results: Results, summary: readonly string[]): void {
  const { score, tier } = results.overall
  const indent = GAUGE.width + 6
  const words = stack([
    w.text(w.m.report.overall, { size: SIZE.small, color: COLOR.muted }, { indent }),
    w.text(tier?.label ?? w.m.report.notScored, { size: SIZE.heading, bold: true, color: tierColor(bank.tiers, tier) }, { indent, after: 1.5 }),
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
  w.place(stack([heading(w, w.m.report.sectionScores, 3), sectionChart(w, results.sections, bank.tiers)]))
  w.place(w.space(5))
}

/**
 * "Fix these first": the actions `topActions` puts first (the same as the results page, the email
 * and the CSV), numbered 1 to N, each with what to do, why, who acts and when.
 */
export function fixFirstBlock(w: Writer, top: readonly PlanItem[]): void {
  const words = w.m.report.fixFirst
  const { who, when, effort } = w.m.results.labels
  const intro = w.text(
    top.length === 0 ? words.none : words.intro(top.length),
    { size: SIZE.body, color: COLOR.muted },
    { after: 3 },
  )
  const items = top.map((p, i) =>
    item(w, `${i + 1}.`, [
      w.text(p.action.do, { size: SIZE.body, bold: true }, { indent: INDENT, after: 0.6 }),
      w.text(p.action.why, { size: SIZE.body }, { indent: INDENT, after: 0.6 }),
      w.text(words.facts(who[p.action.who], when[p.action.timeframe], effort[p.action.effort]), { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: p.raisedBy === undefined ? 3.5 : 0.6 }),
      ...(p.raisedBy === undefined ? [] : [w.text(words.movedUp(p.raisedBy.reason), { size: SIZE.small, bold: true, color: COLOR.bad }, { indent: INDENT, after: 3.5 })]),
    ]),
  )
  w.list(stack([heading(w, words.heading), intro]), items)
  w.place(w.space(3))
}

/** "How fast would you notice a breach?": the timeline and what it means, kept on one page. */
export function detectionBlock(w: Writer, bank: Bank, estimate: DetectionEstimate | null): void {
  w.place(stack([heading(w, w.m.report.detection.heading), detectionTimeline(w, bank.detection, estimate)]))
  w.place(w.space(5))
}

/** The start of part two, on a new page: "For your IT partner", and what follows in it. */
export function itPartnerIntro(w: Writer, mspName: string): void {
  w.freshPage()
  w.place(
    stack([
      w.text(w.m.report.partner.heading, { size: SIZE.title, bold: true }, { after: 1.5 }),
      w.text(
        w.m.report.partner.intro(mspName),
        { size: SIZE.body, color: COLOR.muted },
        { after: 3 },
      ),
    ]),
  )
}
