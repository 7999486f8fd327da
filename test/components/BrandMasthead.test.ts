// @vitest-environment happy-dom
/**
 * The header: the MSP's logo and name, or (branding.json `showName: false`, for a logo that holds
 * the name) the logo alone, whose alt text then names the MSP. Without a logo the name always shows.
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import BrandMasthead from '../../src/components/BrandMasthead.vue'

const name = 'Acme IT Services'
const masthead = (props: { logo: string | null; showName?: boolean; logoPending?: boolean }): ReturnType<typeof mount> => mount(BrandMasthead, { props: { name, tag: 'Cyber-readiness assessment', ...props } })

describe('BrandMasthead', () => {
  it('shows the name beside a decorative logo by default', () => {
    const wrapper = masthead({ logo: 'acme-logo.png' })
    expect(wrapper.get('.masthead__name').text()).toBe(name)
    expect(wrapper.get('img').attributes('alt')).toBe('')
  })

  it('with showName false shows the logo alone, its alt text carrying the name', () => {
    const wrapper = masthead({ logo: 'acme-logo.png', showName: false })
    expect(wrapper.find('.masthead__name').exists()).toBe(false)
    expect(wrapper.get('img').attributes('alt')).toBe(name)
    expect(wrapper.get('.masthead__brand').text()).toBe('')
  })

  it('shows the name when there is no logo to carry it (none set, or the file was refused), whatever showName says', () => {
    const wrapper = masthead({ logo: null, showName: false })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('.masthead__name').text()).toBe(name)
  })

  it('keeps the logo\'s box, with the same class and so the same fixed size, while the logo is on its way', async () => {
    const wrapper = masthead({ logo: null, logoPending: true })
    const box = wrapper.get('.masthead__logo')
    expect(box.element.tagName).toBe('SPAN')
    expect(box.attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('.masthead__name').text()).toBe(name)
    await wrapper.setProps({ logo: 'acme-logo.png', logoPending: false })
    expect(wrapper.get('.masthead__logo').element.tagName).toBe('IMG')
    expect(wrapper.findAll('.masthead__logo')).toHaveLength(1)
  })
})
