/**
 * "Since your last assessment on <date>": a short block in the owner's part, right after the
 * overview, when an earlier assessment was given. The words are pure (`sinceLines`), so they can
 * be checked without reading a PDF; at most six short sentences under the heading.
 */
import { changeWords, someOf, type Comparison } from '../../core/compare.ts'
import { longDate } from '../text.ts'
import { COLOR, SIZE, stack, subheading, type Writer } from '../writer.ts'

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The heading of the block. */
export function sinceHeading(c: Comparison): string {
  return `Since your last assessment on ${longDate(c.previousDate)}`
}

/**
 * The block's sentences: the score change, the answers improved (the actions done, up to two
 * named), what got worse, the new and the resolved knowledge gaps, and a note on what could not
 * be compared (only when something could not be).
 */
export function sinceLines(c: Comparison): { lines: string[]; note: string | null } {
  const named = (list: Comparison['improved']): string => someOf(list.map((a) => `"${a.question.text}"`), 2)
  const lines = [
    `Overall score: ${changeWords(c.overall)}.`,
    c.improved.length === 0 ? 'Done since: no answer has improved yet.' : `Done since: ${count(c.improved.length, 'answer')} improved (${named(c.improved)}).`,
    c.worse.length === 0 ? 'Nothing got worse.' : `Got worse: ${count(c.worse.length, 'answer')} (${named(c.worse)}).`,
    `${c.newGaps.length === 0 ? 'No new things to find out' : `New things to find out ("Not sure" now, not before): ${c.newGaps.length}`}${c.resolvedGaps.length === 0 ? '' : `; found out since: ${c.resolvedGaps.length}`}.`,
  ]
  const notes = [
    c.sameQuestions ? '' : 'The questions have changed since, so both sets of answers are scored with today\'s questions.',
    c.notComparable.length === 0 ? '' : `${count(c.notComparable.length, 'earlier answer')} could not be compared (${c.notComparable.length === 1 ? 'its question or answer no longer exists' : 'their questions or answers no longer exist'}).`,
    c.newQuestions.length === 0 ? '' : `${count(c.newQuestions.length, 'question')} had no answer last time.`,
  ].filter((s) => s !== '')
  return { lines, note: notes.length === 0 ? null : notes.join(' ') }
}

/** The block, kept whole on the page, with a little space after it. */
export function sinceBlock(w: Writer, c: Comparison | null): void {
  if (c === null) return
  const { lines, note } = sinceLines(c)
  w.place(
    stack([
      subheading(w, sinceHeading(c)),
      ...lines.map((line) => w.text(line, { size: SIZE.body }, { after: 0.8 })),
      ...(note === null ? [] : [w.text(note, { size: SIZE.small, color: COLOR.muted }, { after: 0.8 })]),
      w.space(4),
    ]),
  )
}
