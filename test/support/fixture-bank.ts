/**
 * A tiny hand-built question bank for tests: 2 sections, a profile question that gates one scored
 * question, 5 scored questions and 2 tiers. Built from JSON texts through `parseBank`, so it is
 * valid by the same rules as the shipped bank. `fixtureBank(edit)` lets a test change the raw
 * JSON first (e.g. a very long action text).
 */
import { parseBank, type Bank } from '../../src/core/bank.ts'

type JsonObject = Record<string, unknown>

const lesson = { text: 'A lesson.', facts: [{ figure: 'A figure.', source: 'https://example.org/source' }] }

function scored(id: string, text: string, weight: number, act: (label: string) => JsonObject): JsonObject {
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

/** The raw JSON of the bank: meta and the two section files. */
export function fixtureJson(): { meta: JsonObject; sections: JsonObject[] } {
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

/** Calls `edit` with every action object of the raw JSON (to make texts long, for example). */
export function eachAction(json: ReturnType<typeof fixtureJson>, edit: (action: JsonObject, questionId: string) => void): void {
  for (const section of json.sections) {
    for (const question of section.questions as JsonObject[]) {
      for (const option of question.options as JsonObject[]) {
        if (option.action !== undefined) edit(option.action as JsonObject, String(question.id))
      }
    }
  }
}

/** The fixture bank, optionally after `edit` changed the raw JSON. */
export function fixtureBank(edit?: (json: ReturnType<typeof fixtureJson>) => void): Bank {
  const json = fixtureJson()
  edit?.(json)
  return parseBank(
    { name: 'bank.json', text: JSON.stringify(json.meta) },
    json.sections.map((s, i) => ({ name: `0${i + 1}-${String(s.id)}.json`, text: JSON.stringify(s) })),
  )
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
