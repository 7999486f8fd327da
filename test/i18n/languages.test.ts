/**
 * Which language the app shows (`chooseLanguage`): the owner's saved choice, else the host page's
 * `data-lang`, else the first of the browser's languages the MSP allows (by primary subtag), else
 * the MSP's default; never one the MSP does not allow, whatever the inputs.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chooseLanguage, isLanguage, languageOf, LANGUAGES, type Language } from '../../src/i18n/languages.ts'

const both: readonly Language[] = ['en', 'es']

describe('languageOf', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['ES_us', 'es'],
    [' en-GB ', 'en'],
    ['fr-FR', undefined],
    ['', undefined],
    ['spanish', undefined],
    [42, undefined],
    [null, undefined],
  ])('reads %j as %j', (tag, lang) => {
    expect(languageOf(tag)).toBe(lang)
  })
})

describe('chooseLanguage', () => {
  it.each<[string, Parameters<typeof chooseLanguage>[0], Language]>([
    ['English only: always English, whatever the browser, saved choice or page says', { allowed: ['en'], fallback: 'en', saved: 'es', requested: 'es', browser: ['es-MX'] }, 'en'],
    ['a Spanish browser on a copy that allows Spanish', { allowed: both, fallback: 'en', browser: ['es-MX', 'es', 'en-US'] }, 'es'],
    ['the first allowed of the browser list wins, not the first of the list', { allowed: both, fallback: 'en', browser: ['fr-FR', 'es-419', 'en'] }, 'es'],
    ['an English browser stays English', { allowed: both, fallback: 'en', browser: ['en-US', 'es'] }, 'en'],
    ['no allowed browser language: the MSP default', { allowed: both, fallback: 'es', browser: ['fr-FR', 'de'] }, 'es'],
    ['no browser list at all: the MSP default', { allowed: both, fallback: 'en' }, 'en'],
    ["the page's data-lang beats the browser", { allowed: both, fallback: 'en', requested: 'es', browser: ['en-US'] }, 'es'],
    ["data-lang with a region", { allowed: both, fallback: 'en', requested: 'es-MX', browser: ['en-US'] }, 'es'],
    ["a data-lang the MSP does not allow is passed over", { allowed: ['en'], fallback: 'en', requested: 'es', browser: ['es-MX'] }, 'en'],
    ['a crafted data-lang is passed over', { allowed: both, fallback: 'en', requested: '"><script>', browser: ['es'] }, 'es'],
    ["the owner's saved choice beats data-lang and the browser", { allowed: both, fallback: 'es', saved: 'en', requested: 'es', browser: ['es-MX'] }, 'en'],
    ['a saved choice the MSP no longer allows is passed over', { allowed: ['en'], fallback: 'en', saved: 'es', browser: ['es-MX'] }, 'en'],
    ['a damaged saved choice is passed over', { allowed: both, fallback: 'en', saved: 'xx', browser: ['es'] }, 'es'],
    ['Spanish only: Spanish for an English browser', { allowed: ['es'], fallback: 'es', browser: ['en-US'] }, 'es'],
  ])('%s', (_name, choice, expected) => {
    expect(chooseLanguage(choice)).toBe(expected)
  })

  it('never picks a language the MSP does not allow, for any inputs', () => {
    const lang = fc.constantFrom<Language>(...LANGUAGES)
    const tag = fc.oneof(fc.string(), fc.constantFrom('es', 'es-MX', 'en', 'en-GB', 'fr', 'ES', 'es_419'))
    fc.assert(
      fc.property(fc.uniqueArray(lang, { minLength: 1 }), fc.option(tag), fc.option(tag), fc.array(tag), (allowed, saved, requested, browser) => {
        const fallback = allowed[0] ?? 'en'
        const chosen = chooseLanguage({ allowed, fallback, saved, requested, browser })
        expect(isLanguage(chosen) && allowed.includes(chosen)).toBe(true)
      }),
    )
  })
})
