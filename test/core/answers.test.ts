import { describe, expect, it } from 'vitest'
import { firstIncompleteSection, isVisible, pruneAnswers, timeEstimate, visibleQuestions } from '../../src/core/answers.ts'
import { buildBank } from '../support/fixture-bank.ts'

const bank = buildBank()
const exposure = bank.sections[0]
const [gate, inventory, limits] = exposure?.questions ?? []

describe('conditions', () => {
  it('hides a conditional question until its condition holds', () => {
    if (!exposure || !inventory || !limits || !gate) throw new Error('fixture')
    expect(visibleQuestions(bank, exposure, {}).map((q) => q.id)).toEqual(['gate'])
    expect(visibleQuestions(bank, exposure, { gate: 'portal' }).map((q) => q.id)).toEqual(['gate', 'inventory', 'limits'])
    expect(visibleQuestions(bank, exposure, { gate: 'gate-unsure' }).map((q) => q.id)).toEqual(['gate', 'inventory'])
    expect(isVisible(bank, limits, { gate: 'none' })).toBe(false)
  })
})

describe('pruneAnswers', () => {
  it('keeps answers to known questions and options, drops the rest', () => {
    const { answers, dropped } = pruneAnswers(bank, { alerts: 'yes', logs: 'sometimes', removed: 'x', gate: 7 })
    expect(answers).toEqual({ alerts: 'yes' })
    expect(dropped.sort()).toEqual(['gate', 'logs', 'removed'])
  })

  it('treats a "__proto__" key as plain data, never as a prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": "yes"}, "alerts": "yes"}') as Record<string, unknown>
    const { answers, dropped } = pruneAnswers(bank, parsed)
    expect(dropped).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('progress helpers', () => {
  it('finds the first section with an unanswered applicable question', () => {
    expect(firstIncompleteSection(bank, {})?.id).toBe('exposure')
    expect(firstIncompleteSection(bank, { gate: 'none' })?.id).toBe('detect')
    expect(firstIncompleteSection(bank, { gate: 'none', alerts: 'yes', logs: 'no' })).toBeUndefined()
  })

  it('estimates minutes for the questions that apply, and for all of them', () => {
    expect(timeEstimate(bank, { gate: 'none' })).toEqual({ min: 2, max: 3 })
    expect(timeEstimate(bank, { gate: 'portal' })).toEqual({ min: 3, max: 3 })
  })
})
