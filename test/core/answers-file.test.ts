import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANSWERS_FILE_FORMAT, ANSWERS_FILE_VERSION, answersFileName, cleanBusinessName, encodeAnswersFile, parseAnswersFile } from '../../src/core/answers-file.ts'
import { parsePreviousAnswersFile } from '../../src/core/previous-file.ts'
import { FIXTURE_ANSWERS, fixtureBank } from '../support/fixture-bank.ts'
import { isCompareProblem, type FileProblem } from '../../src/core/answers-file.ts'
import { en } from '../../src/i18n/messages.ts'

/** A refusal in the English words the owner reads. */
const said = (p: FileProblem): string => (isCompareProblem(p) ? en.results.compare.problem(p) : en.questionnaire.fileProblem.problem(p))

const bank = fixtureBank('report')
const savedAt = new Date('2026-03-05T10:30:00.000Z')
const file = (fields: Record<string, unknown>): string =>
  JSON.stringify({ format: ANSWERS_FILE_FORMAT, formatVersion: ANSWERS_FILE_VERSION, bankVersion: bank.version, savedAt: savedAt.toISOString(), answers: { mfa: 'no' }, ...fields })

describe('the saved-answers file', () => {
  it('round-trips the answers, the business name and the date', () => {
    const text = encodeAnswersFile(bank, { answers: FIXTURE_ANSWERS, businessName: '  Acme Bakery  ' }, savedAt)
    expect(JSON.parse(text)).toEqual({ format: ANSWERS_FILE_FORMAT, formatVersion: 1, bankVersion: 1, savedAt: '2026-03-05T10:30:00.000Z', businessName: 'Acme Bakery', answers: FIXTURE_ANSWERS })
    expect(parseAnswersFile(text, bank)).toEqual({ ok: true, data: { answers: FIXTURE_ANSWERS, businessName: 'Acme Bakery' }, savedAt, dropped: [] })
  })

  it('leaves the business name out of the file when there is none, and reads a file without one as ""', () => {
    const text = encodeAnswersFile(bank, { answers: { mfa: 'no' }, businessName: '   ' }, savedAt)
    expect(text).not.toContain('businessName')
    const parsed = parseAnswersFile(text, bank)
    expect(parsed.ok && parsed.data.businessName).toBe('')
  })

  it.each([
    ['text that is not JSON', '{"format":', /not a saved-answers file.*could not be read as JSON/],
    ['a JSON list', '[1, 2]', /^This file is not a saved-answers file from this assessment\.$/],
    ['another JSON file', JSON.stringify({ name: 'branding', answers: { mfa: 'no' } }), /^This file is not a saved-answers file/],
    ['a newer file layout', file({ formatVersion: 2 }), /different version of this assessment/],
    ['another set of questions', file({ bankVersion: 2 }), /older or newer set of questions/],
    ['a damaged date', file({ savedAt: 'yesterday' }), /date is missing or damaged/],
    ['answers that are not an object', file({ answers: ['mfa', 'no'] }), /answers are missing or damaged/],
    ['no usable answer', file({ answers: { nope: 'yes', mfa: 'maybe' } }), /holds no answers to the questions/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = parseAnswersFile(text, bank)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(said(parsed.problem)).toMatch(message)
  })

  it('keeps usable answers and reports the ones that no longer match a question or option', () => {
    const parsed = parseAnswersFile(file({ answers: { mfa: 'no', gone: 'yes', backups: 'perhaps', updates: 7 } }), bank)
    expect(parsed).toEqual({ ok: true, data: { answers: { mfa: 'no' }, businessName: '' }, savedAt, dropped: ['gone', 'backups', 'updates'] })
  })

  it('never lets a "__proto__" key reach an object prototype', () => {
    const parsed = parseAnswersFile(`{"format":"${ANSWERS_FILE_FORMAT}","formatVersion":1,"bankVersion":1,"savedAt":"2026-03-05T10:30:00Z","answers":{"__proto__":{"polluted":1},"mfa":"no"}}`, bank)
    expect(parsed.ok && Object.getPrototypeOf(parsed.data.answers)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never throws, whatever the text, and only ever returns answers the bank knows', () => {
    const known = (id: string, option: string): boolean => bank.sections.some((s) => s.questions.some((q) => q.id === id && q.options.some((o) => o.id === option)))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.dictionary(fc.string(), fc.string()).map((answers) => file({ answers }))), (text) => {
        const parsed = parseAnswersFile(text, bank)
        if (parsed.ok) for (const [id, option] of Object.entries(parsed.data.answers)) expect(known(id, option)).toBe(true)
        else expect(said(parsed.problem).length).toBeGreaterThan(10)
      }),
    )
  })
})

