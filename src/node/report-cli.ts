/**
 * `npm run report -- answers.json [--out plan.pdf] [--csv plan.csv] [--previous earlier.json] [--branding branding.json] [--business name] [--date YYYY-MM-DD] [--lang es]`
 *
 * Builds the PDF plan (and with `--csv`, the plan as a spreadsheet; with `--csv` alone, only that)
 * in Node from a saved-answers file (the owner's "Save my answers", or one an
 * MSP fills in during an interview), with the real question bank and the same report code the
 * browser runs. The branding file is checked by `parseBranding` (a bad field falls back to its
 * default, with a warning); its logo path is read next to it. `--previous` takes an earlier
 * saved-answers file (an older set of questions is fine): the owner's part then says what changed since.
 * `--lang` writes the PDF and the CSV in another language (`es`); answers are ids, so one answers
 * file serves every language. What the CLI prints stays English (it is the MSP's tool).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { cleanBusinessName, isCompareProblem, parseAnswersFile } from '../core/answers-file.ts'
import { planCsv } from '../core/plan-csv.ts'
import { parsePreviousAnswersFile, type PreviousAssessment } from '../core/previous-file.ts'
import { changeWords } from '../core/compare.ts'
import { cleanText } from '../core/text.ts'
import { INSURANCE_STATUSES } from '../core/bank/types.ts'
import { isLanguage, LANGUAGES } from '../i18n/languages.ts'
import { messages } from '../i18n/messages.ts'
import { reportBytes } from '../report/download.ts'
import { reportInputFor } from '../report/input.ts'
import { isoDay, reportFileName } from '../report/text.ts'
import { readBranding, realBank } from './report-io.ts'
import { brandingIn } from '../branding/translate.ts'

export const USAGE =
  'Usage: npm run report -- <answers.json> [--out plan.pdf] [--csv plan.csv] [--previous earlier.json] [--branding branding.json] [--business "Name"] [--date YYYY-MM-DD] [--lang es]\n' +
  '  --out        the PDF plan (default: cyber-readiness-plan-<business>-<date>.pdf; in Spanish plan-de-ciberseguridad-…)\n' +
  `  --lang       the language of the PDF and the CSV: ${LANGUAGES.join(', ')} (default: en)\n` +
  '  --csv        also the plan as a spreadsheet (UTF-8 CSV for Excel, Numbers or Google Sheets); given without --out, only the CSV is written\n' +
  '  --previous   an earlier saved-answers file: the PDF says what changed since'

/** Where the CLI writes: injectable so tests can read what it says. */
export interface CliOutput {
  out(line: string): void
  err(line: string): void
}

const CONSOLE: CliOutput = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
}

/** A YYYY-MM-DD day as a local date at noon; null when it is not a real day. */
export function parseDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m === null) return null
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)
  return date.getMonth() === Number(m[2]) - 1 && date.getDate() === Number(m[3]) ? date : null
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`The ${what} "${path}" could not be read (${error instanceof Error ? error.message : String(error)}).`)
  }
}

/** Runs the CLI with `args` (without node and the script); returns the exit code. Never throws. */
export async function runReportCli(args: readonly string[], io: CliOutput = CONSOLE): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, csv: { type: 'string' }, previous: { type: 'string' }, branding: { type: 'string' }, business: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help === true) {
      io.out(USAGE)
      return 0
    }
    const [answersPath, ...extra] = positionals
    if (answersPath === undefined || extra.length > 0) {
      io.err(answersPath === undefined ? 'Give the saved-answers file to build the plan from.' : `Unexpected argument: ${extra.join(' ')}`)
      io.err(USAGE)
      return 2
    }
    const date = values.date === undefined ? new Date() : parseDay(values.date)
    if (date === null) {
      io.err(`--date must be a day such as 2026-03-05 (got "${values.date ?? ''}").`)
      return 2
    }
    const lang = values.lang ?? 'en'
    if (!isLanguage(lang)) {
      io.err(`--lang must be one of ${LANGUAGES.join(', ')} (got "${lang}").`)
      return 2
    }
    const words = messages(lang)
    const english = messages('en')
    const bank = realBank(lang)
    const parsed = parseAnswersFile(read(answersPath, 'answers file'), bank)
    if (!parsed.ok) {
      io.err(`${answersPath}: ${english.questionnaire.fileProblem.problem(parsed.problem)}`)
      return 1
    }
    if (parsed.dropped.length > 0) io.err(`warning: ${parsed.dropped.length} answer(s) no longer match a question and were left out: ${parsed.dropped.join(', ')}`)
    let previous: PreviousAssessment | undefined
    if (values.previous !== undefined) {
      const earlier = parsePreviousAnswersFile(read(values.previous, 'previous answers file'), bank)
      if (!earlier.ok) {
        io.err(`${values.previous}: ${isCompareProblem(earlier.problem) ? english.results.compare.problem(earlier.problem) : english.questionnaire.fileProblem.problem(earlier.problem)} Nothing was written.`)
        return 1
      }
      previous = earlier.previous
    }
    const { branding: written, logo, warnings } = readBranding(values.branding === undefined ? undefined : values.branding)
    const { branding, warnings: translationWarnings } = brandingIn(written, lang)
    ;[...warnings, ...translationWarnings].forEach((w) => io.err(`warning: ${w}`))
    const businessName = values.business === undefined ? parsed.data.businessName : cleanBusinessName(values.business)
    const input = reportInputFor(bank, parsed.data.answers, { branding, date, businessName, messages: words, ...(logo === undefined ? {} : { logo }), ...(previous === undefined ? {} : { previous }) })
    if (values.csv !== undefined) {
      writeFileSync(values.csv, planCsv(input.plan, words.results, input.insurance), 'utf8')
      io.out(`Wrote ${values.csv}: ${input.plan.items.length} actions, one row each, numbered as in the PDF.`)
      if (values.out === undefined) return 0
    }
    const { bytes, pages } = await reportBytes(input)
    const comparison = input.comparison
    if (comparison !== null && comparison.notComparable.length > 0) {
      io.err(`warning: ${comparison.notComparable.length} earlier answer(s) could not be compared (their question or option no longer exists): ${comparison.notComparable.map((n) => cleanText(n.questionId, { maxLength: 60 })).join(', ')}`)
    }
    const out = values.out ?? reportFileName(date, businessName, 'pdf', words.results.fileStem)
    writeFileSync(out, bytes)
    const score = input.results.overall.score
    io.out(`Wrote ${out}: ${pages} pages, ${(bytes.length / 1024).toFixed(1)} KiB; score ${score === null ? 'not available' : `${score} / 100`}, ${input.plan.items.length} actions${comparison === null ? '' : `; since ${isoDay(comparison.previousDate)}: ${changeWords(comparison.overall, english.results.change)}, ${comparison.improved.length} improved, ${comparison.worse.length} worse`}.`)
    const { counts } = input.insurance
    if (input.insurance.controls.length > 0) {
      const { status } = english.results.insurance
      io.out(`What cyber insurers will ask (${input.insurance.controls.length} questions): ${INSURANCE_STATUSES.slice().reverse().map((s) => `${counts[s]} ${status[s].toLowerCase()}`).join(', ')}.`)
      for (const c of input.insurance.controls) io.out(`  ${status[c.status].padEnd(13)} ${c.control.topic}`)
    }
    return 0
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    return 1
  }
}

const invoked = process.argv[1]
if (invoked !== undefined && import.meta.url === pathToFileURL(invoked).href) {
  process.exitCode = await runReportCli(process.argv.slice(2))
}
