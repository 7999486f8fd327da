/**
 * The report's graphics, drawn with jsPDF's vector primitives only (no images): the overall score
 * gauge, score bars with tier marks, and the per-section chart.
 */
import type { jsPDF } from 'jspdf'
import type { Tier } from '../../core/bank/types.ts'
import type { SectionScore } from '../../core/scoring.ts'
import { figure, stack, COLOR, CONTENT_WIDTH, PAGE, SIZE, lineHeight, type Block, type Rgb, type Writer } from '../writer.ts'

/** From weak to strong: red, amber, teal, green (all dark enough for white text and for print). */
const TIER_PALETTE: readonly Rgb[] = [
  [185, 28, 28],
  [180, 83, 9],
  [15, 118, 110],
  [21, 128, 61],
]

/** The colour of a tier: its position among the bank's tiers spread over the palette. */
export function tierColor(tiers: readonly Tier[], tier: Tier | null): Rgb {
  const index = tier === null ? -1 : tiers.findIndex((t) => t.id === tier.id)
  if (index < 0) return COLOR.muted
  const last = TIER_PALETTE.length - 1
  const at = tiers.length <= 1 ? last : Math.round((index * last) / (tiers.length - 1))
  return TIER_PALETTE[at] ?? COLOR.accent
}

/** A closed polygon through `points` (absolute mm), filled with the current fill colour. */
export function polygon(doc: jsPDF, points: readonly (readonly [number, number])[], style: 'F' | 'S' | 'FD' = 'F'): void {
  const [first, ...rest] = points
  if (first === undefined) return
  let [px, py] = first
  const deltas = rest.map(([x, y]) => {
    const d = [x - px, y - py]
    px = x
    py = y
    return d
  })
  doc.lines(deltas, first[0], first[1], [1, 1], style, true)
}

/** Points on a circle arc from angle `a0` to `a1` (radians, 0 = right, counter-clockwise as seen). */
function arc(cx: number, cy: number, r: number, a0: number, a1: number): [number, number][] {
  const steps = Math.max(2, Math.ceil((Math.abs(a1 - a0) / Math.PI) * 48))
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / steps
    return [cx + r * Math.cos(a), cy - r * Math.sin(a)]
  })
}

/** A ring segment between radii `r0` < `r1`, filled with `color`, for scores `from`..`to` of 100. */
function ringSegment(doc: jsPDF, cx: number, cy: number, r0: number, r1: number, from: number, to: number, color: Rgb): void {
  const a0 = Math.PI * (1 - from / 100)
  const a1 = Math.PI * (1 - to / 100)
  doc.setFillColor(...color)
  polygon(doc, [...arc(cx, cy, r1, a0, a1), ...arc(cx, cy, r0, a1, a0)])
}

export const GAUGE = { width: 52, height: 34, radius: 24, thickness: 7 } as const

/**
 * A half-circle gauge with its top-left corner at (x, y): a light track, a thin band per tier in
 * its colour, the score's arc in its tier's colour and the figure in the middle ("–" unscored).
 */
export function gauge(w: Writer, x: number, y: number, score: number | null, tiers: readonly Tier[], tier: Tier | null): void {
  const { doc } = w
  const cx = x + GAUGE.width / 2
  const cy = y + GAUGE.radius + 2
  const r1 = GAUGE.radius
  const r0 = r1 - GAUGE.thickness
  ringSegment(doc, cx, cy, r0, r1, 0, 100, COLOR.track)
  tiers.forEach((t, i) => ringSegment(doc, cx, cy, r1 + 0.6, r1 + 1.6, t.min, tiers[i + 1]?.min ?? 100, tierColor(tiers, t)))
  if (score !== null && score > 0) ringSegment(doc, cx, cy, r0, r1, 0, Math.min(score, 100), tierColor(tiers, tier))
  w.style({ size: SIZE.display, bold: true })
  doc.text(score === null ? '-' : String(score), cx, cy - 2, { align: 'center' })
  w.style({ size: SIZE.small, color: COLOR.muted })
  doc.text(w.fit(w.m.report.outOf, { size: SIZE.small }, GAUGE.width), cx, cy + 3.5, { align: 'center' })
}

