/**
 * The one fixture bank for tests, in named variants, each built from JSON texts through
 * `parseBank`, so it is valid by the same rules as the shipped bank:
 *
 * - `core`: two sections, a profile gate over two scored questions, detection bands on one
 *   question, an answer that raises another section, tiers at 0/50/85, and two insurers' controls
 *   (one on a gated question and an always-shown one, one on a single question). For the core's rules.
 * - `report`: two sections of plain-words questions (admin review, backups, a portal gate over a
 *   rate limit, MFA, updates) with realistic actions; `FIXTURE_ANSWERS` gives it a known outcome.
 *   For the report, the answers file and the components.
 *
 * `rawBank(variant)` returns a fresh copy of the raw JSON each call, so a test can break or change
 * one field at a time; `buildBank(raw)` parses it; `fixtureBank(variant, edit)` does both. The
 * real bank is `realBank()` from src/node/report-io.ts, read only by test/content and the scripts.
 */
import { parseBank } from '../../src/core/bank/parse.ts'
import type { Bank, BankFile } from '../../src/core/bank/types.ts'

type Raw = Record<string, unknown>

export interface RawBank {
  meta: Raw
  sections: Raw[]
  /** `questions/insurance.json`: the insurers' controls (the `core` variant has two). */
  insurance?: Raw
}

export type Variant = 'core' | 'report'

const act = (timeframe: string, who = 'you'): Raw => ({ do: `Do the ${timeframe} thing`, why: 'Because it matters.', effort: 'hours', who, timeframe, cost: 'free', service: 'Help desk' })
const refs = { nist: ['DE.CM'], cis: ['8.2'] }
const unsure = (id: string): Raw => ({ id: `${id}-unsure`, label: 'Not sure', notSure: true, action: { ...act('week'), do: `Find out about ${id}` } })

function coreBank(): RawBank {
  return {
    meta: {
      version: 1,
      title: 'Test bank',
      tiers: [
        { id: 'low', label: 'At risk', min: 0, summary: 'Much to do.' },
        { id: 'mid', label: 'Developing', min: 50, summary: 'Some to do.' },
        { id: 'high', label: 'Strong', min: 85, summary: 'Little to do.' },
      ],
      detection: {
        bands: [
          { id: 'hours', label: 'Within a day', days: 1 },
          { id: 'weeks', label: 'Within weeks', days: 60 },
          { id: 'months', label: 'Months', days: 200 },
        ],
        assumptions: ['Someone acts on the first alert.'],
        benchmarks: [{ label: 'T-Mobile 2023', days: 41, metric: 'first access to discovery', source: 'https://example.com/t' }],
      },
      emergency: [
        { code: 'US', name: 'United States', contacts: [{ name: 'CISA', what: 'Report an incident', url: 'https://example.com/cisa' }] },
        { code: 'GB', name: 'United Kingdom', contacts: [{ name: 'Action Fraud', what: 'Report fraud', url: 'https://example.com/af', phone: '0300 000 0000' }] },
      ],
    },
    sections: [
      {
        id: 'exposure',
        title: 'Exposure',
        lesson: { text: 'A lesson.', facts: [{ figure: '41 days', source: 'https://example.com/a' }] },
        questions: [
          {
            id: 'gate',
            kind: 'profile',
            text: 'Do you have a portal?',
            minutes: 0.5,
            frameworks: { nist: ['ID.AM'], cis: ['1.1'] },
            options: [
              { id: 'none', label: 'No' },
              { id: 'portal', label: 'Yes, a portal' },
              { id: 'gate-unsure', label: 'Not sure', notSure: true },
            ],
          },
          {
            id: 'inventory',
            text: 'Do you know your apps?',
            minutes: 1,
            weight: 3,
            showIf: { question: 'gate', anyOf: ['portal', 'gate-unsure'] },
            frameworks: { nist: ['ID.AM'], cis: ['1.1'], owasp: ['API9:2023'] },
            options: [
              { id: 'all', label: 'All of them', score: 100 },
              { id: 'some', label: 'Some', score: 50, action: act('month', 'you-with-msp') },
              { id: 'none', label: 'None', score: 0, action: act('week', 'msp') },
              unsure('inventory'),
            ],
          },
          {
            id: 'limits',
            text: 'Are there limits?',
            minutes: 0.5,
            weight: 2,
            showIf: { question: 'gate', anyOf: ['portal'] },
            frameworks: refs,
            options: [
              { id: 'yes', label: 'Yes', score: 100 },
              { id: 'no', label: 'No', score: 0, action: act('quarter') },
              { id: 'na', label: "Doesn't apply to us", notApplicable: true },
              unsure('limits'),
            ],
          },
        ],
      },
      {
        id: 'detect',
        title: 'Detection',
        lesson: { text: 'Another lesson.', facts: [{ figure: '10 days', source: 'https://example.com/b' }] },
        questions: [
          {
            id: 'alerts',
            text: 'Do you get alerts?',
            minutes: 0.5,
            weight: 2,
            frameworks: refs,
            options: [
              { id: 'yes', label: 'Yes', score: 100, detection: 'hours' },
              { id: 'email', label: 'Only by email', score: 60, detection: 'weeks', action: act('month') },
              { id: 'no', label: 'No', score: 0, detection: 'months', action: act('week') },
              { ...unsure('alerts'), detection: 'months' },
            ],
          },
          {
            id: 'logs',
            text: 'Do you keep logs?',
            minutes: 0.5,
            weight: 1,
            frameworks: refs,
            options: [
              { id: 'yes', label: 'Yes', score: 100 },
              { id: 'no', label: 'No', score: 0, action: act('quarter', 'msp') },
              { id: 'lost', label: 'Lost in an unfixed incident', score: 0, action: act('quarter', 'msp'), raises: { sections: ['exposure'], factor: 2, reason: 'A past incident was not fixed' } },
              unsure('logs'),
            ],
          },
        ],
      },
    ],
    insurance: {
      controls: [
        {
          id: 'watched',
          topic: 'Watched apps',
          ask: 'Do you know your apps and get alerts?',
          rules: [
            { question: 'inventory', meets: ['all'], partly: ['some'], misses: ['none'] },
            { question: 'alerts', meets: ['yes'], partly: ['email'], misses: ['no'] },
          ],
          evidence: ['A list of apps'],
          askedBy: [{ carrier: 'Example Mutual', source: 'https://example.com/insurer' }],
        },
        {
          id: 'logs-kept',
          topic: 'Logs',
          ask: 'Do you keep logs?',
          rules: [{ question: 'logs', meets: ['yes'], partly: [], misses: ['no', 'lost'] }],
          evidence: ['A screenshot of the log settings'],
          askedBy: [{ carrier: 'Example Mutual', source: 'https://example.com/insurer' }],
        },
      ],
    },
  }
}


