/**
 * The insurers' questions in the PDF: for the owner, one page with where their answers stand on
 * each question cyber insurers commonly ask and the plan's action that closes each gap (by its
 * number); for the IT partner, the evidence an underwriter may ask for, with who asks and where.
 */
import type { InsuranceStatus } from '../../core/bank/types.ts'
import type { ControlReading, InsuranceReadiness } from '../../core/insurance.ts'
import type { Messages } from '../../i18n/types.ts'
import type { PlanItem } from '../../core/plan.ts'
import { safeUrl } from './chrome.ts'
import { CONTENT_WIDTH, COLOR, INDENT, PAGE, SIZE, figure, heading, item, lineHeight, stack, type Block, type Rgb, type TextStyle, type Writer } from '../writer.ts'

const STATUS_COLOR: Readonly<Record<InsuranceStatus, Rgb>> = { meets: COLOR.good, partly: COLOR.warn, misses: COLOR.bad, unknown: COLOR.muted }

/** Column widths of the owner's table (mm): the question, the status, what to do. */
const COLUMNS = [96, 24, CONTENT_WIDTH - 96 - 24] as const
const GUTTER = 3
const SMALL: TextStyle = { size: SIZE.small }

/** "Action 4 (This week); action 12 (Within 30 days)": the plan's numbers, so each step is told in full once; in the language of `m`. */
export function closingSteps(reading: ControlReading, numbered: readonly PlanItem[], m: Messages): string {
  const words = m.report.insurance
  if (reading.status === 'meets') return words.keep
  const steps = reading.actions
    .map((a) => ({ a, n: numbered.indexOf(a) }))
    .filter(({ n }) => n >= 0)
    .sort((x, y) => x.n - y.n)
    .map(({ a, n }) => words.step(n + 1, m.results.labels.when[a.action.timeframe]))
  if (steps.length === 0) return words.answerFirst
  const text = steps.join('; ')
  return words.ofPlan(`${text.charAt(0).toUpperCase()}${text.slice(1)}`)
}

/** One row of the table: each column wrapped to its width, drawn side by side, a rule above. */
function row(w: Writer, cells: readonly (readonly { text: string; style: TextStyle }[])[], pad = 1.6): Block {
  const wrapped = cells.map((parts, i) => parts.map((p) => ({ ...p, lines: w.wrap(p.text, p.style, (COLUMNS[i] ?? 0) - GUTTER) })))
  const heightOf = (parts: typeof wrapped[number]): number => parts.reduce((h, p) => h + p.lines.length * lineHeight(p.style.size), 0)
  const height = Math.max(...wrapped.map(heightOf)) + 2 * pad
  return figure(w, height, (top) => {
    w.doc.setDrawColor(...COLOR.track)
    w.doc.setLineWidth(0.3)
    w.doc.line(PAGE.margin, top, PAGE.margin + CONTENT_WIDTH, top)
    let x = PAGE.margin
    wrapped.forEach((parts, i) => {
      let y = top + pad
      for (const p of parts) {
        const lh = lineHeight(p.style.size)
        for (const line of p.lines) {
          w.style(p.style)
          w.doc.text(line, x, y + lh * 0.78)
          y += lh
        }
      }
      x += COLUMNS[i] ?? 0
    })
  })
}

/** The owner's page: the frame, then one row per control (question, status, the steps that close it). */
export function insuranceBlock(w: Writer, readiness: InsuranceReadiness, numbered: readonly PlanItem[]): void {
  if (readiness.controls.length === 0) return
  w.freshPage()
  const { notes: frame, status } = w.m.results.insurance
  const words = w.m.report.insurance
  const notes = frame.map((n, i) => w.text(n, { size: SIZE.small, color: COLOR.muted }, { after: i === frame.length - 1 ? 3 : 0.8 }))
  const head = row(w, words.columns.map((text) => [{ text, style: { ...SMALL, bold: true } }]), 1.2)
  const rows = readiness.controls.map((c) =>
    row(w, [
      [
        { text: c.control.topic, style: { ...SMALL, bold: true } },
        { text: c.control.ask, style: { ...SMALL, color: COLOR.muted } },
      ],
      [{ text: status[c.status], style: { ...SMALL, bold: true, color: STATUS_COLOR[c.status] } }],
      [{ text: closingSteps(c, numbered, w.m), style: SMALL }],
    ]),
  )
  w.list(stack([heading(w, words.heading), ...notes, head]), rows)
}

/** For the IT partner: per control, its status and the evidence to gather; who asks it, by number, with the sources listed once below. */
export function insuranceEvidenceBlock(w: Writer, readiness: InsuranceReadiness): void {
  if (readiness.controls.length === 0) return
  w.place(w.space(4))
  const words = w.m.report.insurance
  const { status } = w.m.results.insurance
  const intro = w.text(
    words.evidenceIntro,
    { size: SIZE.body, color: COLOR.muted },
    { after: 3 },
  )
  const sources = [...new Map(readiness.controls.flatMap((c) => c.control.askedBy).map((a) => [a.source, a])).values()]
  const items = readiness.controls.map((c, i) =>
    item(w, `${i + 1}.`, [
      // Who asks it, by the numbers of the sources listed below, on the control's own line.
      w.text(`${c.control.topic}: ${status[c.status]}  |  ${words.askedBy} ${c.control.askedBy.map((a) => sources.findIndex((s) => s.source === a.source) + 1).sort((x, y) => x - y).map((n) => `[${n}]`).join(' ')}`, { ...SMALL, bold: true }, { indent: INDENT, after: 0.4 }),
      ...c.control.evidence.map((e, j) => w.text(`- ${e}`, SMALL, { indent: INDENT + 2, after: j === c.control.evidence.length - 1 ? 2 : 0.3 })),
    ]),
  )
  const list = sources.map((a, i) => {
    const link = safeUrl(a.source)
    return stack([
      w.text(`[${i + 1}] ${a.carrier}`, SMALL, { indent: INDENT, after: 0.2 }),
      w.text(link ?? a.source, { size: SIZE.small, color: w.accent }, { indent: INDENT, after: 1.2, ...(link === undefined ? {} : { url: link }) }),
    ])
  })
  w.list(stack([heading(w, words.evidence), intro]), items)
  w.list(w.text(words.where, { size: SIZE.small, bold: true }, { after: 1 }), list)
}
