import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derivePlan, findOutAction, numberedActions, topActions } from '../../src/core/plan.ts'
import { TIMEFRAMES } from '../../src/core/bank/types.ts'
import { applicableAnswers } from '../../src/core/answers.ts'
import { buildBank } from '../support/fixture-bank.ts'
import { answersFor } from '../support/answers-arbitrary.ts'

const bank = buildBank()

describe('derivePlan', () => {
  it('ranks actions by weight × gap, most urgent first', () => {
    // inventory none: 3 × 1 = 3; alerts email: 2 × 0.4 = 0.8; logs no: 1 × 1 = 1; limits yes: no action
    const plan = derivePlan(bank, { gate: 'portal', inventory: 'none', limits: 'yes', alerts: 'email', logs: 'no' })
    expect(plan.items.map((i) => [i.question.id, i.risk])).toEqual([
      ['inventory', 3],
      ['logs', 1],
      ['alerts', 0.8],
    ])
    expect(plan.items[0]?.action.who).toBe('msp')
    expect(plan.items[0]?.answer).toBe('None')
  })

  it('groups actions by time frame, keeping the ranking inside each group', () => {
    const plan = derivePlan(bank, { gate: 'portal', inventory: 'none', limits: 'no', alerts: 'no', logs: 'no' })
    expect(plan.byTimeframe.week.map((i) => i.question.id)).toEqual(['inventory', 'alerts'])
    expect(plan.byTimeframe.month).toEqual([])
    expect(plan.byTimeframe.quarter.map((i) => i.question.id)).toEqual(['limits', 'logs'])
  })

  it('keeps the bank order between actions of equal risk', () => {
    const plan = derivePlan(bank, { gate: 'portal', limits: 'no', alerts: 'no' })
    expect(plan.items.map((i) => i.question.id)).toEqual(['limits', 'alerts'])
  })

  it('turns "Not sure" into a find-out action, flagged as such', () => {
    const plan = derivePlan(bank, { logs: 'logs-unsure' })
    expect(plan.items[0]).toMatchObject({ notSure: true, risk: 1 })
    expect(plan.items[0]?.action.do).toBe('Find out about logs')
    const logs = bank.sections[1]?.questions[1]
    expect(logs && findOutAction(logs)?.do).toBe('Find out about logs')
  })

  it('never lets an answer to a hidden question into the plan', () => {
    const plan = derivePlan(bank, { gate: 'none', inventory: 'none', limits: 'no' })
    expect(plan.items).toEqual([])
  })

  it('ranks actions higher where another answer raises their section, and says why', () => {
    const plain = derivePlan(bank, { gate: 'portal', inventory: 'some', alerts: 'no', logs: 'no' })
    expect(plain.items.map((i) => i.question.id)).toEqual(['alerts', 'inventory', 'logs'])
    const raised = derivePlan(bank, { gate: 'portal', inventory: 'some', alerts: 'no', logs: 'lost' })
    expect(raised.items.map((i) => [i.question.id, i.risk])).toEqual([
      ['inventory', 3],
      ['alerts', 2],
      ['logs', 1],
    ])
    expect(raised.items[0]?.raisedBy).toMatchObject({ reason: 'A past incident was not fixed', factor: 2 })
    expect(raised.items[0]?.raisedBy?.question.id).toBe('logs')
    expect(raised.items[1]?.raisedBy).toBeUndefined()
  })

  it('yields exactly one action per applicable answer below the best', () => {
    fc.assert(
      fc.property(answersFor(bank), (answers) => {
        const below = applicableAnswers(bank, answers).filter((a) => a.question.kind === 'scored' && 'score' in a.option && a.option.notApplicable !== true && a.option.score < 100)
        const plan = derivePlan(bank, answers)
        expect(plan.items.map((i) => i.question.id).sort()).toEqual(below.map((a) => a.question.id).sort())
        expect(Object.values(plan.byTimeframe).flat()).toHaveLength(plan.items.length)
        plan.items.slice(1).forEach((item, k) => expect(item.risk).toBeLessThanOrEqual(plan.items[k]?.risk ?? Infinity))
      }),
    )
  })
})

describe('numberedActions', () => {
  it('numbers topActions first, then every other action once, by time frame, most urgent first within each', () => {
    fc.assert(
      fc.property(answersFor(bank), fc.integer({ min: 0, max: 6 }), (answers, count) => {
        const plan = derivePlan(bank, answers)
        const numbered = numberedActions(plan, count)
        const top = topActions(plan, count)
        expect(numbered.slice(0, top.length)).toEqual(top)
        const rest = numbered.slice(top.length)
        expect(rest).toEqual(TIMEFRAMES.flatMap((t) => plan.byTimeframe[t].filter((p) => !top.includes(p))))
        expect(new Set(numbered)).toEqual(new Set(plan.items))
        expect(numbered).toHaveLength(plan.items.length)
      }),
    )
  })
})
