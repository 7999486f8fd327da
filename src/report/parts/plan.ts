/**
 * The plan beyond "Fix these first": at a glance for the owner (one line per action, by time
 * frame), and each action in full (`actionItem`) for the IT partner's part; then the MSP's offer
 * and contact details. Each block is measured first and moves to the next page whole.
 */
import { telHref, type Branding } from '../../branding/parse.ts'
import { TIMEFRAMES, type Timeframe } from '../../core/bank/types.ts'
import type { PlanItem } from '../../core/plan.ts'
import { emergencyPhone, safeUrl } from './chrome.ts'
import { INDENT, heading, item, stack, subheading, COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE, type Block, type Writer } from '../writer.ts'

/** One action in full, numbered as in the plan: what, why, who, effort, cost, how the MSP helps, why it was raised, and `refs` (the question's framework ids) when given. */
export function actionItem(w: Writer, n: number, p: PlanItem, mspName: string, refs?: string): Block {
  const { action } = p
  const words = w.m.report.action
  const { who, when, effort, cost } = w.m.results.labels
  const small = { size: SIZE.small, color: COLOR.muted }
  const opts = { indent: INDENT, after: 0.4 }
  return item(w, `${n}.`, [
    w.text(action.do, { size: SIZE.detail, bold: true }, opts),
    w.text(action.why, { size: SIZE.detail }, opts),
    w.text(words.facts(when[action.timeframe], who[action.who], effort[action.effort], cost[action.cost], p.answer), small, opts),
    ...(p.raisedBy === undefined ? [] : [w.text(words.raised(p.raisedBy.reason), { size: SIZE.small, bold: true, color: COLOR.bad }, opts)]),
    w.text(words.helps(mspName, action.service), { size: SIZE.small, color: w.accent }, { indent: INDENT, after: refs === undefined ? 2.8 : 0.6 }),
    ...(refs === undefined ? [] : [w.text(refs, small, { indent: INDENT, after: 2.2 })]),
  ])
}

/** The first sentence of an action: what the plan at a glance shows on its one line. */
export function glance(text: string): string {
  const first = /^.+?[.!?](?=\s|$)/.exec(text.trim())?.[0]
  return first ?? text.trim()
}

/**
 * "The rest of your plan": every action that is not in "Fix these first", grouped by time frame,
 * one line each (who acts and the action's first sentence), numbered as in the plan. The detail of each is
 * in the IT partner's part, under its section.
 */
export function restOfPlanBlock(w: Writer, rest: Readonly<Record<Timeframe, readonly PlanItem[]>>, numbered: readonly PlanItem[]): void {
  const count = TIMEFRAMES.reduce((n, t) => n + rest[t].length, 0)
  if (count === 0) return
  const { who, when } = w.m.results.labels
  const intro = w.text(
    w.m.report.rest.intro(count),
    { size: SIZE.body, color: COLOR.muted },
    { after: 3 },
  )
  const groups = TIMEFRAMES.filter((t) => rest[t].length > 0).map((t) => ({
    title: subheading(w, `${when[t]} (${rest[t].length})`, 1.5),
    items: rest[t].map((p) =>
      item(w, `${numbered.indexOf(p) + 1}.`, [
        // One line each: who acts first, then the action's first sentence, cut to the line if need be.
        w.text(w.fit(`${who[p.action.who]}: ${glance(p.action.do)}`, { size: SIZE.small }, CONTENT_WIDTH - INDENT), { size: SIZE.small }, { indent: INDENT, after: 0.5 }),
      ]),
    ),
  }))
  const first = groups[0]
  w.place(stack([heading(w, w.m.report.rest.heading), intro]), first === undefined ? undefined : stack([first.title, ...first.items.slice(0, 1)]))
  for (const group of groups) {
    w.list(group.title, group.items)
    w.place(w.space(1.5))
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
  const words = w.m.report.help
  const body = stack([
    w.text(words.heading(branding.name), { size: SIZE.heading, bold: true }, { indent: 6, width: CONTENT_WIDTH - 12, after: 2 }),
    w.text(branding.howWeHelp, { size: SIZE.body }, { indent: 6, width: CONTENT_WIDTH - 12, after: 3 }),
    ...linked(w, branding.ctaLabel, branding.bookingUrl, branding.bookingUrl),
    ...linked(w, words.phone, branding.phone, telHref(branding.phone)),
    ...(emergency === '' ? [] : linked(w, words.emergency, emergency, telHref(emergency))),
    ...linked(w, words.email, branding.email, `mailto:${branding.email.trim()}`),
    ...linked(w, words.website, branding.website, branding.website),
  ])
  const padding = 6
  const height = body.height + 2 * padding - 1
  w.place(w.space(6))
  w.ensure(height)
  const top = w.y
  // The box only when the whole block fits on this page (it always does unless the text is huge).
  if (top + height <= CONTENT_BOTTOM) {
    w.doc.setFillColor(...w.tint)
    w.doc.setDrawColor(...w.accent)
    w.doc.setLineWidth(0.3)
    w.doc.roundedRect(PAGE.margin, top, CONTENT_WIDTH, height, 2, 2, 'FD')
  }
  w.y += padding
  body.draw()
  w.y = Math.max(w.y, top + height)
}
