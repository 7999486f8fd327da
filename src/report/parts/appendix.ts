/**
 * The end of the IT partner's part: how the detection estimate was made and the source of every
 * figure quoted; and the two lines (an answer, its framework references in NIST CSF 2.0, CIS
 * Controls v8 and the OWASP API Security Top 10 2023) that the section blocks print for every
 * question.
 */
import type { Bank, Question } from '../../core/bank/types.ts'
import type { Finding } from '../../core/scoring.ts'
import type { DetectionEstimate } from '../../core/detection.ts'
import { safeUrl } from './chrome.ts'
import { INDENT, heading, stack, SIZE, type Block, type Writer } from '../writer.ts'

const SMALL = { size: SIZE.small }

/** "Answer: Yes (score 100 of 100, weight 3)", or why there is no answer. */
export function answerLine(finding: Finding): string {
  if (finding.status === 'not-asked') return 'Not asked: it does not apply given the answers above.'
  if (finding.status === 'unanswered') return 'Not answered.'
  const { question } = finding
  if (finding.notApplicable) return `Answer: ${finding.answer} (does not apply to the business; not scored).`
  if (question.kind === 'profile' || finding.score === null) return `Answer: ${finding.answer} (about the business; not scored).`
  return `Answer: ${finding.answer} (score ${finding.score} of 100, weight ${question.weight}).`
}

/** "NIST CSF 2.0: DE.CM, DE.AE  |  CIS Controls v8: 8.11  |  OWASP API 2023: none". */
export function frameworkLine(question: Question): string {
  const { nist, cis, owasp } = question.frameworks
  const ids = (list: readonly string[]): string => (list.length === 0 ? 'none' : list.join(', '))
  return `NIST CSF 2.0: ${ids(nist)}  |  CIS Controls v8: ${ids(cis)}  |  OWASP API Top 10 2023: ${ids(owasp)}`
}

function source(w: Writer, figure: string, url: string): Block {
  const link = safeUrl(url)
  return stack([
    w.text(figure, SMALL, { indent: INDENT, after: 0.2 }),
    w.text(`Source: ${link ?? url}`, { size: SIZE.small, color: w.accent }, { indent: INDENT, after: 1.4, ...(link === undefined ? {} : { url: link }) }),
  ])
}

/** How the estimate is made, and the sources. */
export function appendixBlock(w: Writer, bank: Bank, estimate: DetectionEstimate | null): void {
  w.place(w.space(4))
  const group = (title: string, blocks: readonly Block[]): Block[] => {
    const [first, ...rest] = blocks
    // A group's title always travels with its first line.
    return [stack([w.text(title, { size: SIZE.small, bold: true }, { after: 1 }), ...(first === undefined ? [] : [first])]), ...rest]
  }
  const basis =
    estimate === null
      ? [w.text('No detection question was answered, so no estimate was made.', SMALL, { indent: INDENT, after: 1 })]
      : estimate.basis.map((b) => w.text(`${b.question.text} -> ${b.band.label}`, SMALL, { indent: INDENT, after: 1 }))
  w.list(heading(w, 'How the detection estimate is made'), [
    ...bank.detection.assumptions.map((a) => w.text(`- ${a}`, SMALL, { indent: INDENT, after: 1 })),
    ...group('The answers it rests on', basis),
    w.space(3),
  ])
  w.list(heading(w, 'Sources of the figures quoted'), [
    ...bank.sections.flatMap((s) => group(s.title, s.lesson.facts.map((f) => source(w, f.figure, f.source)))),
    ...group('Detection benchmarks', bank.detection.benchmarks.map((b) => source(w, `${b.label}: ${b.days} days. ${b.metric}.`, b.source))),
  ])
}
