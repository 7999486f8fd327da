/**
 * The plan: every action by time frame (this week, 30 days, 90 days), each with why, who acts,
 * effort, cost, how the MSP helps and, when an answer raised its priority, why; then the MSP's
 * offer and contact details. Each action is measured first and moves to the next page whole.
 */
import { telHref, type Branding } from '../../branding/parse.ts'
import { TIMEFRAMES } from '../../core/bank/types.ts'
import { COST_LABEL, EFFORT_LABEL, TIMEFRAME_LABEL, WHO_LABEL } from '../../core/labels.ts'
import type { Plan, PlanItem } from '../../core/plan.ts'
import { emergencyPhone, safeUrl } from './chrome.ts'
import { INDENT, heading, item, stack, subheading, COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE, type Block, type Writer } from '../writer.ts'

function actionItem(w: Writer, n: number, p: PlanItem, mspName: string): Block {
  const { action } = p
  const small = { size: SIZE.small, color: COLOR.muted }
  const opts = { indent: INDENT, after: 0.6 }
  return item(w, `${n}.`, [
    w.text(action.do, { size: SIZE.body, bold: true }, opts),
    w.text(action.why, { size: SIZE.body }, opts),
    w.text(`Who acts: ${WHO_LABEL[action.who]}  |  Effort: ${EFFORT_LABEL[action.effort]}  |  Cost: ${COST_LABEL[action.cost]}`, small, opts),
    w.text(`How ${mspName} helps: ${action.service}`, { size: SIZE.small, color: COLOR.accent }, opts),
    ...(p.raisedBy === undefined ? [] : [w.text(`Raised in priority: ${p.raisedBy.reason}`, { size: SIZE.small, bold: true, color: COLOR.bad }, opts)]),
    w.text(`From "${p.section.title}": you answered "${p.answer}".`, small, { indent: INDENT, after: 4 }),
  ])
}

/** "Your plan": the actions by time frame, numbered in the order given by `numbered`. */
export function planBlock(w: Writer, plan: Plan, numbered: readonly PlanItem[], mspName: string): void {
  const count = plan.items.length
  const intro = w.text(
    count === 0
      ? 'Your answers call for no actions right now. Keep doing what you do, and take the assessment again in a year.'
      : `${count === 1 ? 'One action' : `${count} actions`}, grouped by when to do them, most urgent first within each group.`,
    { size: SIZE.body, color: COLOR.muted },
    { after: 4 },
  )
  const groups = TIMEFRAMES.filter((t) => plan.byTimeframe[t].length > 0).map((t) => ({
    title: subheading(w, `${TIMEFRAME_LABEL[t]} (${plan.byTimeframe[t].length})`, 2.5),
    items: plan.byTimeframe[t].map((p) => actionItem(w, numbered.indexOf(p) + 1, p, mspName)),
  }))
  const first = groups[0]
  w.place(stack([heading(w, 'Your plan'), intro]), first === undefined ? undefined : stack([first.title, ...first.items.slice(0, 1)]))
  for (const group of groups) {
    w.list(group.title, group.items)
    w.place(w.space(2))
  }
}

function linked(w: Writer, label: string, value: string, url: string | undefined): Block[] {
  if (value.trim() === '') return []
  const target = url === undefined ? undefined : safeUrl(url)
  // A link is shown as it is followed: normalised (punycode host), never as typed.
  const shown = url === value && target !== undefined ? target : value.trim()
  return [w.text(`${label}: ${shown}`, { size: SIZE.body }, { indent: 6, width: CONTENT_WIDTH - 12, after: 1, ...(target === undefined ? {} : { url: target }) })]
}

/** "How <MSP> can help": the MSP's offer and every way to reach them, in a lightly tinted box. */
export function helpBlock(w: Writer, branding: Branding): void {
  const emergency = emergencyPhone(branding)
  const body = stack([
    w.text(`How ${branding.name} can help`, { size: SIZE.heading, bold: true }, { indent: 6, width: CONTENT_WIDTH - 12, after: 2 }),
    w.text(branding.howWeHelp, { size: SIZE.body }, { indent: 6, width: CONTENT_WIDTH - 12, after: 3 }),
    ...linked(w, branding.ctaLabel, branding.bookingUrl, branding.bookingUrl),
    ...linked(w, 'Phone', branding.phone, telHref(branding.phone)),
    ...(emergency === '' ? [] : linked(w, 'In an emergency, call', emergency, telHref(emergency))),
    ...linked(w, 'Email', branding.email, `mailto:${branding.email.trim()}`),
    ...linked(w, 'Website', branding.website, branding.website),
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
