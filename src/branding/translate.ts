/**
 * The MSP's texts in another language: branding.json's `translations`, checked field by field
 * like the fields they translate, and the shipped placeholder's own texts in each language (so an
 * unbranded copy reads in Spanish too). Loaded with another language's words (src/locale.ts), never
 * with the English first screen. Pure.
 */
import { DEFAULT_BRANDING, show, text, type Branding } from './parse.ts'
import { isRecord } from '../core/records.ts'
import type { Language } from '../i18n/languages.ts'

/** The branding texts an MSP may give per language. */
export const TRANSLATED_FIELDS = ['name', 'howWeHelp', 'ctaLabel', 'consentText'] as const
type TranslatedField = (typeof TRANSLATED_FIELDS)[number]
export type BrandingWords = Readonly<Partial<Record<TranslatedField, string>>>

const RULES: Readonly<Record<TranslatedField, ReturnType<typeof text>>> = { name: text(80), howWeHelp: text(400), ctaLabel: text(40), consentText: text(400) }

/** The shipped placeholder's texts (DEFAULT_BRANDING, public/branding.json) in each language but English. */
const PLACEHOLDER: Readonly<Partial<Record<Language, BrandingWords>>> = {
  es: {
    name: 'Su proveedor de TI (ejemplo)',
    howWeHelp: 'Ayudamos a las pequeñas empresas a poner estas protecciones en marcha, a mantenerlas funcionando y a responder rápido cuando algo sale mal.',
    ctaLabel: 'Reserve una llamada de revisión gratis',
  },
}

/**
 * The texts `translations` gives for `lang`, checked: a text that breaks its field's rule, an
 * unknown field or a value that is not an object is left out with a warning (the text as written
 * in English is shown instead), and so is each text a reader in `lang` would miss.
 */
export function translationsFor(raw: unknown, lang: Language, branding: Branding): { words: BrandingWords; warnings: string[] } {
  const warnings: string[] = []
  const warn = (field: string, problem: string): void => void warnings.push(`branding.json: "translations.${lang}${field}" ${problem}.`)
  const given = isRecord(raw) ? raw[lang] : undefined
  if (raw !== undefined && !isRecord(raw)) warnings.push(`branding.json: "translations" must be an object such as { "${lang}": { "howWeHelp": "…" } } (got ${show(raw)}); ignored.`)
  else if (given !== undefined && !isRecord(given)) warn('', `must be an object of texts (got ${show(given)}); ignored`)
  const words: Partial<Record<TranslatedField, string>> = {}
  for (const [field, value] of Object.entries(isRecord(given) ? given : {})) {
    const rule = TRANSLATED_FIELDS.find((f) => f === field)
    if (rule === undefined) {
      if (!field.startsWith('_')) warn(`.${field}`, `is not one of ${TRANSLATED_FIELDS.map((f) => `"${f}"`).join(', ')}; ignored`)
      continue
    }
    const clean = RULES[rule](value)
    if (clean === undefined) warn(`.${field}`, `must be text like "${field}" itself (got ${show(value)}); ignored`)
    else words[rule] = clean
  }
  // The placeholder's texts have their translation built in; the MSP's own need one.
  const placeholder = PLACEHOLDER[lang] ?? {}
  for (const field of TRANSLATED_FIELDS) {
    const english = field === 'consentText' ? (branding.leadCapture?.consentText ?? '') : branding[field]
    if (words[field] !== undefined || english === '') continue
    const built = field === 'consentText' || english !== DEFAULT_BRANDING[field] ? undefined : placeholder[field]
    if (built !== undefined) words[field] = built
    else if (field !== 'name') warn(`.${field}`, `is missing, so readers in "${lang}" see the English text`)
  }
  return { words, warnings }
}

/**
 * The branding as a reader in `lang` sees it: the MSP's texts in that language where
 * `translations` gives them, the shipped placeholder's own translation, or else as written; with
 * the warnings about `translations`. English: the branding as it is.
 */
export function brandingIn(branding: Branding, lang: Language): { branding: Branding; warnings: string[] } {
  if (lang === 'en') return { branding, warnings: [] }
  const { words, warnings } = translationsFor(branding.translations, lang, branding)
  const capture = branding.leadCapture
  return {
    branding: {
      ...branding,
      name: words.name ?? branding.name,
      howWeHelp: words.howWeHelp ?? branding.howWeHelp,
      ctaLabel: words.ctaLabel ?? branding.ctaLabel,
      leadCapture: capture === null || words.consentText === undefined ? capture : { ...capture, consentText: words.consentText },
    },
    warnings,
  }
}
