// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ContactCard from '../../src/components/ContactCard.vue'
import { DEFAULT_BRANDING, parseBranding } from '../../src/branding/parse.ts'

const summary = { score: 42, tier: 'At risk', actions: ['Turn on MFA', 'Back up daily'] }

describe('ContactCard and HandOffActions', () => {
  it('books a call through the booking link tagged with the source, in a new tab', () => {
    const wrapper = mount(ContactCard, { props: { branding: DEFAULT_BRANDING, source: 'homepage', summary } })
    const book = wrapper.get('a.button:not(.button--secondary)')
    expect(book.text()).toBe(`${DEFAULT_BRANDING.ctaLabel} (opens in a new tab)`)
    expect(book.attributes('href')).toBe('https://example.com/book?utm_source=homepage&utm_medium=cyber-readiness-assessment&utm_campaign=assessment')
    expect(book.attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' })
  })

  it('offers "Email my results" with the summary only once there is a score', async () => {
    const without = mount(ContactCard, { props: { branding: DEFAULT_BRANDING } })
    expect(without.find('.button--secondary').exists()).toBe(false)
    expect(without.get('a.button').attributes('href')).toContain('utm_source=direct')

    const wrapper = mount(ContactCard, { props: { branding: DEFAULT_BRANDING, summary } })
    const email = wrapper.get('a.button--secondary')
    expect(email.text()).toBe(`Email my results to ${DEFAULT_BRANDING.name}`)
    expect(email.attributes('href')).toMatch(/^mailto:help@example\.com\?subject=My%20cyber-readiness%20results%3A%2042%2F100%20\(At%20risk\)&body=/)
    expect(email.attributes('target')).toBeUndefined()
    expect(wrapper.get(`#${email.attributes('aria-describedby') ?? ''}`).text()).toContain('Nothing is sent until you press send')

    // Follow no link in the test DOM; the component's own click handlers still run.
    wrapper.get('section').element.addEventListener('click', (e) => e.preventDefault())
    await email.trigger('click')
    await wrapper.get('a.button:not(.button--secondary)').trigger('click')
    await wrapper.get('a[href="mailto:help@example.com"]').trigger('click')
    expect(wrapper.emitted('cta')).toEqual([['email'], ['book'], ['email']])
  })

  it('shows the emergency line only when there is one, and a mailto: booking link in the same tab', () => {
    const withLine = mount(ContactCard, { props: { branding: DEFAULT_BRANDING } })
    expect(withLine.get('.contact__emergency a').attributes('href')).toBe('tel:+15550199')
    const branding = { ...DEFAULT_BRANDING, emergencyPhone: '', bookingUrl: 'mailto:book@example.com' }
    const wrapper = mount(ContactCard, { props: { branding } })
    expect(wrapper.find('.contact__emergency').exists()).toBe(false)
    expect(wrapper.get('a.button').attributes()).toMatchObject({ href: 'mailto:book@example.com' })
    expect(wrapper.get('a.button').attributes('target')).toBeUndefined()
  })

  it('renders branding text literally, never as HTML', () => {
    const name = '<img src=x onerror=alert(1)>'
    const wrapper = mount(ContactCard, { props: { branding: { ...DEFAULT_BRANDING, name, howWeHelp: '<b>bold</b>' }, summary } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.get('h2').text()).toBe(`How ${name} can help`)
  })

  it('shows and links a website exactly as it is followed: normalised, with a non-ASCII host in punycode', () => {
    const { branding } = parseBranding({ ...DEFAULT_BRANDING, website: 'HTTPS://Bücher.example/Shop', bookingUrl: 'HTTPS://Cal.example/book' })
    const wrapper = mount(ContactCard, { props: { branding } })
    const site = wrapper.get('a[target="_blank"]:not(.button)')
    expect(site.attributes('href')).toBe('https://xn--bcher-kva.example/Shop')
    expect(site.text()).toBe('https://xn--bcher-kva.example/Shop (opens in a new tab)')
    expect(wrapper.get('a.button').attributes()).toMatchObject({ href: expect.stringMatching(/^https:\/\/cal\.example\/book\?utm_source=direct&/), target: '_blank' })
    // A branding object that never went through parseBranding still shows no refused link.
    const raw = mount(ContactCard, { props: { branding: { ...DEFAULT_BRANDING, website: 'javascript:alert(1)', bookingUrl: 'https://user@evil.example/' } } })
    expect(raw.text()).not.toContain('Website:')
    expect(raw.find('a.button:not(.button--secondary)').exists()).toBe(false)
  })
})
