/**
 * The languages the app speaks and the one rule that picks one. Pure: no Vue, no DOM; the
 * browser's list, the saved choice and the embed's `data-lang` are handed in.
 */

/** Every language with a dictionary (src/i18n/<lang>/) and a question bank (questions/<lang>/), English first. */
export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language's name in itself, as the language switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' }

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l === value)
}

/** The language of a BCP 47 tag by its primary subtag (`es-MX` → `es`), if the app has it. */
export function languageOf(tag: unknown): Language | undefined {
  if (typeof tag !== 'string') return undefined
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLanguage(primary) ? primary : undefined
}

export interface LanguageChoice {
  /** What the MSP allows (branding.json's `languages`), in their order; never empty. */
  readonly allowed: readonly Language[]
  /** branding.json's `defaultLanguage` (one of `allowed`). */
  readonly fallback: Language
  /** The owner's own choice, kept with the saved progress (any string: it is checked here). */
  readonly saved?: string | null
  /** The host page's wish: the embed's `data-lang`, as `?lang=` in the frame's address (unchecked). */
  readonly requested?: string | null
  /** The browser's preferences, best first (`navigator.languages`). */
  readonly browser?: readonly string[]
}

/**
 * The language to show: the owner's saved choice, else the host page's `data-lang`, else the first
 * of the browser's languages the MSP allows (by primary subtag: es-MX, es-419 → es), else the MSP's
 * default. Anything not allowed is passed over, so a crafted `?lang=` can only pick among the
 * allowed languages. Never throws.
 */
export function chooseLanguage(choice: LanguageChoice): Language {
  const allowed = (tag: unknown): Language | undefined => {
    const lang = languageOf(tag)
    return lang !== undefined && choice.allowed.includes(lang) ? lang : undefined
  }
  return allowed(choice.saved) ?? allowed(choice.requested) ?? (choice.browser ?? []).map(allowed).find((l) => l !== undefined) ?? choice.fallback
}
