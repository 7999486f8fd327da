import { describe, expect, it } from 'vitest'
import { compareAssessments, type PreviousAssessment } from '../../src/core/compare.ts'
import { sinceHeading, sinceLines } from '../../src/report/parts/since.ts'
import { en } from '../../src/i18n/messages.ts'
import { FIXTURE_ANSWERS } from '../support/fixture-bank.ts'
import { flat, input, positions, reportBank, textOf } from './report-fixture.ts'

const bank = reportBank()
const earlier: PreviousAssessment = { answers: { ...FIXTURE_ANSWERS, updates: 'no', backups: 'yes' }, savedAt: new Date(2026, 0, 5, 9), bankVersion: 1 }
const now = { ...FIXTURE_ANSWERS, mfa: 'yes', 'admin-review': 'not-sure' }

describe('"Since your last assessment" in the PDF', () => {
  it('follows the overview in the owner part: score change, actions done, what got worse, new gaps', async () => {
    const all = flat(await textOf(input(bank, now, { previous: earlier })))
    positions(all, [
      'Overall score',
      'Since your last assessment on January 5, 2026',
      // Before (2·100) / 9 = 22; now (3·100 + 1·100) / 9 = 44.
      'Overall score: from 22 to 44, up 22.',
      'Done since: 2 answers improved ("Is multi-factor authentication on for email?"; "Are updates installed automatically?").',
      'Got worse: 1 answer ("Do you keep an offline backup?").',
      'New things to find out ("Not sure" now, not before): 1.',
      'Fix these first',
    ])
    expect(all).not.toContain('could not be compared')
  })

  it('is left out without an earlier assessment', async () => {
    expect(flat(await textOf(input(bank, now)))).not.toContain('Since your last assessment')
  })

  it('across question versions says what could not be compared, in Latin-1 text', async () => {
    const odd = reportBank((json) => {
      json.meta.version = 2
      const q = (json.sections[1]?.questions as Record<string, unknown>[]).find((x) => x.id === 'mfa')
      if (q !== undefined) q.text = 'Is “multi-factor” on for email – ✓?'
    })
    const previous: PreviousAssessment = { answers: { mfa: 'no', retired: 'yes', backups: 'maybe' }, savedAt: new Date(2025, 10, 30, 9), bankVersion: 1 }
    const report = input(odd, { mfa: 'yes', backups: 'yes' }, { previous })
    expect(report.comparison?.improved.map((c) => c.question.id)).toEqual(['mfa'])
    const all = flat(await textOf(report))
    positions(all, [
      'Since your last assessment on November 30, 2025',
      'Done since: 1 answer improved ("Is "multi-factor" on for email - ??").',
      "The questions have changed since, so both sets of answers are scored with today's questions. 2 earlier answers could not be compared (their questions or answers no longer exist).",
    ])
  })

  it('stays short: a heading and at most four sentences and a note', () => {
    const c = compareAssessments(bank, earlier, now)
    expect(sinceHeading(c, en)).toBe('Since your last assessment on January 5, 2026')
    const { lines, note } = sinceLines(c, en)
    expect(lines).toHaveLength(4)
    expect(note).toBeNull()
    const same = sinceLines(compareAssessments(bank, { ...earlier, answers: now }, now), en)
    expect(same.lines).toEqual(['Overall score: unchanged at 44.', 'Done since: no answer has improved yet.', 'Nothing got worse.', 'No new things to find out.'])
  })
})
