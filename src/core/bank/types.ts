/**
 * The question bank's types and constants: what the app, the core and the report read. Imports
 * nothing, so any module may import it without forming a cycle. Raw files become these types only
 * through `parseBank` (parse.ts, build time); the app receives them already checked.
 */


/** Who carries out an action. */
export type Who = 'you' | 'you-with-msp' | 'msp'
/** How long an action takes. */
export type Effort = 'hours' | 'days' | 'weeks'
/** When an action should be done: this week, within 30 days, within 90 days. */
export type Timeframe = 'week' | 'month' | 'quarter'
/** What an action costs. */
export type Cost = 'free' | 'low' | 'moderate'

export const WHO: readonly Who[] = ['you', 'you-with-msp', 'msp']
export const EFFORTS: readonly Effort[] = ['hours', 'days', 'weeks']
export const TIMEFRAMES: readonly Timeframe[] = ['week', 'month', 'quarter']
export const COSTS: readonly Cost[] = ['free', 'low', 'moderate']

/** What to do about an answer below the best. */
export interface Action {
  readonly do: string
  readonly why: string
  readonly effort: Effort
  readonly who: Who
  readonly timeframe: Timeframe
  readonly cost: Cost
  /** The MSP service that helps with this action. */
  readonly service: string
}

/** An answer that makes other actions more urgent (e.g. a past incident whose cause was not fixed). */
export interface Raise {
  /** Section ids whose actions are ranked higher. */
  readonly sections: readonly string[]
  /** Risk multiplier, above 1 and at most 3. */
  readonly factor: number
  /** Why, in a few plain words, shown beside each raised action. */
  readonly reason: string
}

/** An answer a question offers. */
export interface ChoiceOption {
  readonly id: string
  readonly label: string
  /** True for the one option per question that means "Not sure". */
  readonly notSure: boolean
}

/** An option of a scored question: a score from 0 to 100, and an action when below 100. */
export interface ScoredOption extends ChoiceOption {
  /** 0–100; on a "Doesn't apply" option it has no meaning (0) and is never counted. */
  readonly score: number
  /**
   * "Doesn't apply to us": the control has no object here (no card payments, no Wi-Fi, …). The
   * question then stays out of the score, the plan and the gaps, as if a condition hid it; it is
   * not "Not sure". At most one per question; present only when true.
   */
  readonly notApplicable?: true
  readonly action?: Action
  /** On detection questions: how soon this situation would reveal a breach (a detection band id). */
  readonly detection?: string
  readonly raises?: Raise
}

/** Show a question only when an earlier profile question's answer is one of `anyOf`. */
export interface Condition {
  readonly question: string
  readonly anyOf: readonly string[]
}

/** Framework references: NIST CSF 2.0 categories, CIS Controls v8 safeguard ids, OWASP API 2023 ids. */
export interface Frameworks {
  readonly nist: readonly string[]
  readonly cis: readonly string[]
  readonly owasp: readonly string[]
}

interface QuestionBase {
  readonly id: string
  readonly sectionId: string
  readonly text: string
  readonly help?: string
  /** Estimated minutes an owner needs to answer. */
  readonly minutes: number
  readonly showIf?: Condition
  readonly frameworks: Frameworks
}

/** A question that counts in the score. */
export interface ScoredQuestion extends QuestionBase {
  readonly kind: 'scored'
  readonly weight: number
  readonly options: readonly ScoredOption[]
}

/** A question about the business (e.g. "do you have a customer portal?"): no score, gates others. */
export interface ProfileQuestion extends QuestionBase {
  readonly kind: 'profile'
  readonly options: readonly ChoiceOption[]
}

export type Question = ScoredQuestion | ProfileQuestion

/** A figure a lesson quotes, with its source. */
export interface LessonFact {
  readonly figure: string
  readonly source: string
}

export interface Lesson {
  readonly text: string
  readonly facts: readonly LessonFact[]
}

export interface Section {
  readonly id: string
  readonly file: string
  readonly title: string
  readonly lesson: Lesson
  readonly questions: readonly Question[]
}

/** A score band: a score of at least `min` earns this tier (the highest `min` that fits wins). */
export interface Tier {
  readonly id: string
  readonly label: string
  readonly min: number
  readonly summary: string
}

