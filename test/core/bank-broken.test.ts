/**
 * More broken banks, beyond those in bank.test.ts: cycles and forward references in conditions,
 * numbers of the wrong kind, identifier formats, whole files of the wrong shape. Each must fail
 * with a message naming the file and the field.
 */
import { describe, expect, it } from 'vitest'
import { BankError, parseBank } from '../../src/core/bank/parse.ts'
import { bankFiles, rawBank, type RawBank } from '../support/fixture-bank.ts'

type Raw = Record<string, unknown>
const section = (raw: RawBank, i: number): Raw => raw.sections[i] as Raw
const question = (raw: RawBank, s: number, q: number): Raw => (section(raw, s).questions as Raw[])[q] as Raw
const option = (raw: RawBank, s: number, q: number, o: number): Raw => (question(raw, s, q).options as Raw[])[o] as Raw

/** The validator's message for a bank changed by `mutate` (raw data) or `edit` (file text). */
function message(mutate: (raw: RawBank) => void, edit: (files: ReturnType<typeof bankFiles>) => void = () => undefined): string {
  const raw = rawBank()
  mutate(raw)
  const files = bankFiles(raw)
  edit(files)
  try {
    parseBank(files.meta, files.sections)
  } catch (error) {
    expect(error).toBeInstanceOf(BankError)
    return (error as BankError).message
  }
  throw new Error('the broken bank was accepted')
}

const text = (files: ReturnType<typeof bankFiles>, i: number, value: string): void => {
  const file = files.sections[i]
  if (file === undefined) throw new Error(`no section file ${i}`)
  files.sections[i] = { ...file, text: value }
}

/** A second profile question in section 1, so two profile questions can point at each other. */
function addProfile(raw: RawBank): void {
  const gate = question(raw, 0, 0)
  ;(section(raw, 0).questions as Raw[]).splice(1, 0, { ...structuredClone(gate), id: 'gate-two' })
}