const lesson = { text: 'A lesson.', facts: [{ figure: 'A figure.', source: 'https://example.org/source' }] }

function scored(id: string, text: string, weight: number, act: (label: string) => Raw): Raw {
  return {
    id,
    text,
    minutes: 1,
    weight,
    frameworks: { nist: ['PR.AA'], cis: ['6.3'] },
    options: [
      { id: 'yes', label: 'Yes', score: 100 },
      { id: 'no', label: 'No', score: 0, action: act('no') },
      { id: 'not-sure', label: 'Not sure', notSure: true, action: act('not-sure') },
    ],
  }
}

function reportBank(): RawBank {
  const meta = {
    version: 1,
    title: 'Fixture readiness check',
    tiers: [
      { id: 'exposed', label: 'Exposed', min: 0, summary: 'Several basic protections are missing.' },
      { id: 'prepared', label: 'Well prepared', min: 70, summary: 'The basics are in place.' },
    ],
    detection: {
      bands: [
        { id: 'hours', label: 'Within a day', days: 1 },
        { id: 'months', label: 'Months', days: 365 },
      ],
      assumptions: ['An estimate from the answers.'],
      benchmarks: [{ label: 'T-Mobile API breach', days: 41, metric: 'Days from first access to discovery', source: 'https://example.org/t-mobile' }],
    },
    emergency: [{ code: 'US', name: 'United States', contacts: [{ name: 'CISA', what: 'Report an incident.', url: 'https://example.org/report' }] }],
  }
  const accounts = {
    id: 'accounts',
    title: 'Accounts and backups',
    lesson,
    questions: [
      scored('admin-review', 'Do you review who has admin access?', 1, (o) =>
        o === 'no'
          ? { do: 'Review every admin account', why: 'Old admin accounts are an open door.', effort: 'hours', who: 'you-with-msp', timeframe: 'week', cost: 'free', service: 'Managed IT support' }
          : { do: 'Ask who holds admin rights', why: 'You cannot protect what you cannot see.', effort: 'hours', who: 'you', timeframe: 'week', cost: 'free', service: 'Managed IT support' },
      ),
      scored('backups', 'Do you keep an offline backup?', 2, (o) =>
        o === 'no'
          ? { do: 'Set up a weekly offline backup', why: 'Ransomware encrypts what it can reach.', effort: 'days', who: 'msp', timeframe: 'month', cost: 'low', service: 'Managed IT support' }
          : { do: 'Check where your backups are kept', why: 'A backup you cannot find is no backup.', effort: 'hours', who: 'you', timeframe: 'week', cost: 'free', service: 'Managed IT support' },
      ),
    ],
  }
  const online = {
    id: 'online',
    title: 'Email and customer portal',
    lesson,
    questions: [
      {
        id: 'has-portal',
        kind: 'profile',
        text: 'Do you run a customer portal?',
        minutes: 1,
        frameworks: { nist: ['ID.AM'], cis: ['1.1'] },
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
          { id: 'not-sure', label: 'Not sure', notSure: true },
        ],
      },
      {
        ...scored('rate-limit', 'Does the portal limit repeated login attempts?', 2, (o) =>
          o === 'no'
            ? { do: 'Limit login attempts on the portal', why: 'Attackers guess passwords by the million.', effort: 'weeks', who: 'msp', timeframe: 'quarter', cost: 'moderate', service: 'Managed IT support' }
            : { do: 'Ask your developer whether the portal limits login attempts', why: 'Guessing attacks are cheap.', effort: 'hours', who: 'you', timeframe: 'quarter', cost: 'free', service: 'Managed IT support' },
        ),
        showIf: { question: 'has-portal', anyOf: ['yes'] },
      },
      scored('mfa', 'Is multi-factor authentication on for email?', 3, (o) =>
        o === 'no'
          ? { do: 'Turn on multi-factor authentication for email', why: 'Stolen passwords are the most common way in.', effort: 'hours', who: 'you', timeframe: 'week', cost: 'free', service: 'Managed IT support' }
          : { do: 'Check whether email asks for a second factor', why: 'Most takeovers start with email.', effort: 'hours', who: 'you', timeframe: 'week', cost: 'free', service: 'Managed IT support' },
      ),
      scored('updates', 'Are updates installed automatically?', 1, () => ({ do: 'Turn on automatic updates', why: 'Old software has known holes.', effort: 'hours', who: 'you', timeframe: 'month', cost: 'free', service: 'Managed IT support' })),
    ],
  }
  return { meta, sections: [accounts, online] }
}


