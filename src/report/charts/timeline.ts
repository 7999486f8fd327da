/**
 * The detection timeline: how long a breach could go unnoticed at this business (the range from
 * the fastest to the slowest band its answers give), on a logarithmic day axis beside published
 * figures such as T-Mobile's 41 days. Vector shapes and text only.
 */
import type { DetectionBand, DetectionBenchmark, DetectionModel } from '../../core/bank/types.ts'
import type { DetectionEstimate } from '../../core/detection.ts'
import { figure, item, stack, COLOR, CONTENT_WIDTH, PAGE, SIZE, type Block, type Rgb, type Writer } from '../writer.ts'
import { toPdfText } from '../text.ts'
import type { ReportMessages } from '../../i18n/types.ts'

/** Where the axis is marked, in days; the words are the dictionary's `report.detection.ticks`, in this order. */
const TICKS: readonly number[] = [1 / 24, 1, 7, 30, 91, 182, 365, 730, 1825]

/** A log scale over days, from a quarter of the first band to a little past the largest figure. */
export interface DayAxis {
  readonly lo: number
  readonly hi: number
  x(days: number): number
}

export function dayAxis(model: DetectionModel, left: number, width: number): DayAxis {
  const first = model.bands[0]?.days ?? 1
  const lo = Math.max(first / 4, 1 / 48)
  const hi = Math.max(lo * 10, ...model.bands.map((b) => b.days), ...model.benchmarks.map((b) => b.days)) * 1.1
  const span = Math.log(hi / lo)
  return { lo, hi, x: (days) => left + (width * Math.log(Math.min(Math.max(days, lo), hi) / lo)) / span }
}

/** Where a band starts: the previous band's upper bound, or the axis start for the first band. */
function bandStart(bands: readonly DetectionBand[], band: DetectionBand, lo: number): number {
  const i = bands.findIndex((b) => b.id === band.id)
  return Math.max(bands[i - 1]?.days ?? lo, lo)
}

/** Fast bands green, slow bands red. */
function bandColor(bands: readonly DetectionBand[], band: DetectionBand): Rgb {
  const palette: readonly Rgb[] = [COLOR.good, COLOR.accent, [180, 83, 9], COLOR.bad]
  const i = Math.max(0, bands.findIndex((b) => b.id === band.id))
  const at = bands.length <= 1 ? 0 : Math.round((i * (palette.length - 1)) / (bands.length - 1))
  return palette[at] ?? COLOR.accent
}

const HEIGHT = 27
/** The radius of a benchmark's numbered badge, in mm. */
export const BADGE = 2.1

/** Badge centres: each benchmark at its day, nudged right so that no two badges overlap. */
export function badgePositions(axis: DayAxis, benchmarks: readonly DetectionBenchmark[]): number[] {
  const order = benchmarks.map((b, i) => ({ x: axis.x(b.days), i })).sort((a, b) => a.x - b.x)
  const xs: number[] = new Array<number>(benchmarks.length).fill(0)
  let previous = -Infinity
  for (const { x, i } of order) {
    const placed = Math.max(x, previous + 2 * BADGE + 0.8)
    xs[i] = placed
    previous = placed
  }
  return xs
}

function badge(w: Writer, x: number, y: number, n: number): void {
  w.doc.setFillColor(...COLOR.text)
  w.doc.circle(x, y, BADGE, 'F')
  w.style({ size: SIZE.small - 1, bold: true, color: [255, 255, 255] })
  w.doc.text(String(n), x, y + 0.9, { align: 'center' })
}

/** The drawing: badges and dashed markers for the benchmarks, the owner's range, the axis. */
function chart(w: Writer, model: DetectionModel, estimate: DetectionEstimate | null): Block {
  const axis = dayAxis(model, PAGE.margin + 2, CONTENT_WIDTH - 4)
  return figure(w, HEIGHT, (top) => {
    const { doc } = w
    const barY = top + 7
    const axisY = top + 17
    if (estimate !== null) {
      const from = axis.x(bandStart(model.bands, estimate.fastest, axis.lo))
      const to = axis.x(estimate.slowest.days)
      doc.setFillColor(...COLOR.track)
      doc.rect(from, barY, to - from, 6, 'F')
      const words = w.m.report.detection
      const ends = estimate.fastest.id === estimate.slowest.id ? [[estimate.fastest, words.yours] as const] : [[estimate.fastest, words.best] as const, [estimate.slowest, words.worst] as const]
      for (const [band, name] of ends) {
        const x0 = axis.x(bandStart(model.bands, band, axis.lo))
        const width = axis.x(band.days) - x0
        doc.setFillColor(...bandColor(model.bands, band))
        doc.rect(x0, barY, width, 6, 'F')
        // Named inside the band when the name fits there.
        const style = { size: SIZE.small, bold: true, color: [255, 255, 255] as const }
        w.style(style)
        if (w.textWidth(name) + 2 <= width) doc.text(toPdfText(name), x0 + width / 2, barY + 4.1, { align: 'center' })
      }
    }
    const xs = badgePositions(axis, model.benchmarks)
    model.benchmarks.forEach((b, i) => {
      const x = axis.x(b.days)
      doc.setDrawColor(...COLOR.text)
      doc.setLineWidth(0.35)
      doc.setLineDashPattern([1, 0.8], 0)
      doc.line(x, top + 3.2 + BADGE, x, axisY)
      doc.setLineDashPattern([], 0)
      if (Math.abs((xs[i] ?? x) - x) > 0.1) doc.line(x, top + 3.2 + BADGE, xs[i] ?? x, top + 3.2)
      badge(w, xs[i] ?? x, top + 2.6, i + 1)
    })
    doc.setDrawColor(...COLOR.muted)
    doc.setLineWidth(0.3)
    doc.line(axis.x(axis.lo), axisY, axis.x(axis.hi), axisY)
    w.style({ size: SIZE.small, color: COLOR.muted })
    const labels = w.m.report.detection.ticks
    for (const tick of TICKS.map((days, i) => ({ days, label: labels[i] ?? '' })).filter((t) => t.days >= axis.lo && t.days <= axis.hi)) {
      const x = axis.x(tick.days)
      doc.line(x, axisY - 1, x, axisY + 1)
      doc.text(toPdfText(tick.label), x, axisY + 4.5, { align: 'center' })
    }
  })
}

/** What the estimate says, in the language of `words` (a dictionary's `report.detection`). */
export function detectionWords(estimate: DetectionEstimate | null, words: ReportMessages['detection']): string {
  if (estimate === null) return words.none
  const range = estimate.fastest.id === estimate.slowest.id ? words.oneBand(estimate.fastest.label) : words.range(estimate.fastest.label, estimate.slowest.label)
  const unsure = estimate.unsure === 0 ? '' : words.unsure(estimate.unsure, estimate.basis.length)
  return `${range}${unsure}${words.bar}`
}

/** The whole block: the chart, the words, and the numbered key of the benchmarks. */
export function detectionTimeline(w: Writer, model: DetectionModel, estimate: DetectionEstimate | null): Block {
  const key = model.benchmarks.map((b, i) =>
    item(w, (x, y) => badge(w, x + BADGE, y - 0.9, i + 1), [w.text(w.m.report.detection.benchmark(b.label, b.days, b.metric), { size: SIZE.small }, { indent: 6, after: 1.2 })]),
  )
  return stack([chart(w, model, estimate), w.text(detectionWords(estimate, w.m.report.detection), { size: SIZE.body }, { after: 2 }), ...key])
}
