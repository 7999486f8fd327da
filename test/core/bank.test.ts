import { describe, expect, it } from 'vitest'
import { BankError, parseBank } from '../../src/core/bank/parse.ts'
import { bankFiles, buildBank, rawBank, type RawBank } from '../support/fixture-bank.ts'

type Raw = Record<string, unknown>
const section = (raw: RawBank, i: number): Raw => raw.sections[i] as Raw
const questions = (raw: RawBank, i: number): Raw[] => section(raw, i).questions as Raw[]
const question = (raw: RawBank, s: number, q: number): Raw => questions(raw, s)[q] as Raw
const options = (raw: RawBank, s: number, q: number): Raw[] => question(raw, s, q).options as Raw[]

function problems(mutate: (raw: RawBank) => void): string {
  const raw = rawBank()
  mutate(raw)
  try {
    buildBank(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(BankError)
    return (error as BankError).message
  }
  throw new Error('the broken bank was accepted')
}

describe('parseBank', () => {
  it('turns valid files into typed sections, questions and tiers', () => {
    const bank = buildBank()
    expect(bank.version).toBe(1)
    expect(bank.tiers.map((t) => t.min)).toEqual([0, 50, 85])
    expect(bank.sections.map((s) => s.id)).toEqual(['exposure', 'detect'])
    const inventory = bank.sections[0]?.questions[1]
    expect(inventory?.kind).toBe('scored')
    expect(inventory?.sectionId).toBe('exposure')
    expect(inventory?.showIf).toEqual({ question: 'gate', anyOf: ['portal', 'gate-unsure'] })
    expect(inventory?.frameworks.owasp).toEqual(['API9:2023'])
    const unsure = inventory?.options.find((o) => o.notSure)
    expect(unsure).toMatchObject({ id: 'inventory-unsure', notSure: true, score: 0 })
  })

  // Each broken bank must fail with a message naming the file and the field.
  const broken: [string, (raw: RawBank) => void, string, string][] = [
    ['a missing section title', (r) => delete section(r, 0).title, 'questions/01-exposure.json', 'title: is missing'],
    ['a missing question text', (r) => delete question(r, 1, 0).text, 'questions/02-detect.json', 'questions[0].text: is missing'],
    ['a duplicate question id across files', (r) => (question(r, 1, 1).id = 'inventory'), 'questions/02-detect.json', 'questions[1].id: duplicate question id "inventory"'],
    ['a duplicate section id', (r) => (section(r, 1).id = 'exposure'), 'questions/02-detect.json', 'id: duplicate section id "exposure"'],
    ['a duplicate option id', (r) => ((options(r, 1, 0)[1] as Raw).id = 'yes'), 'questions/02-detect.json', 'questions[0].options: duplicate option id "yes"'],
    ['an unknown option in a condition', (r) => (question(r, 0, 1).showIf = { question: 'gate', anyOf: ['portal', 'kiosk'] }), 'questions/01-exposure.json', 'questions[1].showIf.anyOf[1]: "gate" has no option "kiosk"'],
    ['a condition on an unknown question', (r) => (question(r, 0, 2).showIf = { question: 'nope', anyOf: ['x'] }), 'questions/01-exposure.json', 'questions[2].showIf.question: refers to an unknown question "nope"'],
    ['a condition on a later question', (r) => (question(r, 0, 1).showIf = { question: 'alerts', anyOf: ['yes'] }), 'questions/01-exposure.json', 'questions[1].showIf.question: "alerts" must come before'],
    ['a condition on a scored question', (r) => (question(r, 1, 1).showIf = { question: 'alerts', anyOf: ['yes'] }), 'questions/02-detect.json', 'questions[1].showIf.question: "alerts" is a scored question'],
    ['a score out of range', (r) => ((options(r, 1, 0)[1] as Raw).score = 120), 'questions/02-detect.json', 'questions[0].options[1].score: must be a number from 0 to 100 (got 120)'],
    ['an empty section', (r) => (section(r, 1).questions = []), 'questions/02-detect.json', 'questions: must have at least 1 item'],
    ['no best option', (r) => ((options(r, 1, 1)[0] as Raw).score = 90), 'questions/02-detect.json', 'questions[1].options: must have a best option with score 100'],
    ['a missing action below the best', (r) => delete (options(r, 1, 0)[1] as Raw).action, 'questions/02-detect.json', 'questions[0].options[1].action: is missing'],
    ['an incomplete action', (r) => delete ((options(r, 1, 0)[1] as Raw).action as Raw).why, 'questions/02-detect.json', 'questions[0].options[1].action.why: is missing'],
    ['an action with an unknown who', (r) => (((options(r, 1, 0)[1] as Raw).action as Raw).who = 'boss'), 'questions/02-detect.json', 'questions[0].options[1].action.who: must be one of you, you-with-msp, msp'],
    ['no "Not sure" option', (r) => (question(r, 1, 1).options = options(r, 1, 1).slice(0, 2)), 'questions/02-detect.json', 'questions[1].options: must have exactly one "Not sure" option'],
    ['two "Not sure" options', (r) => ((options(r, 1, 1)[1] as Raw).notSure = true), 'questions/02-detect.json', 'questions[1].options: must have exactly one "Not sure" option (notSure: true), found 2'],
    ['a weight of zero', (r) => (question(r, 1, 0).weight = 0), 'questions/02-detect.json', 'questions[0].weight: must be a number greater than 0'],
    ['a misspelt field', (r) => (question(r, 1, 0).wieght = 2), 'questions/02-detect.json', 'questions[0].wieght: unknown field'],
    ['a framework id in the wrong format', (r) => (question(r, 0, 1).frameworks = { nist: ['Protect'] }), 'questions/01-exposure.json', 'questions[1].frameworks.nist[0]: must look like PR.AA'],
    ['a lesson without a source', (r) => ((section(r, 0).lesson as Raw).facts = []), 'questions/01-exposure.json', 'lesson.facts: must have at least 1 item'],
    ['a source that is not a URL', (r) => ((section(r, 0).lesson as Raw).facts = [{ figure: 'x', source: 'javascript:alert(1)' }]), 'questions/01-exposure.json', 'lesson.facts[0].source: must be an https URL'],
    ['no tier for a score of 0', (r) => ((r.meta.tiers as Raw[])[0] as Raw).min = 10, 'questions/bank.json', 'tiers: one tier must have min 0'],
    ['tiers out of order', (r) => ((r.meta.tiers as Raw[])[2] as Raw).min = 40, 'questions/bank.json', 'tiers[2].min: tiers must be listed with strictly increasing min'],
    ['an id with spaces', (r) => (section(r, 0).id = 'API exposure'), 'questions/01-exposure.json', 'id: must be lowercase letters'],
    ['an action without a cost', (r) => delete ((options(r, 1, 0)[1] as Raw).action as Raw).cost, 'questions/02-detect.json', 'questions[0].options[1].action.cost: is missing'],
    ['an action without the MSP service', (r) => delete ((options(r, 1, 0)[1] as Raw).action as Raw).service, 'questions/02-detect.json', 'questions[0].options[1].action.service: is missing'],
    ['a question without framework references', (r) => delete question(r, 1, 1).frameworks, 'questions/02-detect.json', 'questions[1].frameworks: is missing'],
    ['a question without a CIS reference', (r) => (question(r, 1, 1).frameworks = { nist: ['DE.CM'] }), 'questions/02-detect.json', 'questions[1].frameworks.cis: needs at least one'],
    ['a detection band that does not exist', (r) => ((options(r, 1, 0)[0] as Raw).detection = 'minutes'), 'questions/02-detect.json', 'questions[0].options[0].detection: "minutes" is not a band'],
    ['a detection band on some options only', (r) => delete (options(r, 1, 0)[1] as Raw).detection, 'questions/02-detect.json', 'questions[0].options: give "detection" on every option'],
    ['a raise of an unknown section', (r) => (((options(r, 1, 1)[2] as Raw).raises as Raw).sections = ['nowhere']), 'questions/02-detect.json', 'questions[1].options[2].raises.sections[0]: refers to an unknown section "nowhere"'],
    ['a raise factor out of range', (r) => (((options(r, 1, 1)[2] as Raw).raises as Raw).factor = 5), 'questions/02-detect.json', 'questions[1].options[2].raises.factor: must be a number greater than 1 and at most 3'],
    ['no detection model', (r) => delete r.meta.detection, 'questions/bank.json', 'detection: is missing'],
    ['detection bands out of order', (r) => (((r.meta.detection as Raw).bands as Raw[])[2] as Raw).days = 30, 'questions/bank.json', 'detection.bands[2].days: bands must be listed with strictly increasing days'],
    ['a benchmark without a source URL', (r) => (((r.meta.detection as Raw).benchmarks as Raw[])[0] as Raw).source = 'IBM', 'questions/bank.json', 'detection.benchmarks[0].source: must be an https URL'],
    ['a country code that is not two letters', (r) => ((r.meta.emergency as Raw[])[1] as Raw).code = 'UK1', 'questions/bank.json', 'emergency[1].code: must be a two-letter country code'],
    ['an emergency contact without a URL', (r) => delete (((r.meta.emergency as Raw[])[0] as Raw).contacts as Raw[])[0]?.url, 'questions/bank.json', 'emergency[0].contacts[0].url: is missing'],
  ]

  it.each(broken)('rejects %s, naming file and field', (_name, mutate, file, message) => {
    expect(problems(mutate)).toContain(`${file}: ${message}`)
  })

  it('reports bad JSON with its line and column', () => {
    const files = bankFiles(rawBank())
    const text = '{\n  "id": "exposure",\n  "title": "Exposure",,\n}'
    expect(() => parseBank(files.meta, [{ name: 'questions/01-exposure.json', text }])).toThrow(
      /questions\/01-exposure\.json: \(file\): is not valid JSON at line 3, column 23/,
    )
  })

  it('rejects a bank with no sections', () => {
    const files = bankFiles(rawBank())
    expect(() => parseBank(files.meta, [])).toThrow('questions/bank.json: (bank): there are no section files')
  })

  it('lists every problem at once, not only the first', () => {
    const message = problems((r) => {
      delete section(r, 0).title
      question(r, 1, 0).weight = -1
    })
    expect(message).toMatch(/has 2 problems/)
  })
})
