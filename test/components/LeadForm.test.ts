// @vitest-environment happy-dom
/**
 * The lead form: a visible label on every field it asks for; nothing handed over without a name, a
 * valid email and the consent box (the problems linked to their fields, announced, and focus on
 * the first); the honeypot hidden from people and assistive technology; one send while sending;
 * a failure that keeps everything and offers "Try again" and the email hand-off with the same summary.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import LeadForm from '../../src/components/LeadForm.vue'
import { DEFAULT_BRANDING, type LeadCapture } from '../../src/branding/parse.ts'
import { resultsMailto } from '../../src/embed/handoff.ts'
import { en } from '../../src/i18n/messages.ts'
import type { LeadDraft } from '../../src/core/lead.ts'

const branding = { ...DEFAULT_BRANDING, name: 'Acme IT', email: 'hello@acme-it.example' }
const capture: LeadCapture = { endpoint: 'https://hooks.example.com/catch/1/abc/', fields: ['phone', 'business', 'message'], consentText: 'We use your details only to contact you.', includeAnswersOption: true }
const summary = { score: 42, tier: 'At risk', actions: ['Turn on MFA', 'Back up daily'] }
const CONSENT = 'Send my contact details, score and top priorities to Acme IT so they can contact me'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function form(props: Partial<InstanceType<typeof LeadForm>['$props']> = {}): VueWrapper {
  wrapper = mount(LeadForm, { props: { branding, capture, summary, businessName: '', status: 'idle', failure: null, ...props }, attachTo: document.body })
  return wrapper
}

/** The label text of the control with this id. */
function labelOf(w: VueWrapper, id: string): string {
  return w.get(`label[for="${id}"]`).text()
}

async function fillIn(w: VueWrapper): Promise<void> {
  await w.get('#lead-name').setValue('  Jo   Bloggs ')
  await w.get('#lead-email').setValue('jo@corner-shop.example')
  await w.get('#lead-phone').setValue('+44 20 7946 0000')
  await w.get('#lead-message').setValue('Call after 3pm.\nThanks!')
}

/** Fills in the form, ticks consent (and the answers box), presses send, and puts the form into "sending" as the parent would. */
async function pressSend(w: VueWrapper, { answers = false } = {}): Promise<void> {
  await fillIn(w)
  await w.get('#lead-consent').setValue(true)
  if (answers) await w.get('#lead-answers').setValue(true)
  await w.get('button.lead__send').trigger('click')
  await w.setProps({ status: 'sending' })
}

const sent = (w: VueWrapper): LeadDraft[] => (w.emitted<[LeadDraft]>('send') ?? []).map(([draft]) => draft)

