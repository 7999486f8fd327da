/**
 * branding.json's languages: `languages` (default `["en"]`, so nothing changes for an MSP who does
 * not opt in) and `defaultLanguage`, checked like every other field (a bad value falls back, with a
 * warning); and `translations`, the MSP's own texts in another language, checked when that language
 * is first shown (`brandingIn`), with the shipped placeholder's texts translated built in.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING, parseBranding } from '../../src/branding/parse.ts'
import { brandingIn } from '../../src/branding/translate.ts'

const acme = { ...DEFAULT_BRANDING, name: 'Acme IT', howWeHelp: 'We look after small offices.', ctaLabel: 'Talk to us', colours: { ...DEFAULT_BRANDING.colours } }
const parse = (changes: Record<string, unknown>): ReturnType<typeof parseBranding> => parseBranding({ ...acme, languages: undefined, defaultLanguage: undefined, translations: undefined, ...changes })

describe('languages and defaultLanguage', () => {
  it('default to English only, silently', () => {
    const { branding, warnings } = parse({ languages: undefined, defaultLanguage: undefined })
    expect(branding).toMatchObject({ languages: ['en'], defaultLanguage: 'en' })
    expect(warnings).toEqual([])
  })

  it('take the MSP\'s list in their order; the default is the first unless named', () => {
    expect(parse({ languages: ['es', 'en'] }).branding).toMatchObject({ languages: ['es', 'en'], defaultLanguage: 'es' })
    expect(parse({ languages: ['en', 'es'], defaultLanguage: 'es' })).toMatchObject({ branding: { languages: ['en', 'es'], defaultLanguage: 'es' }, warnings: [] })
    expect(parse({ languages: ['es'] }).branding).toMatchObject({ languages: ['es'], defaultLanguage: 'es' })
  })

  it.each([
    ['not a list', 'es', ['en']],
    ['an empty list', [], ['en']],
    ['only unknown languages', ['fr', 'de'], ['en']],
    ['an unknown one beside a known one', ['es', 'fr'], ['es']],
    ['one listed twice', ['es', 'es', 'en'], ['es', 'en']],
    ['a region tag', ['es-MX', 'en'], ['en']],
  ])('fall back when given %s, with a warning naming the field', (_name, languages, kept) => {
    const { branding, warnings } = parse({ languages })
    expect(branding.languages).toEqual(kept)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^branding\.json: "languages" must be a list of "en", "es", each once/)
  })

  it('refuse a default that is not among the languages, with a warning, and use the first', () => {
    const { branding, warnings } = parse({ languages: ['en', 'es'], defaultLanguage: 'fr' })
    expect(branding.defaultLanguage).toBe('en')
    expect(warnings).toEqual(['branding.json: "defaultLanguage" must be one of "languages" (got "fr"); using "en".'])
    expect(parse({ languages: ['en'], defaultLanguage: 'es' }).branding.defaultLanguage).toBe('en')
  })
})

describe('brandingIn (the MSP\'s texts in another language)', () => {
  it('gives the MSP\'s own translations, checked like the fields they translate', () => {
    const { branding } = parse({ languages: ['en', 'es'], leadCapture: { endpoint: 'https://hooks.example.com/x', consentText: 'We only call you back.' }, translations: { es: { howWeHelp: 'Cuidamos oficinas pequeñas.', ctaLabel: 'Hable con nosotros', consentText: 'Solo le devolvemos la llamada.' } } })
    const { branding: es, warnings } = brandingIn(branding, 'es')
    expect(es).toMatchObject({ name: 'Acme IT', howWeHelp: 'Cuidamos oficinas pequeñas.', ctaLabel: 'Hable con nosotros', leadCapture: { consentText: 'Solo le devolvemos la llamada.' } })
    expect(warnings).toEqual([])
    expect(brandingIn(branding, 'en')).toEqual({ branding, warnings: [] })
  })

  it('shows the English text, and says so, where a translation is missing or broken; ignores what it does not know', () => {
    const { branding } = parse({ translations: { es: { howWeHelp: '', ctaLabel: 'x'.repeat(41), slogan: 'Hola', _note: 'ignored' }, fr: { howWeHelp: 'Bonjour' } } })
    const { branding: es, warnings } = brandingIn(branding, 'es')
    expect(es).toMatchObject({ howWeHelp: acme.howWeHelp, ctaLabel: acme.ctaLabel })
    expect(warnings).toEqual([
      'branding.json: "translations.es.howWeHelp" must be text like "howWeHelp" itself (got ""); ignored.',
      `branding.json: "translations.es.ctaLabel" must be text like "ctaLabel" itself (got "${'x'.repeat(41)}"); ignored.`,
      'branding.json: "translations.es.slogan" is not one of "name", "howWeHelp", "ctaLabel", "consentText"; ignored.',
      'branding.json: "translations.es.howWeHelp" is missing, so readers in "es" see the English text.',
      'branding.json: "translations.es.ctaLabel" is missing, so readers in "es" see the English text.',
    ])
  })

  it('cleans the translated texts like any other (visible text only)', () => {
    const { branding } = parse({ translations: { es: { howWeHelp: 'Ayudamos\u0000 \u202e a\npymes.', ctaLabel: 'Llámenos' } } })
    expect(brandingIn(branding, 'es').branding.howWeHelp).toBe('Ayudamos a pymes.')
  })

  it('translates the shipped placeholder\'s own texts, so an unbranded copy reads in Spanish too, without a warning', () => {
    const { branding: es, warnings } = brandingIn(DEFAULT_BRANDING, 'es')
    expect(es.name).toBe('Su proveedor de TI (ejemplo)')
    expect(es.howWeHelp).toMatch(/^Ayudamos a las pequeñas empresas/)
    expect(es.ctaLabel).toBe('Reserve una llamada de revisión gratis')
    expect(warnings).toEqual([])
  })

  it('says so when translations is not an object', () => {
    const { branding } = parse({ translations: 'es' })
    expect(brandingIn(branding, 'es').warnings[0]).toBe('branding.json: "translations" must be an object such as { "es": { "howWeHelp": "…" } } (got "es"); ignored.')
  })
})
