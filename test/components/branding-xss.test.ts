// @vitest-environment happy-dom
/**
 * Branding text from branding.json is shown as text, never as markup: every vector of
 * test/fixtures/xss-vectors.json, in every text field, in every component that shows branding.
 * The components get the raw vector (as if validation had let it through) and the validated
 * branding (what the app really renders); either way nothing is injected and the text is exact.
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import BrandMasthead from '../../src/components/BrandMasthead.vue'
import ContactCard from '../../src/components/ContactCard.vue'
import { DEFAULT_BRANDING, parseBranding, type Branding } from '../../src/branding/parse.ts'
import { SAFE_URL, XSS_VECTORS, hrefs, shape } from '../support/xss.ts'

const summary = { score: 42, tier: 'At risk', actions: ['Turn on MFA'] }
const withText = (text: string): Branding => ({ ...DEFAULT_BRANDING, name: text, howWeHelp: text, ctaLabel: text })
const mountCard = (branding: Branding): ReturnType<typeof mount> => mount(ContactCard, { props: { branding, summary, source: 'homepage' } })
const mountMasthead = (branding: Branding): ReturnType<typeof mount> => mount(BrandMasthead, { props: { name: branding.name, logo: branding.logo, tag: 'Cyber-readiness assessment' } })

function expectNoInjection(root: Element, baseline: string[]): void {
  expect(shape(root)).toEqual(baseline)
  for (const url of hrefs(root)) expect(url).toMatch(SAFE_URL)
  expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined()
}

describe('branding text is rendered literally', () => {
  it(`uses at least 30 vectors (${XSS_VECTORS.length})`, () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30)
  })

  const cardBaseline = shape(mountCard(withText('Acme IT')).element)
  const mastheadBaseline = shape(mountMasthead(withText('Acme IT')).element)

  it.each(XSS_VECTORS)('the masthead shows %j as text', (vector) => {
    const wrapper = mountMasthead(withText(vector))
    expectNoInjection(wrapper.element, mastheadBaseline)
    expect(wrapper.get('.masthead__name').element.textContent).toBe(vector)
  })

  it.each(XSS_VECTORS)('the contact card and hand-off show %j as text in the name, sentence and button', (vector) => {
    const wrapper = mountCard(withText(vector))
    expectNoInjection(wrapper.element, cardBaseline)
    expect(wrapper.get('h2').element.textContent).toBe(`How ${vector} can help`)
    expect(wrapper.get('.contact > p').element.textContent).toBe(vector)
    expect(wrapper.get('a.button:not(.button--secondary)').element.textContent.trim()).toBe(`${vector} (opens in a new tab)`)
    expect(wrapper.get('a.button--secondary').element.textContent.trim()).toBe(`Email my results to ${vector}`)
  })

  it.each(XSS_VECTORS)('validated branding with %j in every field renders safely', (vector) => {
    const raw = Object.fromEntries(Object.keys(DEFAULT_BRANDING).map((k) => [k, vector]))
    const { branding } = parseBranding({ ...raw, colours: DEFAULT_BRANDING.colours })
    expect(branding.logo).toBeNull()
    for (const link of [branding.website, branding.bookingUrl]) expect(link).toMatch(SAFE_URL)
    const card = mountCard(branding)
    expectNoInjection(card.element, cardBaseline)
    expect(card.get('h2').element.textContent).toBe(`How ${branding.name} can help`)
    const masthead = mountMasthead(branding)
    expectNoInjection(masthead.element, mastheadBaseline)
    expect(masthead.get('.masthead__name').element.textContent).toBe(branding.name)
  })
})