describe('LeadForm', () => {
  it('sits in a disclosure named for the MSP, with a visible label on every field it asks for, and only those', () => {
    const w = form()
    expect(w.get('details > summary').text()).toBe('Ask Acme IT to contact you')
    expect(w.get('details').attributes('open')).toBeUndefined()
    expect(labelOf(w, 'lead-name')).toBe('Your name')
    expect(labelOf(w, 'lead-email')).toContain('Email')
    expect(labelOf(w, 'lead-phone')).toBe('Phone number (optional)')
    expect(labelOf(w, 'lead-business')).toBe('Business name (optional)')
    expect(labelOf(w, 'lead-message')).toBe('Message (optional)')
    expect(labelOf(w, 'lead-consent')).toBe(CONSENT)
    expect(w.get('#lead-consent-note').text()).toBe(capture.consentText)
    expect(w.get('#lead-consent').attributes('aria-describedby')).toBe('lead-consent-note')
    expect(labelOf(w, 'lead-answers')).toBe('Also send Acme IT my answer to each question')
    expect((w.get('#lead-consent').element as HTMLInputElement).checked).toBe(false)
    expect((w.get('#lead-answers').element as HTMLInputElement).checked).toBe(false)
    expect(w.get('button.lead__send').text()).toBe('Send to Acme IT')
    expect(w.get('#lead-email').attributes()).toMatchObject({ type: 'email', autocomplete: 'email', 'aria-required': 'true' })
    w.unmount()

    const minimal = form({ capture: { ...capture, fields: [], consentText: '', includeAnswersOption: false } })
    expect(minimal.findAll('input:not([type="checkbox"]), textarea').map((e) => e.attributes('id'))).toEqual(['lead-name', 'lead-email', 'lead-website'])
    expect(minimal.find('#lead-answers').exists()).toBe(false)
    expect(minimal.find('#lead-consent-note').exists()).toBe(false)
  })

  it('fills in the business name given on the page, and follows it until the owner types their own', async () => {
    const w = form({ businessName: 'Corner Shop Ltd' })
    const business = w.get('#lead-business').element as HTMLInputElement
    expect(business.value).toBe('Corner Shop Ltd')
    await w.setProps({ businessName: 'Corner Shop Limited' })
    expect(business.value).toBe('Corner Shop Limited')
    await w.get('#lead-business').setValue('The Corner Shop')
    await w.setProps({ businessName: 'Something Else' })
    expect(business.value).toBe('The Corner Shop')
  })

  it('hands over nothing without a name, a valid email and consent: each problem linked to its field, announced, and focus on the first', async () => {
    const w = form()
    await w.get('button.lead__send').trigger('click')
    await flushPromises()
    expect(sent(w)).toEqual([])
    const name = w.get('#lead-name')
    expect(name.attributes('aria-invalid')).toBe('true')
    expect(w.get(`#${name.attributes('aria-describedby') ?? ''}`).text()).toBe('Enter your name.')
    expect(w.get(`#${w.get('#lead-email').attributes('aria-describedby') ?? ''}`).text()).toBe('Enter your email address.')
    expect(w.get('#lead-consent').attributes('aria-describedby')).toBe('lead-consent-note lead-consent-error')
    expect(w.get('.lead__status').attributes('aria-live')).toBe('polite')
    expect(w.get('.lead__status').text()).toBe('3 things need your attention before sending.')
    expect(document.activeElement).toBe(name.element)

    await w.get('#lead-name').setValue('Jo')
    await w.get('#lead-email').setValue('jo@corner-shop')
    expect(w.get('#lead-name').attributes('aria-invalid')).toBeUndefined()
    await w.get('button.lead__send').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(w.get('#lead-email').element)
    expect(w.text()).toContain('Enter an email address such as name@example.com.')

    await w.get('#lead-email').setValue('jo@corner-shop.example')
    await w.get('button.lead__send').trigger('click')
    await flushPromises()
    expect(sent(w)).toEqual([])
    expect(document.activeElement).toBe(w.get('#lead-consent').element)
    expect(w.get('#lead-consent-error').text()).toContain('Tick this box to send your details')
    expect(w.get('.lead__status').text()).toBe('One thing needs your attention before sending.')
  })

  it('hands over the cleaned contact, what the hidden field holds, and the answers only when that box is ticked', async () => {
    const w = form({ businessName: 'Corner Shop Ltd' })
    await fillIn(w)
    await w.get('#lead-consent').setValue(true)
    await w.get('button.lead__send').trigger('click')
    expect(sent(w)).toEqual([
      { contact: { name: 'Jo Bloggs', email: 'jo@corner-shop.example', phone: '+44 20 7946 0000', business: 'Corner Shop Ltd', message: 'Call after 3pm.\nThanks!' }, honeypot: '', includeAnswers: false },
    ])
    await w.get('#lead-answers').setValue(true)
    await w.get('#lead-website').setValue('https://spam.example')
    // Enter in a one-line field sends, as it would in a form.
    await w.get('#lead-name').trigger('keydown', { key: 'Enter' })
    expect(sent(w)[1]).toMatchObject({ honeypot: 'https://spam.example', includeAnswers: true })
  })

  it('hides the honeypot from people and assistive technology: off-screen by a class, aria-hidden, out of the tab order', () => {
    const w = form()
    const trap = w.get('.lead__trap')
    expect(trap.attributes('aria-hidden')).toBe('true')
    expect(trap.attributes('style')).toBeUndefined()
    expect(w.get('#lead-website').attributes()).toMatchObject({ name: 'website', tabindex: '-1', autocomplete: 'off' })
    expect(w.findAll('[style]')).toEqual([])
  })

  it('sends once: while sending, the button is marked busy and further presses hand over nothing', async () => {
    const w = form()
    await pressSend(w)
    const button = w.get('button.lead__send')
    expect(button.attributes('aria-disabled')).toBe('true')
    expect(button.text()).toBe('Send to Acme IT')
    expect(w.get('.lead__status').text()).toBe('Sending your details…')
    await button.trigger('click')
    await w.get('#lead-name').trigger('keydown', { key: 'Enter' })
    expect(sent(w)).toHaveLength(1)
  })

  it('after a failure, says so and why, keeps everything typed, and offers "Try again" and the email hand-off with the same summary', async () => {
    const w = form({ businessName: 'Corner Shop Ltd' })
    await pressSend(w, { answers: true })
    await w.setProps({ status: 'failed', failure: { kind: 'status', status: 500 } })
    const alert = w.get('[role="alert"]')
    expect(alert.text()).toContain("Your details were not sent. Acme IT's system answered with an error (HTTP 500). Everything you typed is still here.")
    expect((w.get('#lead-name').element as HTMLInputElement).value).toBe('  Jo   Bloggs ')
    expect((w.get('#lead-message').element as HTMLTextAreaElement).value).toBe('Call after 3pm.\nThanks!')
    expect((w.get('#lead-consent').element as HTMLInputElement).checked).toBe(true)
    expect((w.get('#lead-answers').element as HTMLInputElement).checked).toBe(true)

    const email = alert.get('a')
    expect(email.text()).toBe('Email my results to Acme IT instead')
    expect(email.attributes('href')).toBe(resultsMailto(branding.email, branding.name, summary, en.results.email))
    alert.element.addEventListener('click', (e) => e.preventDefault())
    await email.trigger('click')
    expect(w.emitted('cta')).toEqual([['email']])

    await alert.get('button').trigger('click')
    await flushPromises()
    expect(sent(w)).toHaveLength(2)
    expect(sent(w)[1]).toEqual(sent(w)[0])
    expect(document.activeElement).toBe(w.get('button.lead__send').element)
  })

  it('once sent, confirms it where the form was, with the focus there', async () => {
    const w = form()
    await pressSend(w)
    await w.setProps({ status: 'sent' })
    await flushPromises()
    const done = w.get('.lead__sent')
    expect(done.attributes('role')).toBe('status')
    expect(done.text()).toBe('Sent. Acme IT has your details, score and top priorities, and will contact you at jo@corner-shop.example.')
    expect(document.activeElement).toBe(done.element)
    expect(w.find('#lead-name').exists()).toBe(false)
  })

  it('shows the MSP\'s name and consent sentence as text, never as HTML', () => {
    const name = '<img src=x onerror=alert(1)>'
    const w = form({ branding: { ...branding, name }, capture: { ...capture, consentText: '<b>bold</b>' } })
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('b').exists()).toBe(false)
    expect(w.get('button.lead__send').text()).toBe(`Send to ${name}`)
  })
})