/** A horizontal bar: a light track, the score's fill in `color`, and small ticks at tier minimums. */
export function scoreBar(doc: jsPDF, x: number, y: number, width: number, height: number, score: number | null, color: Rgb, tiers: readonly Tier[] = []): void {
  doc.setFillColor(...COLOR.track)
  doc.rect(x, y, width, height, 'F')
  if (score !== null && score > 0) {
    doc.setFillColor(...color)
    doc.rect(x, y, (width * Math.min(score, 100)) / 100, height, 'F')
  }
  doc.setDrawColor(255, 255, 255)
  doc.setLineWidth(0.4)
  for (const t of tiers) if (t.min > 0) doc.line(x + (width * t.min) / 100, y, x + (width * t.min) / 100, y + height)
}

const LABEL_WIDTH = 70
const VALUE_WIDTH = 44
const BAR_X = PAGE.margin + LABEL_WIDTH + 4
const BAR_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH - 8

/** One row of the section chart: the title (wrapped), its bar, and "score / 100" with its tier. */
function sectionRow(w: Writer, s: SectionScore, tiers: readonly Tier[]): Block {
  const label = w.text(s.section.title, { size: SIZE.body }, { width: LABEL_WIDTH })
  const lh = lineHeight(SIZE.body)
  // Tall enough for the wrapped title; the score and its tier share one line.
  const height = Math.max(label.height, lh) + 2
  return {
    height,
    draw: () => {
      w.ensure(height)
      const top = w.y
      label.draw()
      w.y = top + height
      scoreBar(w.doc, BAR_X, top + lh * 0.2, BAR_WIDTH, lh * 0.65, s.score, tierColor(tiers, s.tier), tiers)
      const right = PAGE.margin + CONTENT_WIDTH
      if (s.score === null) {
        w.style({ size: SIZE.small, color: COLOR.muted })
        w.doc.text(w.fit(w.m.report.notAnswered, { size: SIZE.small }, VALUE_WIDTH), right, top + lh * 0.78, { align: 'right' })
        return
      }
      // Score first, then the tier, in reading order on one line: "7 / 100  At risk".
      const score = `${s.score} / 100`
      w.style({ size: SIZE.body, bold: true })
      const scoreWidth = w.textWidth(score)
      const tier = s.tier === null ? '' : w.fit(s.tier.label, { size: SIZE.small }, VALUE_WIDTH - scoreWidth - 2)
      w.style({ size: SIZE.small })
      const tierWidth = tier === '' ? 0 : w.textWidth(tier) + 2
      w.style({ size: SIZE.body, bold: true })
      w.doc.text(score, right - tierWidth - scoreWidth, top + lh * 0.78)
      if (s.tier !== null && tier !== '') {
        w.style({ size: SIZE.small, color: tierColor(tiers, s.tier) })
        w.doc.text(tier, right - tierWidth + 2, top + lh * 0.78)
      }
    },
  }
}

/** The per-section chart: a labelled bar for every section, in bank order, with a tier key. */
export function sectionChart(w: Writer, sections: readonly SectionScore[], tiers: readonly Tier[]): Block {
  const key = figure(w, 7, (top) => {
    let x = PAGE.margin
    w.style({ size: SIZE.small, color: COLOR.muted })
    for (const t of tiers) {
      const label = `${t.label} ${t.min}+`
      w.doc.setFillColor(...tierColor(tiers, t))
      w.doc.rect(x, top + 1.2, 3, 3, 'F')
      w.style({ size: SIZE.small, color: COLOR.muted })
      w.doc.text(w.fit(label, { size: SIZE.small }, CONTENT_WIDTH / Math.max(tiers.length, 1) - 6), x + 4.2, top + 3.9)
      x += CONTENT_WIDTH / Math.max(tiers.length, 1)
    }
  })
  return stack([...sections.map((s) => sectionRow(w, s, tiers)), key])
}