const VARIANTS: Readonly<Record<Variant, () => RawBank>> = { core: coreBank, report: reportBank }

/** A fresh copy of a variant's raw JSON: meta (bank.json) and the section files. */
export function rawBank(variant: Variant = 'core'): RawBank {
  return structuredClone(VARIANTS[variant]())
}

/** Each variant's section file names (fixed, so a test that changes an id still knows the file). */
const FILE_NAMES: Readonly<Record<Variant, readonly string[]>> = { core: ['01-exposure', '02-detect'], report: ['01-accounts', '02-online'] }

/** Turns a raw bank into files named like the real ones (`questions/01-exposure.json`, …). */
export function bankFiles(raw: RawBank, variant: Variant = 'core'): { meta: BankFile; sections: BankFile[]; insurance?: BankFile } {
  return {
    meta: { name: 'questions/bank.json', text: JSON.stringify(raw.meta, null, 2) },
    sections: raw.sections.map((s, i) => ({ name: `questions/${FILE_NAMES[variant][i] ?? `0${i + 1}-extra`}.json`, text: JSON.stringify(s, null, 2) })),
    ...(raw.insurance === undefined ? {} : { insurance: { name: 'questions/insurance.json', text: JSON.stringify(raw.insurance, null, 2) } }),
  }
}

/** Parses a raw bank (throws a `BankError` when a test broke it). */
export function buildBank(raw: RawBank = rawBank('core'), variant: Variant = 'core'): Bank {
  const files = bankFiles(raw, variant)
  return parseBank(files.meta, files.sections, files.insurance)
}

/** Calls `edit` with every action object of the raw JSON (to make texts long, for example). */
export function eachAction(json: RawBank, edit: (action: Raw, questionId: string) => void): void {
  for (const section of json.sections) {
    for (const question of section.questions as Raw[]) {
      for (const option of question.options as Raw[]) {
        if (option.action !== undefined) edit(option.action as Raw, String(question.id))
      }
    }
  }
}


/** A variant of the fixture bank, optionally after `edit` changed its raw JSON. */
export function fixtureBank(variant: Variant = 'core', edit?: (json: RawBank) => void): Bank {
  const json = rawBank(variant)
  edit?.(json)
  return buildBank(json, variant)
}

/**
 * Answers with a known outcome: MFA "No" (risk 3, this week) ranks above admin review "No" (risk 1,
 * this week) although it comes later in the bank; backups "No" (30 days); the portal's rate limit
 * "Not sure" (a knowledge gap, 90 days); updates "Yes". Overall (1·0 + 2·0 + 2·0 + 3·0 + 1·100) / 9 = 11;
 * sections 0 and (2·0 + 3·0 + 1·100) / 6 = 17.
 */
export const FIXTURE_ANSWERS: Readonly<Record<string, string>> = {
  'admin-review': 'no',
  backups: 'no',
  'has-portal': 'yes',
  'rate-limit': 'not-sure',
  mfa: 'no',
  updates: 'yes',
}
