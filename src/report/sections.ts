/**
 * The body of the report: the plan grouped by time frame, the knowledge gaps, and how the MSP
 * can help. Each item is measured first and moves to the next page whole when it does not fit.
 */
import type { Branding } from '../branding.ts'
import { TIMEFRAMES, type Question } from '../core/bank.ts'
import { COST_LABEL, EFFORT_LABEL, TIMEFRAME_LABEL, WHO_LABEL } from '../core/labels.ts'
import type { Plan, PlanItem } from '../core/plan.ts'
import type { KnowledgeGap } from '../core/scoring.ts'
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE, lineHeight, stack, type Block, type Writer } from './layout.ts'

const INDENT = 8

/** A numbered or bulleted item: the marker in the gutter beside the first line of `body`. */
function item(w: Writer, marker: string, body: readonly Block[]): Block {
  const content = stack(body)
  return {
    height: content.height,
    draw: () => {
      w.style({ size: SIZE.body, bold: true, color: COLOR.accent })
      w.doc.text(marker, PAGE.margin, w.y + lineHeight(SIZE.body) * 0.78)
      content.draw()
    },
  }
}

function actionItem(w: Writer, n: number, planItem: PlanItem): Block {
  const { action } = planItem
  const meta = [
    `Who acts: ${WHO_LABEL[action.who]}`,
    `Effort: ${EFFORT_LABEL[action.effort]}`,
    ...(action.cost === undefined ? [] : [`Cost: ${COST_LABEL[action.cost]}`]),
  ].join('  \u00B7  ')
  return item(w, `${n}.`, [
    w.text(action.do, { size: SIZE.body, bold: true }, { indent: INDENT, after: 0.5 }),
    w.text(action.why, { size: SIZE.body }, { indent: INDENT, after: 0.5 }),
    w.text(meta, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 5 }),
  ])
}

function heading(w: Writer, text: string): Block {
  return w.text(text, { size: SIZE.heading, bold: true }, { after: 2 })
}

/** "Your plan": the actions by time frame (this week, 30 days, 90 days), most urgent first. */
export function planBlock(w: Writer, plan: Plan): void {
  const count = plan.items.length
  const intro = w.text(
    count === 0
      ? 'Your answers call for no actions right now. Keep doing what you do, and take the assessment again in a year.'
      : count === 1
        ? 'One action to take.'
        : `${count} actions, grouped by when to do them and most urgent first within each group.`,
    { size: SIZE.body, color: COLOR.muted },
    { after: 4 },
  )
  let n = 0
  const groups = TIMEFRAMES.filter((t) => plan.byTimeframe[t].length > 0).map((t) => ({
    title: w.text(TIMEFRAME_LABEL[t], { size: SIZE.body, bold: true, color: COLOR.accent }, { after: 2 }),
    items: plan.byTimeframe[t].map((p) => actionItem(w, (n += 1), p)),
  }))
  const first = groups[0]
  w.place(stack([heading(w, 'Your plan'), intro]), first === undefined ? undefined : stack([first.title, ...first.items.slice(0, 1)]))
  for (const group of groups) {
    w.place(group.title, group.items[0])
    group.items.forEach((b) => w.place(b))
    w.place(w.space(2))
  }
}

/** What the "Not sure" option asks the owner to find out, or a generic line. */
function findOut(question: Question): string {
  for (const option of question.options) {
    if (option.notSure && 'action' in option && option.action !== undefined) return option.action.do
  }
  return 'Find out the answer, then update your assessment.'
}

/** "Knowledge gaps": each question answered "Not sure" and what to find out. Nothing when none. */
export function gapsBlock(w: Writer, gaps: readonly KnowledgeGap[]): void {
  if (gaps.length === 0) return
  const intro = w.text('You answered "Not sure" to these questions. Finding out is usually quick, and the answer may change your plan.', { size: SIZE.body, color: COLOR.muted }, { after: 4 })
  const items = gaps.map((gap) =>
    item(w, '?', [
      w.text(gap.question.text, { size: SIZE.body, bold: true }, { indent: INDENT, after: 0.5 }),
      w.text(`Find out: ${findOut(gap.question)}`, { size: SIZE.body }, { indent: INDENT, after: 0.5 }),
      w.text(gap.section.title, { size: SIZE.small, color: COLOR.muted }, { indent: INDENT, after: 5 }),
    ]),
  )
  w.place(w.space(4))
  w.place(stack([heading(w, 'Knowledge gaps'), intro]), items[0])
  items.forEach((b) => w.place(b))
}

/** A link target only for the kinds of URL branding allows. */
function safeUrl(url: string): string | undefined {
  return /^(https:|mailto:|tel:)/i.test(url) ? url : undefined
}

function linked(w: Writer, label: string, value: string, url: string | undefined): Block[] {
  if (value.trim() === '') return []
  const target = url === undefined ? undefined : safeUrl(url)
  return [w.text(`${label}: ${value}`, { size: SIZE.body }, { indent: 6, width: CONTENT_WIDTH - 12, after: 1, ...(target === undefined ? {} : { url: target }) })]
}

/** "How <MSP> can help": the MSP's pitch and contact details in a lightly tinted box. */
export function helpBlock(w: Writer, branding: Branding): void {
  const body = stack([
    w.text(`How ${branding.name} can help`, { size: SIZE.heading, bold: true }, { indent: 6, width: CONTENT_WIDTH - 12, after: 2 }),
    w.text(branding.howWeHelp, { size: SIZE.body }, { indent: 6, width: CONTENT_WIDTH - 12, after: 3 }),
    ...linked(w, 'Phone', branding.phone, `tel:${branding.phone.replace(/[^+\d]/g, '')}`),
    ...linked(w, 'Email', branding.email, `mailto:${branding.email.trim()}`),
    ...linked(w, 'Website', branding.website, branding.website),
    ...linked(w, branding.ctaLabel, branding.bookingUrl, branding.bookingUrl),
  ])
  const padding = 6
  const height = body.height + 2 * padding - 1
  w.place(w.space(6))
  w.ensure(height)
  const top = w.y
  // The box only when the whole block fits on this page (it always does unless the text is huge).
  if (top + height <= CONTENT_BOTTOM) {
    w.doc.setFillColor(...COLOR.tint)
    w.doc.setDrawColor(...COLOR.accent)
    w.doc.setLineWidth(0.3)
    w.doc.roundedRect(PAGE.margin, top, CONTENT_WIDTH, height, 2, 2, 'FD')
  }
  w.y += padding
  body.draw()
  w.y = Math.max(w.y, top + height)
}
