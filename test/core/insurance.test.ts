/**
 * The insurance-readiness lens: the insurers' controls file is checked against the bank (a broken
 * mapping names the file and the field), and each control's status follows the answers: the worst
 * answer among the questions shown, "Not sure" and unanswered as unknown, never lowered by a better answer.
 */
import { describe, expect, it } from 'vitest'
import { BankError, parseBank } from '../../src/core/bank/parse.ts'
import { insuranceReadiness, readControl } from '../../src/core/insurance.ts'
import { derivePlan } from '../../src/core/plan.ts'
import type { Answers } from '../../src/core/answers.ts'
import { bankFiles, buildBank, rawBank, type RawBank } from '../support/fixture-bank.ts'
import { checkMonotone } from '../support/insurance-property.ts'

type Raw = Record<string, unknown>
const controls = (raw: RawBank): Raw[] => (raw.insurance as { controls: Raw[] }).controls
const control = (raw: RawBank, c: number): Raw => controls(raw)[c] as Raw
const rule = (raw: RawBank, c: number, r: number): Raw => (control(raw, c).rules as Raw[])[r] as Raw

/** The validator's message for an insurers' file changed by `mutate`. */
function message(mutate: (raw: RawBank) => void): string {
  const raw = rawBank('core')
  mutate(raw)
  const files = bankFiles(raw)
  try {
    parseBank(files.meta, files.sections, files.insurance)
  } catch (error) {
    expect(error).toBeInstanceOf(BankError)
    return (error as BankError).message
  }
  throw new Error('the broken insurers file was accepted')
}

describe('the insurers file, checked against the bank', () => {
  it('is read into the bank, in order', () => {
    expect(buildBank().insurance.map((c) => c.id)).toEqual(['watched', 'logs-kept'])
  })

  it('is optional: a bank without one has no controls', () => {
    const raw = rawBank('core')
    delete raw.insurance
    expect(buildBank(raw).insurance).toEqual([])
  })

  const F = 'questions/insurance.json'
  const broken: [string, (raw: RawBank) => void, string][] = [
    ['a rule on a question the bank does not have', (r) => (rule(r, 0, 0).question = 'inventroy'), 'controls[0].rules[0].question: names no question of the bank (got "inventroy")'],
    ['an option the question does not have', (r) => (rule(r, 0, 1).meets = ['yes', 'always']), 'controls[0].rules[1].meets[1]: "always" is not an option of question "alerts"'],
    ['an option left out', (r) => (rule(r, 0, 1).misses = []), 'controls[0].rules[1]: option "no" of question "alerts" is not placed'],
    ['an option under two statuses', (r) => (rule(r, 1, 0).partly = ['no']), 'controls[1].rules[0]: option "no" of question "logs" is placed under more than one status'],
    ['"Not sure" placed as meeting the control', (r) => (rule(r, 1, 0).meets = ['yes', 'logs-unsure']), 'controls[1].rules[0]: option "logs-unsure" of question "logs" means "Not sure": it can only be unknown'],
    ['a better answer with a worse status', (r) => Object.assign(rule(r, 0, 1), { meets: ['email'], partly: ['yes'] }), 'controls[0].rules[1]: option "yes" (score 100) has a worse status than "email" (score 60)'],
    ['a control without a source', (r) => (control(r, 0).askedBy = []), 'controls[0].askedBy: must have at least 1 item'],
    ['a source that is not https', (r) => (control(r, 0).askedBy = [{ carrier: 'X', source: 'http://example.com' }]), 'controls[0].askedBy[0].source: must be an https URL'],
    ['a control without evidence', (r) => (control(r, 1).evidence = []), 'controls[1].evidence: must have at least 1 item'],
    ['a control without rules', (r) => (control(r, 1).rules = []), 'controls[1].rules: must have at least 1 item'],
    ['two rules on one question', (r) => (control(r, 1).rules = [rule(r, 1, 0), rule(r, 1, 0)]), 'controls[1].rules: question "logs" has more than one rule'],
    ['a duplicate control id', (r) => (control(r, 1).id = 'watched'), 'controls[1].id: duplicate control id "watched"'],
    ['a misspelt field', (r) => (control(r, 0).evidnce = ['x']), 'controls[0].evidnce: unknown field'],
    ['a missing question text', (r) => delete control(r, 0).ask, 'controls[0].ask: is missing'],
    [
      'an answer that leaves a control short but has no action',
      (r) => {
        const logs = ((r.sections[1] as Raw).questions as Raw[])[1] as Raw
        delete ((logs.options as Raw[])[1] as Raw).action
      },
      'option "no" of question "logs" leaves the control unmet but has no action',
    ],
  ]

  it.each(broken)('rejects %s, naming the file and the field', (_name, mutate, expected) => {
    const text = message(mutate)
    expect(text).toContain(expected)
    if (!expected.startsWith('option')) expect(text).toContain(`${F}: ${expected.split(':')[0]}`)
  })

  it('rejects a file that is not JSON, with its line', () => {
    const raw = rawBank('core')
    const files = bankFiles(raw)
    expect(() => parseBank(files.meta, files.sections, { name: F, text: '{ "controls": [ }' })).toThrow(`${F}: (file): is not valid JSON at line 1`)
  })
})

