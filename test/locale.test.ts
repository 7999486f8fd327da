// @vitest-environment happy-dom
/**
 * The language on show (src/locale.ts): created in the language `chooseLanguage` picked, with its
 * words fetched first; a switch fetches the new language's words (dictionary, bank, the MSP's
 * texts), then changes everything at once (`<html lang>`, the title, the branding) and keeps the
 * owner's choice; the answers are untouched because they are ids. Components read the words
 * through `useMessages`, English when no locale is provided.
 */
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, shallowReactive } from 'vue'
import { mount } from '@vue/test-utils'
import { createLocale, LOCALE } from '../src/locale.ts'
import { bank, bankLanguage, bankSkeleton, isSectionLoaded } from '../src/bank.ts'
import { DEFAULT_BRANDING } from '../src/branding/parse.ts'
import { useMessages } from '../src/composables/useMessages.ts'
import { useResultsMessages } from '../src/composables/useResultsMessages.ts'
import { messages } from '../src/i18n/messages.ts'
import { scoreAssessment } from '../src/core/scoring.ts'
import LanguageSwitch from '../src/components/LanguageSwitch.vue'

const first = bankSkeleton.sections[0]?.id ?? ''
const Probe = defineComponent(() => {
  const m = useMessages()
  const r = useResultsMessages()
  return () => h('p', `${m.value.welcome.start} | ${r.value.page.heading}`)
})

// Module state (the bank on show) is shared, so these run in order.
describe('the locale', () => {
  it('starts in the chosen language, its words already here: <html lang>, the title, the bank and the MSP texts', async () => {
    const shown = shallowReactive({ ...DEFAULT_BRANDING })
    const keep = vi.fn()
    const locale = await createLocale('es', { allowed: ['en', 'es'], branding: DEFAULT_BRANDING, shown, keep, root: document })
    expect(locale.language.value).toBe('es')
    expect(locale.messages.value).toBe(messages('es'))
    expect(document.documentElement.lang).toBe('es')
    expect(document.title).toBe('Evaluación de ciberseguridad')
    expect(shown.name).toBe('Su proveedor de TI (ejemplo)')
    expect(bankLanguage.value).toBe('es')
    expect(bank.value.sections[0]?.title).toBe('Exposición de API y apps conectadas')
    expect(keep).not.toHaveBeenCalled()
    const wrapper = mount(Probe, { global: { provide: { [LOCALE as symbol]: locale } } })
    expect(wrapper.text()).toBe('Empezar la evaluación | Sus resultados')
  })

  it('switches at any time, fetching what the screen needs first, keeps the choice, and scores the same answers the same', async () => {
    const shown = shallowReactive({ ...DEFAULT_BRANDING })
    const keep = vi.fn()
    const locale = await createLocale('en', { allowed: ['en', 'es'], branding: DEFAULT_BRANDING, shown, keep, root: document })
    expect(document.documentElement.lang).toBe('en')
    expect(bank.value.sections[0]?.title).toBe(bankSkeleton.sections[0]?.title)
    const answers = Object.fromEntries(bankSkeleton.sections.flatMap((s) => s.questions).map((q) => [q.id, q.options[0]?.id ?? '']))
    const english = scoreAssessment(bank.value, answers)
    const wrapper = mount(Probe, { global: { provide: { [LOCALE as symbol]: locale } } })
    expect(wrapper.text()).toBe('Start the assessment | Your results')

    expect(await locale.choose('es', [first])).toBe(true)
    expect(isSectionLoaded(first)).toBe(true)
    expect(bank.value.sections[0]?.lesson.text).toMatch(/API/)
    expect(document.documentElement.lang).toBe('es')
    expect(keep).toHaveBeenCalledWith('es')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('Empezar la evaluación | Sus resultados')
    const spanish = scoreAssessment(bank.value, answers)
    expect(spanish.overall.score).toBe(english.overall.score)
    expect(spanish.sections.map((s) => s.score)).toEqual(english.sections.map((s) => s.score))

    expect(await locale.choose('en')).toBe(true)
    expect(document.documentElement.lang).toBe('en')
    expect(shown.name).toBe(DEFAULT_BRANDING.name)
    expect(keep).toHaveBeenLastCalledWith('en')
  })

  it('shows English to components mounted without a locale (component tests)', () => {
    expect(mount(Probe).text()).toBe('Start the assessment | Your results')
  })
})

describe('the language switch', () => {
  it('is a native select with a visible label, each language named in itself, and emits the choice', async () => {
    const wrapper = mount(LanguageSwitch, { props: { languages: ['en', 'es'], current: 'es', label: 'Idioma', busy: false } })
    expect(wrapper.get('label').text()).toBe('Idioma')
    expect(wrapper.get('label').attributes('for')).toBe(wrapper.get('select').attributes('id'))
    expect(wrapper.findAll('option').map((o) => [o.text(), o.attributes('lang')])).toEqual([['English', 'en'], ['Español', 'es']])
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('es')
    await wrapper.get('select').setValue('en')
    expect(wrapper.emitted('choose')).toEqual([['en']])
  })
})
