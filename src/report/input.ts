/**
 * The one door for report data: everything the PDF needs, computed from the bank and the answers
 * by the pure core. The results page (through `useReportDownload`), the Node CLI, the preview and
 * the benchmark all call `reportInputFor`, so all of them print the same plan for the same answers.
 * No jsPDF here: cheap to import anywhere.
 */
import type { Bank } from '../core/bank/types.ts'
import type { Answers } from '../core/answers.ts'
import { estimateDetection, type DetectionEstimate } from '../core/detection.ts'
import { derivePlan, type Plan } from '../core/plan.ts'
import { scoreAssessment, type Results } from '../core/scoring.ts'
import { compareAssessments, type Comparison, type PreviousAssessment } from '../core/compare.ts'
import { insuranceReadiness, type InsuranceReadiness } from '../core/insurance.ts'
import type { Branding } from '../branding/parse.ts'
import type { LogoImage } from '../branding/logo.ts'
import type { Messages } from '../i18n/types.ts'

/** What the report's author chooses: the branding, the date, the business name, the logo and an earlier assessment. */
export interface ReportOptions {
  readonly branding: Branding
  /** The date printed on the report and stored as its creation date. */
  readonly date: Date
  /** Printed as "for <business>" and in the header when given and not blank. */
  readonly businessName?: string
  /** The MSP's logo, drawn on the first page's header when given. */
  readonly logo?: LogoImage
  /**
   * An earlier assessment (a saved-answers file, read by `parsePreviousAnswersFile`): the owner's
   * part then says what changed since. Compared by `reportInputFor`, so every caller prints the same.
   */
  readonly previous?: PreviousAssessment
  /**
   * Every word of the report, in the language it is written in (`messages(lang)` in Node,
   * `loadMessages(lang)` in the browser). The bank must be in the same language.
   */
  readonly messages: Messages
}

/**
 * The options as plain data, without the words (whose plural and number phrasing are functions):
 * what can cross `postMessage` to the report worker, which fetches the words of the language itself.
 */
export type PlainReportOptions = Omit<ReportOptions, 'messages'>

/** Everything `buildReport` draws: the core's results, plan and detection estimate, and the options. */
export interface ReportInput extends ReportOptions {
  readonly bank: Bank
  /** Scores, per-section findings (every question with where it stands) and knowledge gaps. */
  readonly results: Results
  readonly plan: Plan
  /** From `estimateDetection`; null when no detection question was answered. */
  readonly detection: DetectionEstimate | null
  /** What changed since `previous`, from `compareAssessments`; null when no earlier assessment was given. */
  readonly comparison: Comparison | null
  /** Where the answers leave the questions insurers commonly ask, from `insuranceReadiness`. */
  readonly insurance: InsuranceReadiness
}

/** The report's input for these answers: results, plan, detection estimate and the comparison with an earlier assessment, from the core. */
export function reportInputFor(bank: Bank, answers: Answers, options: ReportOptions): ReportInput {
  const plan = derivePlan(bank, answers)
  return {
    bank,
    results: scoreAssessment(bank, answers),
    plan,
    insurance: insuranceReadiness(bank, answers, plan),
    detection: estimateDetection(bank, answers),
    comparison: options.previous === undefined ? null : compareAssessments(bank, options.previous, answers),
    ...options,
  }
}
