/**
 * "Since your last assessment on <date>": a short block in the owner's part, right after the
 * overview, when an earlier assessment was given. The words are pure (`sinceLines`), so they can
 * be checked without reading a PDF; at most six short sentences under the heading.
 */
import { changeWords, type Comparison } from '../../core/compare.ts'
import { longDate } from '../text.ts'
import { COLOR, SIZE, stack, subheading, type Writer } from '../writer.ts'
import type { Messages } from '../../i18n/types.ts'

/** The heading of the block, in the language of `m`. */
export function sinceHeading(c: Comparison, m: Messages): string {
  return m.report.since.heading(longDate(c.previousDate, m.app))
}

/**
 * The block's sentences, in the language of `m`: the score change, the answers improved (the
 * actions done, up to two named), what got worse, the new and the resolved knowledge gaps, and a
 * note on what could not be compared (only when something could not be).
 */
export function sinceLines(c: Comparison, m: Messages): { lines: string[]; note: string | null } {
  const words = m.report.since
  const named = (list: Comparison['improved']): string => m.results.someOf(list.map((a) => `"${a.question.text}"`), 2)
  const lines = [
    words.overall(changeWords(c.overall, m.results.change)),
    c.improved.length === 0 ? words.noneImproved : words.improved(c.improved.length, named(c.improved)),
    c.worse.length === 0 ? words.noneWorse : words.worse(c.worse.length, named(c.worse)),
    words.gaps(c.newGaps.length, c.resolvedGaps.length),
  ]
  const notes = [
    c.sameQuestions ? '' : words.changed,
    c.notComparable.length === 0 ? '' : words.notComparable(c.notComparable.length),
    c.newQuestions.length === 0 ? '' : words.newQuestions(c.newQuestions.length),
  ].filter((s) => s !== '')
  return { lines, note: notes.length === 0 ? null : notes.join(' ') }
}

/** The block, kept whole on the page, with a little space after it. */
export function sinceBlock(w: Writer, c: Comparison | null): void {
  if (c === null) return
  const { lines, note } = sinceLines(c, w.m)
  w.place(
    stack([
      subheading(w, sinceHeading(c, w.m)),
      ...lines.map((line) => w.text(line, { size: SIZE.body }, { after: 0.8 })),
      ...(note === null ? [] : [w.text(note, { size: SIZE.small, color: COLOR.muted }, { after: 0.8 })]),
      w.space(4),
    ]),
  )
}
