/**
 * The appendix for the MSP: every question with the answer given (or why it was not asked), its
 * score and weight, its framework references (NIST CSF 2.0, CIS Controls v8, OWASP API Security
 * Top 10 2023), how the detection estimate was made, and the source of every figure quoted.
 */
import type { Bank, Question } from '../../core/bank/types.ts'
import type { Finding, Results } from '../../core/scoring.ts'
import type { DetectionEstimate } from '../../core/detection.ts'
import { safeUrl } from './chrome.ts'
import { INDENT, heading, item, stack, subheading, COLOR, SIZE, type Block, type Writer } from '../writer.ts'

const SMALL = { size: SIZE.small }
const MUTED = { size: SIZE.small, color: COLOR.muted }

/** "Answer: Yes (score 100 of 100, weight 3)", or why there is no answer. */
export function answerLine(finding: Finding): string {
  if (finding.status === 'not-asked') return 'Not asked: it does not apply given the answers above.'
  if (finding.status === 'unanswered') return 'Not answered.'
  const { question } = finding
  if (question.kind === 'profile' || finding.score === null) return `Answer: ${finding.answer} (about the business; not scored).`
  return `Answer: ${finding.answer} (score ${finding.score} of 100, weight ${question.weight}).`
}

/** "NIST CSF 2.0: DE.CM, DE.AE  |  CIS Controls v8: 8.11  |  OWASP API 2023: none". */
export function frameworkLine(question: Question): string {
  const { nist, cis, owasp } = question.frameworks
  const ids = (list: readonly string[]): string => (list.length === 0 ? 'none' : list.join(', '))
  return `NIST CSF 2.0: ${ids(nist)}  |  CIS Controls v8: ${ids(cis)}  |  OWASP API Top 10 2023: ${ids(owasp)}`
}

function questionItem(w: Writer, finding: Finding, n: number): Block {
  const q = finding.question
  return item(w, (x, y) => {
    w.style({ size: SIZE.small, bold: true, color: COLOR.accent })
    w.doc.text(`Q${n}`, x, y + 0.9)
  }, [
    w.text(q.text, { size: SIZE.small, bold: true }, { indent: INDENT + 2, after: 0.3 }),
    w.text(answerLine(finding), SMALL, { indent: INDENT + 2, after: 0.3 }),
    w.text(frameworkLine(q), MUTED, { indent: INDENT + 2, after: 2.2 }),
  ])
}

function source(w: Writer, figure: string, url: string): Block {
  const link = safeUrl(url)
  return stack([
    w.text(figure, SMALL, { indent: INDENT, after: 0.3 }),
    w.text(`Source: ${link ?? url}`, { size: SIZE.small, color: COLOR.accent }, { indent: INDENT, after: 2, ...(link === undefined ? {} : { url: link }) }),
  ])
}

/** The appendix, starting on a new page. */
export function appendixBlock(w: Writer, bank: Bank, results: Results, estimate: DetectionEstimate | null): void {
  w.freshPage()
  const intro = w.text(
    'For your IT partner: every question with the answer given, its score and weight, and where it maps in NIST CSF 2.0 (categories), CIS Controls v8 (safeguards) and the OWASP API Security Top 10 (2023). Then how the detection estimate was made and the source of every figure quoted in this plan.',
    MUTED,
    { after: 4 },
  )
  let n = 0
  const sections = results.sections.map((s) => ({ title: subheading(w, s.section.title), items: s.findings.map((f) => questionItem(w, f, (n += 1))) }))
  const first = sections[0]
  w.place(stack([heading(w, 'Appendix: answers and references'), intro]), first === undefined ? undefined : stack([first.title, ...first.items.slice(0, 1)]))
  for (const s of sections) {
    w.list(s.title, s.items)
    w.place(w.space(2))
  }
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
