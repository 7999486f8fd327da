// @vitest-environment happy-dom
/**
 * The "What cyber insurers will ask" card: the honest frame and the counts at once, and, opened,
 * every control with its status, the plan's action for each one not met and the evidence to have ready.
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import InsuranceReadiness from '../../src/components/InsuranceReadiness.vue'
import { insuranceReadiness } from '../../src/core/insurance.ts'
import { en } from '../../src/i18n/messages.ts'

import { derivePlan } from '../../src/core/plan.ts'
import { buildBank } from '../support/fixture-bank.ts'

const INSURANCE_NOTES = en.results.insurance.notes

const bank = buildBank()

function render(answers: Record<string, string>): ReturnType<typeof mount> {
  const plan = derivePlan(bank, answers)
  return mount(InsuranceReadiness, { props: { readiness: insuranceReadiness(bank, answers, plan) } })
}

describe('InsuranceReadiness', () => {
  it('says what it is and how many questions are at each status, best first, before anything is opened', () => {
    const wrapper = render({ gate: 'portal', inventory: 'some', alerts: 'yes', logs: 'yes' })
    expect(wrapper.text()).toContain(INSURANCE_NOTES[0])
    expect(wrapper.findAll('.insurance__counts li').map((li) => li.text())).toEqual(['Meets: 1', 'Partly: 1'])
    expect(wrapper.get('details').attributes('open')).toBeUndefined()
    expect(wrapper.get('summary').text()).toBe('Show the 2 questions and what to do')
  })

  it('lists every control with its status, the action that closes each one not met, and what to have ready', () => {
    const wrapper = render({ gate: 'portal', inventory: 'none', alerts: 'email', logs: 'yes' })
    const items = wrapper.findAll('.insurance__item')
    expect(items.map((i) => i.get('.insurance__topic').text())).toEqual(['Watched apps', 'Logs'])
    const [watched, logs] = items
    expect(watched?.get('.status').text()).toBe("Doesn't meet")
    // Both of its short answers have an action in the plan: the most urgent first.
    expect(watched?.findAll('.insurance__do').map((p) => p.text())).toEqual(['What to do: Do the week thing', 'What to do: Do the month thing'])
    expect(watched?.get('.insurance__gather').text()).toBe('Have ready for the insurer: A list of apps.')
    expect(logs?.get('.status').text()).toBe('Meets')
    expect(logs?.findAll('.insurance__do')).toHaveLength(0)
    expect(logs?.find('.insurance__meaning').exists()).toBe(false)
    for (const rule of INSURANCE_NOTES.slice(1)) expect(wrapper.text()).toContain(rule)
  })

  it('tells an owner who was not sure to find out before applying', () => {
    const wrapper = render({ logs: 'logs-unsure' })
    const logs = wrapper.findAll('.insurance__item')[1]
    expect(logs?.get('.status').text()).toBe('Unknown')
    expect(logs?.get('.insurance__meaning').text()).toMatch(/find out before you apply/)
    expect(logs?.get('.insurance__do').text()).toBe('What to do: Find out about logs')
  })
})
