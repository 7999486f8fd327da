// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuestionCard from '../../src/components/QuestionCard.vue'
import { buildBank } from '../support/fixture-bank.ts'

const question = buildBank().sections[1]?.questions[0]

describe('QuestionCard', () => {
  it('renders a native radio group in a fieldset with the question as legend, without Pinia', () => {
    if (!question) throw new Error('fixture')
    const wrapper = mount(QuestionCard, { props: { question, selected: 'email' } })
    expect(wrapper.get('fieldset legend').text()).toBe(question.text)
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(question.options.length)
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual(question.options.map((o) => o.label))
    expect((wrapper.get('input[value="email"]').element as HTMLInputElement).checked).toBe(true)
    expect(new Set(radios.map((r) => r.attributes('name')))).toEqual(new Set([`q-${question.id}`]))
  })

  it('emits the chosen option id, and holds no state of its own', async () => {
    if (!question) throw new Error('fixture')
    const wrapper = mount(QuestionCard, { props: { question, selected: undefined } })
    await wrapper.get('input[value="no"]').setValue(true)
    expect(wrapper.emitted('answer')).toEqual([['no']])
  })

  it('renders question text literally, never as HTML', () => {
    if (!question) throw new Error('fixture')
    const wrapper = mount(QuestionCard, { props: { question: { ...question, text: '<img src=x onerror=alert(1)>' }, selected: undefined } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe('<img src=x onerror=alert(1)>')
  })
})
