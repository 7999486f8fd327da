import { describe, expect, it } from 'vitest'
import { estimateDetection } from '../../src/core/detection.ts'
import { buildBank, rawBank } from '../support/fixture-bank.ts'

const bank = buildBank()

describe('estimateDetection', () => {
  it('is null until a detection question is answered', () => {
    expect(estimateDetection(bank, {})).toBeNull()
    expect(estimateDetection(bank, { logs: 'yes' })).toBeNull()
  })

  it('gives the band of the answer, as both best and worst case, for one detection answer', () => {
    const estimate = estimateDetection(bank, { alerts: 'email' })
    expect(estimate?.fastest.id).toBe('weeks')
    expect(estimate?.slowest.id).toBe('weeks')
    expect(estimate?.basis.map((b) => b.question.id)).toEqual(['alerts'])
    expect(estimate?.unsure).toBe(0)
  })

  it('counts "Not sure" answers, which carry the band the bank gives them', () => {
    const estimate = estimateDetection(bank, { alerts: 'alerts-unsure' })
    expect(estimate?.slowest.id).toBe('months')
    expect(estimate?.unsure).toBe(1)
  })
})

describe('estimateDetection over several questions', () => {
  it('spans from the fastest to the slowest band the answers give', () => {
    const raw = rawBank()
    const detect = raw.sections[1] as { questions: Record<string, unknown>[] }
    const alerts = detect.questions[0]
    detect.questions.push({ ...structuredClone(alerts), id: 'alerts-2' })
    const estimate = estimateDetection(buildBank(raw), { alerts: 'yes', 'alerts-2': 'no' })
    expect([estimate?.fastest.id, estimate?.slowest.id]).toEqual(['hours', 'months'])
    expect(estimate?.basis.map((b) => b.band.id)).toEqual(['hours', 'months'])
  })
})
