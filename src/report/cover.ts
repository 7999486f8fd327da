/**
 * The top of the report: who made it, for whom and when, the overall score and tier, a score bar,
 * the score of each section and how many knowledge gaps there are.
 */
import type { Branding } from '../branding.ts'
import type { Results, SectionScore } from '../core/scoring.ts'
import { COLOR, CONTENT_WIDTH, PAGE, SIZE, lineHeight, scoreBar, stack, type Block, type Writer } from './layout.ts'
import { longDate, toPdfText } from './text.ts'

/** Contact details on one line, e.g. "+1 555 0100 · help@example.com"; empty parts left out. */
export function contactLine(branding: Branding, withWebsite: boolean): string {
  const parts = [branding.phone, branding.email, ...(withWebsite ? [branding.website] : [])]
  return parts.map((p) => p.trim()).filter((p) => p !== '').join('  \u00B7  ')
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The MSP, the title, the business and the date, under a thin accent band. */
export function titleBlock(w: Writer, branding: Branding, date: Date, businessName: string): void {
  w.doc.setFillColor(...COLOR.accent)
  w.doc.rect(0, 0, PAGE.width, 3, 'F')
  w.place(
    stack([
      w.text(branding.name, { size: SIZE.body, bold: true, color: COLOR.accent }),
      w.text(contactLine(branding, true), { size: SIZE.small, color: COLOR.muted }, { after: 8 }),
      w.text('Cyber-readiness action plan', { size: SIZE.title, bold: true }, { after: 1 }),
      ...(businessName === '' ? [] : [w.text(`for ${businessName}`, { size: SIZE.heading })]),
      w.text(longDate(date), { size: SIZE.small, color: COLOR.muted }, { after: 8 }),
    ]),
  )
}

/** "Overall score", the score and tier, a full-width bar, the tier summary and the counts. */
export function overallBlock(w: Writer, results: Results): void {
  const { score, tier } = results.overall
  const barHeight = 5
  const big = lineHeight(SIZE.title)
  const figure = toPdfText(score === null ? 'Not scored yet' : `${score} / 100`)
  w.style({ size: SIZE.title, bold: true })
  const tierX = PAGE.margin + w.textWidth(figure) + 6
  const tierStyle = { size: SIZE.heading, bold: true, color: COLOR.accent }
  // The tier sits beside the score when it fits on that line, otherwise under it, wrapped.
  const inline = tier === null ? [] : w.wrap(tier.label, tierStyle, PAGE.width - PAGE.margin - tierX)
  const below = tier !== null && inline.length > 1 ? [w.text(tier.label, tierStyle, { after: 1 })] : []
  const headline: Block = {
    height: big + 1,
    draw: () => {
      const baseline = w.y + big * 0.78
      w.style({ size: SIZE.title, bold: true })
      w.doc.text(figure, PAGE.margin, baseline)
      if (below.length === 0 && inline[0] !== undefined) {
        w.style(tierStyle)
        w.doc.text(inline[0], tierX, baseline)
      }
      w.y += big + 1
    },
  }
  const bar: Block = {
    height: barHeight + 2,
    draw: () => {
      scoreBar(w.doc, PAGE.margin, w.y, CONTENT_WIDTH, barHeight, score)
      w.y += barHeight + 2
    },
  }
  const counts = [
    `You answered ${results.answered} of ${plural(results.applicable, 'question', 'questions')}.`,
    results.gaps.length === 0
      ? 'No knowledge gaps: you were sure of every answer.'
      : `Knowledge gaps: ${plural(results.gaps.length, 'answer was', 'answers were')} "Not sure" (listed below).`,
  ].join(' ')
  w.place(
    stack([
      w.text('Overall score', { size: SIZE.small, color: COLOR.muted }),
      headline,
      ...below,
      bar,
      ...(tier === null ? [] : [w.text(tier.summary, { size: SIZE.body }, { after: 1 })]),
      w.text(counts, { size: SIZE.small, color: COLOR.muted }, { after: 8 }),
    ]),
  )
}

const LABEL_WIDTH = 66
const VALUE_WIDTH = 26
const BAR_X = PAGE.margin + LABEL_WIDTH + 4
const BAR_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH - 8

/** One row: the section title (wrapped), its bar, and its score or "not answered". */
function sectionRow(w: Writer, s: SectionScore): Block {
  const label = w.text(s.section.title, { size: SIZE.body }, { width: LABEL_WIDTH, after: 3 })
  const lh = lineHeight(SIZE.body)
  return {
    height: label.height,
    draw: () => {
      const top = w.y
      label.draw()
      scoreBar(w.doc, BAR_X, top + lh * 0.22, BAR_WIDTH, lh * 0.62, s.score)
      const value = s.score === null ? 'not answered' : `${s.score} / 100`
      w.style(s.score === null ? { size: SIZE.small, color: COLOR.muted } : { size: SIZE.body, bold: true })
      w.doc.text(value, PAGE.margin + CONTENT_WIDTH, top + lh * 0.78, { align: 'right' })
    },
  }
}

/** "Scores by section": a labelled bar for each section of the bank, in bank order. */
export function sectionScoresBlock(w: Writer, results: Results): void {
  const rows = results.sections.map((s) => sectionRow(w, s))
  const heading = w.text('Scores by section', { size: SIZE.heading, bold: true }, { after: 3 })
  w.place(heading, rows[0])
  rows.forEach((row) => w.place(row))
  w.place(w.space(6))
}