/** A band of time within which a breach would likely be noticed; `days` is its upper bound. */
export interface DetectionBand {
  readonly id: string
  readonly label: string
  readonly days: number
}

/** A published detection figure to compare with (e.g. T-Mobile's 41 days), with its source. */
export interface DetectionBenchmark {
  readonly label: string
  readonly days: number
  /** Which metric the figure is (e.g. "median dwell time"), in plain words. */
  readonly metric: string
  readonly source: string
}

export interface DetectionModel {
  /** In ascending order of `days`. */
  readonly bands: readonly DetectionBand[]
  readonly assumptions: readonly string[]
  readonly benchmarks: readonly DetectionBenchmark[]
}

/** Where to report an attack in one country. */
export interface EmergencyContact {
  readonly name: string
  readonly what: string
  readonly url: string
  readonly phone?: string
}

export interface EmergencyCountry {
  /** ISO 3166-1 alpha-2 code, e.g. "US", "GB", "AU". */
  readonly code: string
  readonly name: string
  readonly contacts: readonly EmergencyContact[]
}

/**
 * The bank's structure: ids, scores, weights, minutes, conditions, titles, tiers, detection and
 * where to report an attack. Scoring, conditions, progress and the time estimate need no more, so
 * they take this. Its words (lessons, question and option texts) may still be empty and its
 * actions missing, as in the skeleton the app ships first (`complete: false`).
 */
export interface BankSkeleton {
  /** True only on a `Bank`: every section's words and every action are present. */
  readonly complete: boolean
  readonly version: number
  readonly title: string
  /** Tiers in ascending order of `min`; the first has `min` 0. */
  readonly tiers: readonly Tier[]
  readonly detection: DetectionModel
  /** Where to report an attack, per country; the first is the default. */
  readonly emergency: readonly EmergencyCountry[]
  readonly sections: readonly Section[]
}

/**
 * The whole bank, words and actions included: what the plan and the report need. Only `parseBank`
 * (build time) and `joinBank` (the app, once every part has loaded) make one, so a plan can never
 * be derived from a skeleton whose actions have not arrived: that no longer compiles.
 */
export interface Bank extends BankSkeleton {
  readonly complete: true
  /** What cyber insurers commonly ask, mapped onto the bank's answers (`questions/insurance.json`). */
  readonly insurance: readonly InsuranceControl[]
}

/** Where an answer leaves an insurer's question: from worst to best, in `INSURANCE_STATUSES` order. */
export type InsuranceStatus = 'unknown' | 'misses' | 'partly' | 'meets'

/**
 * Worst first: a control's status is the lowest of its answers' statuses. "Unknown" ranks lowest
 * because an owner who cannot say is in a worse place on an application than one who knows the
 * answer is no: they must find out first, and a blank is read as "No" by some carriers.
 */
export const INSURANCE_STATUSES: readonly InsuranceStatus[] = ['unknown', 'misses', 'partly', 'meets']

/** How one question's answers place a control: option ids per status ("Not sure" is always unknown). */
export interface InsuranceRule {
  readonly question: string
  readonly meets: readonly string[]
  readonly partly: readonly string[]
  readonly misses: readonly string[]
  readonly unknown: readonly string[]
}

/** A carrier that asks about a control, with the public page that shows it. */
export interface InsuranceSource {
  readonly carrier: string
  readonly source: string
}

/** One control that small-business cyber insurers commonly ask about, in our own words. */
export interface InsuranceControl {
  readonly id: string
  /** A short name, e.g. "MFA on email". */
  readonly topic: string
  /** What insurers ask, in owner words (never copied application text). */
  readonly ask: string
  /** Every rule must be met; a question the owner was not shown (its condition is off) does not count. */
  readonly rules: readonly InsuranceRule[]
  /** What an underwriter may ask to see, for the IT partner to gather. */
  readonly evidence: readonly string[]
  readonly askedBy: readonly InsuranceSource[]
}

/** A file handed to the parser: its name (for messages) and its raw text. */
export interface BankFile {
  readonly name: string
  readonly text: string
}

/** One problem found in the bank. */
export interface BankIssue {
  readonly file: string
  readonly field: string
  readonly message: string
}
