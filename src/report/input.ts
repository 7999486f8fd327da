/**
 * Everything the report needs, computed from the bank and the answers by the pure core. Shared by
 * the results page, the Node CLI, the preview and the benchmark, so all of them print the same
 * plan for the same answers. No jsPDF here: cheap to import anywhere.
 */
import type { Bank } from '../core/bank.ts'
import type { Answers } from '../core/answers.ts'
import { estimateDetection } from '../core/detection.ts'
import { derivePlan } from '../core/plan.ts'
import { scoreAssessment } from '../core/scoring.ts'
import type { Branding } from '../branding.ts'
import type { ReportInput } from './build.ts'
import type { ReportLogo } from './chrome.ts'

export interface ReportOptions {
  readonly branding: Branding
  readonly date: Date
  readonly businessName?: string
  readonly logo?: ReportLogo
}

/** The report's input for these answers: results, plan and detection estimate from the core. */
export function reportInputFor(bank: Bank, answers: Answers, options: ReportOptions): ReportInput {
  return {
    bank,
    answers,
    results: scoreAssessment(bank, answers),
    plan: derivePlan(bank, answers),
    detection: estimateDetection(bank, answers),
    ...options,
  }
}
