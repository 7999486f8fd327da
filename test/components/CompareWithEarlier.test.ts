// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import CompareWithEarlier from '../../src/components/CompareWithEarlier.vue'
import { encodeAnswersFile } from '../../src/core/answers-file.ts'
import type { PreviousAssessment } from '../../src/core/previous-file.ts'
import { compareAssessments } from '../../src/core/compare.ts'
import { FIXTURE_ANSWERS, fixtureBank } from '../support/fixture-bank.ts'

const bank = fixtureBank('report')
const savedAt = new Date(2026, 0, 5, 9)
const earlier = { ...FIXTURE_ANSWERS, updates: 'no', backups: 'yes' }
const now = { ...FIXTURE_ANSWERS, mfa: 'yes', 'admin-review': 'not-sure' }

async function choose(wrapper: ReturnType<typeof mount>, text: string): Promise<void> {
  const input = wrapper.get('input[type="file"]')
  const file = { size: text.length, text: () => Promise.resolve(text), name: 'earlier.json' }
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('CompareWithEarlier', () => {
  it('is a labelled, focusable file input that hands over the earlier answers and shows what changed since', async () => {
    const wrapper = mount(CompareWithEarlier, { props: { bank, comparison: null }, attachTo: document.body })
    const input = wrapper.get('input[type="file"]')
    expect(wrapper.get(`label[for="${input.attributes('id') ?? ''}"]`).text()).toBe('Compare with an earlier assessment')
    expect(input.attributes('tabindex')).toBeUndefined()
    expect(wrapper.text()).toContain('read on this device only, never uploaded or stored')
    await choose(wrapper, encodeAnswersFile(bank, { answers: earlier, businessName: '' }, savedAt))
    const loaded = wrapper.emitted<[PreviousAssessment]>('load')?.[0]?.[0]
    expect(loaded).toEqual({ answers: earlier, savedAt, bankVersion: 1 })
    if (loaded === undefined) return
    await wrapper.setProps({ comparison: compareAssessments(bank, loaded, now) })
    const text = wrapper.text()
    expect(text).toContain('Since your assessment on January 5, 2026')
    expect(text).toContain('Overall score: from 22 to 44, up 22.')
    expect(text).toContain('Accounts and backups: from 67 to 0, down 67')
    expect(text).toContain('Done since (2)')
    expect(text).toContain('Is multi-factor authentication on for email? "No" → "Yes"')
    expect(text).toContain('Got worse (1)')
    expect(text).toContain('Do you keep an offline backup? "Yes" → "No"')
    expect(text).toContain('New things to find out (1)')
    expect(text).toContain('Do you review who has admin access?')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('clear')).toHaveLength(1)
    expect(document.activeElement).toBe(input.element)
    wrapper.unmount()
  })

  it('moves focus to the comparison once it shows', async () => {
    const Parent = {
      components: { CompareWithEarlier },
      data: () => ({ previous: null as PreviousAssessment | null }),
      computed: { comparison(this: { previous: PreviousAssessment | null }) { return this.previous === null ? null : compareAssessments(bank, this.previous, now) } },
      template: '<CompareWithEarlier :bank="bank" :comparison="comparison" @load="previous = $event" @clear="previous = null" />',
      setup: () => ({ bank }),
    }
    const wrapper = mount(Parent, { attachTo: document.body })
    await choose(wrapper, encodeAnswersFile(bank, { answers: earlier, businessName: '' }, savedAt))
    expect(document.activeElement?.textContent).toBe('Since your assessment on January 5, 2026')
    wrapper.unmount()
  })

  it('announces why a foreign, newer or broken file cannot be compared, says nothing changed, and keeps the comparison on show', async () => {
    const comparison = compareAssessments(bank, { answers: earlier, savedAt, bankVersion: 1 }, now)
    const wrapper = mount(CompareWithEarlier, { props: { bank, comparison } })
    await choose(wrapper, JSON.stringify({ name: 'branding' }))
    expect(wrapper.get('[role="alert"]').text()).toBe('This file is not a saved-answers file from this assessment. Nothing was changed.')
    await choose(wrapper, JSON.stringify({ ...JSON.parse(encodeAnswersFile(bank, { answers: earlier, businessName: '' }, savedAt)), bankVersion: 2 }))
    expect(wrapper.get('[role="alert"]').text()).toMatch(/newer set of questions.*Nothing was changed\.$/)
    expect(wrapper.emitted('load')).toBeUndefined()
    expect(wrapper.text()).toContain('Since your assessment on January 5, 2026')
  })

  it('says in a plain sentence what could not be compared', () => {
    const comparison = compareAssessments(bank, { answers: { mfa: 'no', retired: 'yes' }, savedAt, bankVersion: 0 }, { mfa: 'yes' })
    const wrapper = mount(CompareWithEarlier, { props: { bank, comparison } })
    expect(wrapper.text()).toContain('The questions have changed since that file was saved')
    expect(wrapper.text()).toContain('Could not be compared: 1 earlier answer to questions that no longer exist (retired).')
  })
})