describe('the earlier file to compare with', () => {
  const newer = fixtureBank('report', (json) => void (json.meta.version = 3))

  it('reads a file of this set of questions like a load would, with its date and version', () => {
    const text = encodeAnswersFile(bank, { answers: FIXTURE_ANSWERS, businessName: 'Acme' }, savedAt)
    expect(parsePreviousAnswersFile(text, bank)).toEqual({ ok: true, previous: { answers: FIXTURE_ANSWERS, savedAt, bankVersion: 1 }, businessName: 'Acme', dropped: [] })
  })

  it('accepts an older set of questions and keeps its answers as they are (the comparison sorts them out); a load still refuses it', () => {
    const text = file({ answers: { mfa: 'no', retired: 'yes', backups: 'perhaps', updates: 7 } })
    expect(parseAnswersFile(text, newer)).toEqual({ ok: false, problem: 'other-questions' })
    expect(parsePreviousAnswersFile(text, newer)).toEqual({ ok: true, previous: { answers: { mfa: 'no', retired: 'yes', backups: 'perhaps' }, savedAt, bankVersion: 1 }, businessName: '', dropped: ['updates'] })
  })

  it.each([
    ['text that is not JSON', '{"format":', /not a saved-answers file.*could not be read as JSON/],
    ['another JSON file', JSON.stringify({ name: 'branding', answers: { mfa: 'no' } }), /^This file is not a saved-answers file from this assessment\.$/],
    ['a newer file layout', file({ formatVersion: 2 }), /different version of this assessment/],
    ['a newer set of questions', file({ bankVersion: 2 }), /newer set of questions than this assessment uses/],
    ['a damaged set of questions', file({ bankVersion: 'one' }), /set of questions is missing or damaged/],
    ['a damaged date', file({ savedAt: 'yesterday' }), /date is missing or damaged/],
    ['answers that are not an object', file({ answers: ['mfa', 'no'] }), /answers are missing or damaged/],
    ['no answer at all', file({ answers: { mfa: 1 } }), /holds no answers to compare with/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = parsePreviousAnswersFile(text, bank)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(said(parsed.problem)).toMatch(message)
  })

  it('never lets a "__proto__" key reach an object prototype, and never throws', () => {
    const parsed = parsePreviousAnswersFile(`{"format":"${ANSWERS_FILE_FORMAT}","formatVersion":1,"bankVersion":1,"savedAt":"2026-03-05T10:30:00Z","answers":{"__proto__":"x","mfa":"no"}}`, bank)
    expect(parsed.ok && Object.getPrototypeOf(parsed.previous.answers)).toBe(Object.prototype)
    expect(parsed.ok && Object.keys(parsed.previous.answers)).toEqual(['__proto__', 'mfa'])
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.dictionary(fc.string(), fc.string()).map((answers) => file({ answers }))), (text) => {
        const result = parsePreviousAnswersFile(text, bank)
        if (!result.ok) expect(said(result.problem).length).toBeGreaterThan(10)
      }),
    )
  })
})

describe('cleanBusinessName', () => {
  it('trims, cuts at 100 characters (counting an emoji as one) and turns anything but text into ""', () => {
    expect(cleanBusinessName('  Acme  ')).toBe('Acme')
    expect(cleanBusinessName('a'.repeat(150))).toBe('a'.repeat(100))
    expect(cleanBusinessName(`${'😀'.repeat(99)}xyz`)).toBe(`${'😀'.repeat(99)}x`)
    expect(cleanBusinessName(`${'a'.repeat(99)} b`)).toBe('a'.repeat(99))
    for (const value of [undefined, null, 42, { name: 'x' }]) expect(cleanBusinessName(value)).toBe('')
  })
})

describe('answersFileName', () => {
  it('names the file after the local date', () => {
    expect(answersFileName(new Date(2026, 2, 5, 23, 59))).toBe('cyber-readiness-answers-2026-03-05.json')
  })
})
