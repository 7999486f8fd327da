// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import AnswersFileLoad from '../../src/components/AnswersFileLoad.vue'
import AnswersFileSave from '../../src/components/AnswersFileSave.vue'
import BusinessNameField from '../../src/components/BusinessNameField.vue'
import { encodeAnswersFile, parseAnswersFile, type LoadedAnswersFile } from '../../src/core/answers-file.ts'
import { FIXTURE_ANSWERS, fixtureBank } from '../support/fixture-bank.ts'

const bank = fixtureBank('report')

/** Chooses `text` as the file in the component's file input. */
async function choose(wrapper: ReturnType<typeof mount>, text: string, size = text.length): Promise<void> {
  const input = wrapper.get('input[type="file"]')
  const file = { size, text: () => Promise.resolve(text), name: 'answers.json' }
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

afterEach(() => vi.restoreAllMocks())

describe('AnswersFileLoad', () => {
  it('is a labelled, focusable file input that emits the checked answers of a good file', async () => {
    const wrapper = mount(AnswersFileLoad, { props: { bank } })
    const input = wrapper.get('input[type="file"]')
    expect(wrapper.get(`label[for="${input.attributes('id') ?? ''}"]`).text()).toBe('Load saved answers')
    expect(input.attributes('tabindex')).toBeUndefined()
    expect(input.attributes('accept')).toContain('.json')
    await choose(wrapper, encodeAnswersFile(bank, { answers: FIXTURE_ANSWERS, businessName: 'Acme' }, new Date('2026-03-05T10:00:00Z')))
    const loaded = wrapper.emitted<[LoadedAnswersFile]>('load')?.[0]?.[0]
    expect(loaded?.data).toEqual({ answers: FIXTURE_ANSWERS, businessName: 'Acme' })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('shows why a wrong or oversized file cannot be used, and emits nothing', async () => {
    const wrapper = mount(AnswersFileLoad, { props: { bank } })
    await choose(wrapper, '{"some":"thing"}')
    expect(wrapper.get('[role="alert"]').text()).toBe('This file is not a saved-answers file from this assessment. Nothing was changed.')
    await choose(wrapper, '{}', 5_000_000)
    expect(wrapper.get('[role="alert"]').text()).toMatch(/too large/)
    expect(wrapper.emitted('load')).toBeUndefined()
  })
})

describe('AnswersFileSave', () => {
  it('downloads the answers as a JSON file through an object URL and <a download>, without a new window', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:answers'
    })
    const clicks: { href: string; download: string; target: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, target: this.target })
    })
    const open = vi.spyOn(window, 'open')
    const wrapper = mount(AnswersFileSave, { props: { bank, answers: FIXTURE_ANSWERS, businessName: 'Acme' } })
    await wrapper.get('button').trigger('click')
    expect(clicks).toEqual([{ href: 'blob:answers', download: expect.stringMatching(/^cyber-readiness-answers-\d{4}-\d{2}-\d{2}\.json$/), target: '' }])
    expect(open).not.toHaveBeenCalled()
    const parsed = parseAnswersFile(await (blobs[0] as Blob).text(), bank)
    expect(parsed.ok && parsed.data).toEqual({ answers: FIXTURE_ANSWERS, businessName: 'Acme' })
    expect(document.querySelector('a[download]')).toBeNull()
  })
})

describe('BusinessNameField', () => {
  it('is labelled as optional, limits the length, and hands over the name when the field is left', async () => {
    const wrapper = mount(BusinessNameField, { props: { name: '' } })
    const input = wrapper.get('input')
    expect(wrapper.get('label[for="business-name"]').text()).toBe('Business name (optional)')
    expect(input.attributes('maxlength')).toBe('100')
    expect(input.attributes('aria-describedby')).toBe('business-name-hint')
    await input.setValue('Acme Bakery ')
    expect(wrapper.emitted('change')).toEqual([['Acme Bakery ']])
    await wrapper.setProps({ name: 'Acme Bakery' })
    expect((input.element as HTMLInputElement).value).toBe('Acme Bakery')
  })
})
