/**
 * How long a breach could go unnoticed, estimated from the detection answers.
 *
 * Options of detection questions carry a band ("hours", "days", …). A breach is noticed by the
 * first safeguard it trips, so the fastest band the owner has is the best case; an attacker who
 * avoids the watched paths (as with T-Mobile's API) meets the slowest, the worst case. The estimate
 * is that range. "Not sure" answers carry their own band (set in the bank) and are counted.
 */
import type { BankSkeleton, DetectionBand, Question } from './bank/types.ts'
import { applicableAnswers, type Answers } from './answers.ts'

export interface DetectionEstimate {
  /** The best case: the fastest band among the owner's answers. */
  readonly fastest: DetectionBand
  /** The worst case: the slowest band among the owner's answers. */
  readonly slowest: DetectionBand
  /** Each answered detection question and the band its answer gives. */
  readonly basis: readonly { readonly question: Question; readonly band: DetectionBand }[]
  /** How many of those answers were "Not sure". */
  readonly unsure: number
}

/** The estimate, or null when no detection question that applies is answered. */
export function estimateDetection(bank: BankSkeleton, answers: Answers): DetectionEstimate | null {
  const bands = bank.detection.bands
  const basis = applicableAnswers(bank, answers).flatMap(({ question, option }) => {
    const id = 'detection' in option ? option.detection : undefined
    const band = bands.find((b) => b.id === id)
    return band === undefined ? [] : [{ question, band, notSure: option.notSure }]
  })
  if (basis.length === 0) return null
  const byDays = [...basis].sort((a, b) => a.band.days - b.band.days)
  const fastest = byDays[0]?.band
  const slowest = byDays[byDays.length - 1]?.band
  if (fastest === undefined || slowest === undefined) return null
  return {
    fastest,
    slowest,
    basis: basis.map(({ question, band }) => ({ question, band })),
    unsure: basis.filter((b) => b.notSure).length,
  }
}
