/**
 * A small, valid bank built by hand for core tests: two sections, a profile gate, five scored
 * questions. `rawBank()` returns a fresh copy each call, so tests can break one field at a time.
 */
import { parseBank, type Bank, type BankFile } from '../../src/core/bank.ts'

type Raw = Record<string, unknown>

export interface RawBank {
  meta: Raw
  sections: Raw[]
}

const act = (timeframe: string, who = 'you'): Raw => ({ do: `Do the ${timeframe} thing`, why: 'Because it matters.', effort: 'hours', who, timeframe, cost: 'free', service: 'Help desk' })
const refs = { nist: ['DE.CM'], cis: ['8.2'] }
const unsure = (id: string): Raw => ({ id: `${id}-unsure`, label: 'Not sure', notSure: true, action: { ...act('week'), do: `Find out about ${id}` } })

export function rawBank(): RawBank {
  return structuredClone({
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
  })
}

const FILE_NAMES = ['01-exposure', '02-detect']

/** Turns a raw bank into files named like the real ones. */
export function bankFiles(raw: RawBank): { meta: BankFile; sections: BankFile[] } {
  return {
    meta: { name: 'questions/bank.json', text: JSON.stringify(raw.meta, null, 2) },
    sections: raw.sections.map((s, i) => ({ name: `questions/${FILE_NAMES[i] ?? `0${i + 1}-extra`}.json`, text: JSON.stringify(s, null, 2) })),
  }
}

export function buildBank(raw: RawBank = rawBank()): Bank {
  const files = bankFiles(raw)
  return parseBank(files.meta, files.sections)
}