const broken: [string, (raw: RawBank) => void, string, string][] = [
  ['a condition on the question itself (a one-question cycle)', (r) => (question(r, 0, 0).showIf = { question: 'gate', anyOf: ['portal'] }), 'questions/01-exposure.json', 'questions[0].showIf.question: "gate" must come before the question it controls'],
  [
    'two profile questions conditioned on each other (a cycle)',
    (r) => {
      addProfile(r)
      question(r, 0, 0).showIf = { question: 'gate-two', anyOf: ['portal'] }
      question(r, 0, 1).showIf = { question: 'gate', anyOf: ['portal'] }
    },
    'questions/01-exposure.json',
    'questions[0].showIf.question: "gate-two" must come before the question it controls',
  ],
  ['a condition on a question in a later file', (r) => (question(r, 0, 1).showIf = { question: 'logs', anyOf: ['yes'] }), 'questions/01-exposure.json', 'questions[1].showIf.question: "logs" must come before'],
  ['a condition listing no options', (r) => (question(r, 0, 1).showIf = { question: 'gate', anyOf: [] }), 'questions/01-exposure.json', 'questions[1].showIf.anyOf: must have at least 1 item'],
  ['a condition without a question', (r) => (question(r, 0, 1).showIf = { anyOf: ['portal'] }), 'questions/01-exposure.json', 'questions[1].showIf.question: is missing'],
  ['a negative weight', (r) => (question(r, 1, 0).weight = -2), 'questions/02-detect.json', 'questions[0].weight: must be a number greater than 0 and at most 10 (got -2)'],
  ['a weight given as text', (r) => (question(r, 1, 0).weight = '2'), 'questions/02-detect.json', 'questions[0].weight: must be a number greater than 0'],
  ['a weight above 10', (r) => (question(r, 1, 0).weight = 11), 'questions/02-detect.json', 'questions[0].weight: must be a number greater than 0 and at most 10 (got 11)'],
  ['a scored question without a weight', (r) => delete question(r, 1, 0).weight, 'questions/02-detect.json', 'questions[0].weight: is missing'],
  ['a score given as text', (r) => (option(r, 1, 1, 1).score = '0'), 'questions/02-detect.json', 'questions[1].options[1].score: must be a number from 0 to 100'],
  ['a negative score', (r) => (option(r, 1, 1, 1).score = -5), 'questions/02-detect.json', 'questions[1].options[1].score: must be a number from 0 to 100 (got -5)'],
  ['a score on a profile question', (r) => (option(r, 0, 0, 0).score = 100), 'questions/01-exposure.json', 'questions[0].options[0].score: unknown field'],
  ['a best option with an action', (r) => (option(r, 1, 1, 0).action = { ...(option(r, 1, 1, 1).action as Raw) }), 'questions/02-detect.json', 'questions[1].options[0].action: the best option (score 100) needs no action'],
  ['a question with one option', (r) => (question(r, 1, 1).options = [option(r, 1, 1, 0)]), 'questions/02-detect.json', 'questions[1].options: must have at least 2 items'],
  ['an action with an unknown time frame', (r) => ((option(r, 1, 1, 1).action as Raw).timeframe = 'someday'), 'questions/02-detect.json', 'questions[1].options[1].action.timeframe: must be one of'],
  ['an option id in capitals', (r) => (option(r, 1, 1, 1).id = 'No'), 'questions/02-detect.json', 'questions[1].options[1].id: must be lowercase letters'],
  ['a CIS id in the wrong format', (r) => (question(r, 1, 1).frameworks = { nist: ['DE.CM'], cis: ['CIS 8'] }), 'questions/02-detect.json', 'questions[1].frameworks.cis[0]: must look like 6.3'],
  ['an OWASP id in the wrong format', (r) => (question(r, 1, 1).frameworks = { nist: ['DE.CM'], cis: ['8.2'], owasp: ['API11:2023'] }), 'questions/02-detect.json', 'questions[1].frameworks.owasp[0]: must look like API9:2023'],
  ['an unknown framework', (r) => (question(r, 1, 1).frameworks = { nist: ['DE.CM'], cis: ['8.2'], iso: ['A.5'] }), 'questions/02-detect.json', 'questions[1].frameworks.iso: unknown field'],
  ['a bank file without a version', (r) => delete r.meta.version, 'questions/bank.json', 'version: is missing'],
  ['a bank file without a title', (r) => delete r.meta.title, 'questions/bank.json', 'title: is missing'],
  ['a lesson without text', (r) => delete (section(r, 0).lesson as Raw).text, 'questions/01-exposure.json', 'lesson.text: is missing'],
  ['an http:// fact source', (r) => ((section(r, 0).lesson as Raw).facts = [{ figure: '41 days', source: 'http://example.com/a' }]), 'questions/01-exposure.json', 'lesson.facts[0].source: must be an https URL (got "http://example.com/a")'],
  ['an http:// benchmark source', (r) => ((((r.meta.detection as Raw).benchmarks as Raw[])[0] as Raw).source = 'http://example.com/t'), 'questions/bank.json', 'detection.benchmarks[0].source: must be an https URL (got "http://example.com/t")'],
  ['an http:// emergency contact', (r) => ((((r.meta.emergency as Raw[])[0] as Raw).contacts as Raw[])[0] as Raw).url = 'http://example.com/cisa', 'questions/bank.json', 'emergency[0].contacts[0].url: must be an https URL (got "http://example.com/cisa")'],
  ['a "Doesn\'t apply" option on a profile question', (r) => (option(r, 0, 0, 0).notApplicable = true), 'questions/01-exposure.json', 'questions[0].options[0].notApplicable: only scored questions can have'],
  ['a "Doesn\'t apply" option with a score', (r) => (option(r, 0, 2, 2).score = 50), 'questions/01-exposure.json', 'questions[2].options[2].score: unknown field'],
  ['a "Doesn\'t apply" option with an action', (r) => (option(r, 0, 2, 2).action = { ...(option(r, 0, 2, 1).action as Raw) }), 'questions/01-exposure.json', 'questions[2].options[2].action: unknown field'],
  ['two "Doesn\'t apply" options', (r) => (question(r, 0, 2).options as Raw[]).splice(2, 0, { id: 'na-two', label: 'Not for us', notApplicable: true }), 'questions/01-exposure.json', 'questions[2].options: may have at most one "Doesn\'t apply" option'],
  ['an option both "Not sure" and "Doesn\'t apply"', (r) => (option(r, 0, 2, 3).notApplicable = true), 'questions/01-exposure.json', 'questions[2].options[3].notApplicable: an option cannot be both'],
  ['"Doesn\'t apply" as the only option without a gap', (r) => (question(r, 0, 2).options = (question(r, 0, 2).options as Raw[]).slice(1)), 'questions/01-exposure.json', 'questions[2].options: must have a best option with score 100'],
  ['a question that is not an object', (r) => ((section(r, 1).questions as unknown[])[1] = 'Do you keep logs?'), 'questions/02-detect.json', 'questions[1]: must be an object'],
]

describe('parseBank refuses more broken banks', () => {
  it.each(broken)('rejects %s, naming file and field', (_name, mutate, file, expected) => {
    expect(message(mutate)).toContain(`${file}: ${expected}`)
  })

  it('rejects a section file that is a list, not an object', () => {
    expect(message(() => undefined, (f) => text(f, 1, '[]'))).toContain('questions/02-detect.json: (file): must be an object')
  })

  it.each([
    ['a trailing comma', '{\n  "id": "detect",\n  "questions": [1,]\n}', 'line 3, column 19'],
    ['a missing closing brace', '{\n  "id": "detect"', 'line 2, column 17'],
    ['an empty file', '', 'line 1, column 1'],
    ['a comment', '// notes\n{}', 'line 1, column 1'],
  ])('reports bad JSON (%s) with the file, line and column', (_name, body, where) => {
    expect(message(() => undefined, (f) => text(f, 1, body))).toContain(`questions/02-detect.json: (file): is not valid JSON at ${where}`)
  })

  it('reports bad JSON in bank.json too', () => {
    expect(message(() => undefined, (f) => (f.meta = { ...f.meta, text: '{ "version": 1 ' }))).toMatch(/questions\/bank\.json: \(file\): is not valid JSON at line 1, column \d+/)
  })
})
