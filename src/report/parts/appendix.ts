/**
 * The end of the IT partner's part: how the detection estimate was made and the source of every
 * figure quoted; and the two lines (an answer, its framework references in NIST CSF 2.0, CIS
 * Controls v8 and the OWASP API Security Top 10 2023) that the section blocks print for every
 * question.
 */
import type { Bank, Question } from '../../core/bank/types.ts'
import type { Finding } from '../../core/scoring.ts'
import type { ReportMessages } from '../../i18n/types.ts'
import type { DetectionEstimate } from '../../core/detection.ts'
import { safeUrl } from './chrome.ts'
import { INDENT, heading, stack, SIZE, type Block, type Writer } from '../writer.ts'

const SMALL = { size: SIZE.small }

/** "Answer: Yes (score 100 of 100, weight 3)", or why there is no answer, in the language of `words`. */
export function answerLine(finding: Finding, words: ReportMessages['answer']): string {
  if (finding.status === 'not-asked') return words.notAsked
  if (finding.status === 'unanswered') return words.unanswered
  const { question } = finding
  if (finding.notApplicable) return words.notApplicable(finding.answer)
  if (question.kind === 'profile' || finding.score === null) return words.profile(finding.answer)
  return words.scored(finding.answer, finding.score, question.weight)
}

/** "NIST CSF 2.0: DE.CM, DE.AE  |  CIS Controls v8: 8.11  |  OWASP API 2023: none" ("none" in the language of `words`). */
export function frameworkLine(question: Question, words: ReportMessages['answer']): string {
  const { nist, cis, owasp } = question.frameworks
  const ids = (list: readonly string[]): string => (list.length === 0 ? words.none : list.join(', '))
  return `NIST CSF 2.0: ${ids(nist)}  |  CIS Controls v8: ${ids(cis)}  |  OWASP API Top 10 2023: ${ids(owasp)}`
}

function source(w: Writer, figure: string, url: string): Block {
  const link = safeUrl(url)
  return stack([
    w.text(figure, SMALL, { indent: INDENT, after: 0.2 }),
    w.text(w.m.report.appendix.source(link ?? url), { size: SIZE.small, color: w.accent }, { indent: INDENT, after: 0.9, ...(link === undefined ? {} : { url: link }) }),
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
      ? [w.text(w.m.report.appendix.noEstimate, SMALL, { indent: INDENT, after: 1 })]
      : estimate.basis.map((b) => w.text(`${b.question.text} -> ${b.band.label}`, SMALL, { indent: INDENT, after: 0.7 }))
  const words = w.m.report.appendix
  w.list(heading(w, words.detection), [
    ...bank.detection.assumptions.map((a) => w.text(`- ${a}`, SMALL, { indent: INDENT, after: 0.7 })),
    ...group(words.basis, basis),
    w.space(3),
  ])
  w.list(heading(w, words.sources), [
    ...bank.sections.flatMap((s) => group(s.title, s.lesson.facts.map((f) => source(w, f.figure, f.source)))),
    ...group(words.benchmarks, bank.detection.benchmarks.map((b) => source(w, w.m.report.detection.benchmark(b.label, b.days, b.metric), b.source))),
  ])
}