describe('a control\'s status', () => {
  const bank = buildBank()
  const status = (answers: Answers, id = 'watched'): string => {
    const control = bank.insurance.find((c) => c.id === id)
    if (control === undefined) throw new Error(id)
    return readControl(bank, control, answers, derivePlan(bank, answers)).status
  }

  it('follows each kind of answer: meets, partly, doesn\'t meet, "Not sure" and unanswered', () => {
    expect(status({ logs: 'yes' }, 'logs-kept')).toBe('meets')
    expect(status({ logs: 'no' }, 'logs-kept')).toBe('misses')
    expect(status({ logs: 'lost' }, 'logs-kept')).toBe('misses')
    expect(status({ logs: 'logs-unsure' }, 'logs-kept')).toBe('unknown')
    expect(status({}, 'logs-kept')).toBe('unknown')
    expect(status({ gate: 'portal', inventory: 'all', alerts: 'email' })).toBe('partly')
  })

  it('is the worst of its questions, with unknown below doesn\'t meet', () => {
    expect(status({ gate: 'portal', inventory: 'all', alerts: 'yes' })).toBe('meets')
    expect(status({ gate: 'portal', inventory: 'some', alerts: 'no' })).toBe('misses')
    expect(status({ gate: 'portal', inventory: 'inventory-unsure', alerts: 'no' })).toBe('unknown')
    expect(status({ gate: 'portal', alerts: 'yes' })).toBe('unknown')
  })

  it('leaves out a question the owner was not shown', () => {
    expect(status({ gate: 'none', inventory: 'none', alerts: 'yes' })).toBe('meets')
    expect(status({ gate: 'none', alerts: 'email' })).toBe('partly')
  })

  it('names the plan\'s actions for the answers that keep it short, and none when met', () => {
    const answers = { gate: 'portal', inventory: 'some', alerts: 'yes', logs: 'no' }
    const plan = derivePlan(bank, answers)
    const readiness = insuranceReadiness(bank, answers, plan)
    const [watched, logs] = readiness.controls
    expect(watched?.actions.map((a) => a.question.id)).toEqual(['inventory'])
    expect(watched?.actions[0]).toBe(plan.items.find((i) => i.question.id === 'inventory'))
    expect(logs?.actions.map((a) => a.question.id)).toEqual(['logs'])
    expect(readiness.counts).toEqual({ unknown: 0, misses: 1, partly: 1, meets: 0 })
    const met = insuranceReadiness(bank, { gate: 'portal', inventory: 'all', alerts: 'yes', logs: 'yes' }, plan)
    expect(met.controls.every((c) => c.status === 'meets' && c.actions.length === 0)).toBe(true)
  })
})

describe('improving an answer', () => {
  it('never lowers a control (fixture bank, 2,000 random answer sets)', () => {
    checkMonotone(buildBank(), 2000)
  })
})
