/**
 * Words for the bank's codes, shared by the results page and the PDF so both say the same thing.
 */
import type { Cost, Effort, Timeframe, Who } from './bank/types.ts'

export const WHO_LABEL: Readonly<Record<Who, string>> = {
  you: 'You',
  'you-with-msp': 'You, with your IT partner',
  msp: 'Your IT partner',
}

export const TIMEFRAME_LABEL: Readonly<Record<Timeframe, string>> = {
  week: 'This week',
  month: 'Within 30 days',
  quarter: 'Within 90 days',
}

export const EFFORT_LABEL: Readonly<Record<Effort, string>> = {
  hours: 'A few hours',
  days: 'A few days',
  weeks: 'A few weeks',
}

export const COST_LABEL: Readonly<Record<Cost, string>> = {
  free: 'Free',
  low: 'Low cost',
  moderate: 'Moderate cost',
}
