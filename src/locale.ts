/**
 * The language on show: which one, its words, and the one way to change it. Created in main.ts
 * before the app mounts (so a Spanish owner never sees an English flash) and provided as `LOCALE`;
 * components read their words through `useMessages` (src/composables/useMessages.ts).
 *
 * A language's words come in two parts, both lazy chunks for any language but English: the
 * dictionary (src/i18n/<lang>/) and the question bank's words (`useBankLanguage`). A switch fetches
 * what the screen needs in the new language first and then changes everything at once: the words,
 * `<html lang>` (so screen readers change voice), the page title and the MSP's own texts. Answers are
 * ids, so nothing else changes.
 */
import { shallowRef, type InjectionKey, type Ref } from 'vue'
import type { Language } from './i18n/languages.ts'
import type { Messages } from './i18n/types.ts'
import { LANGUAGE_CHUNKS } from './i18n/chunks.ts'
import { app as englishApp } from './i18n/en/app.ts'
import { useBankLanguage } from './bank.ts'
import type { Branding } from './branding/parse.ts'

export interface Locale {
  readonly language: Readonly<Ref<Language>>
  /** What the MSP allows, in their order (branding.json's `languages`). */
  readonly allowed: readonly Language[]
  /** Every word in the language on show; null for English, whose words come with the screens that show them. */
  readonly messages: Readonly<Ref<Messages | null>>
  /**
   * The owner's choice: fetches the words of `lang` (the dictionary, and the bank's words `need`s:
   * some sections, or 'all' on the results), switches, and keeps the choice with the saved
   * progress. Resolves false, changing nothing, when the words cannot be fetched.
   */
  choose(lang: Language, need?: readonly string[] | 'all'): Promise<boolean>
}

export const LOCALE: InjectionKey<Locale> = Symbol('locale')

export interface LocaleOptions {
  readonly allowed: readonly Language[]
  /** The branding as written; `shown` (provided to the app) is kept equal to it in the language on show. */
  readonly branding: Branding
  readonly shown: Branding
  /** Keeps the owner's choice (the progress store's `setLanguage`). */
  readonly keep: (lang: Language) => void
  readonly root: Document
}

/**
 * A locale showing `first` (already chosen by `chooseLanguage`): its words are fetched before this
 * resolves. If they cannot be (offline after a deploy), English is shown instead, with a warning.
 */
export async function createLocale(first: Language, options: LocaleOptions): Promise<Locale> {
  const language = shallowRef<Language>('en')
  const messages = shallowRef<Messages | null>(null)

  /** The branding's checks of `translations`, said once per language. */
  const warned = new Set<Language>()
  const show = (lang: Language, words: Messages | null, branding: Branding): void => {
    language.value = lang
    messages.value = words
    const app = words?.app ?? englishApp
    options.root.documentElement.lang = app.htmlLang
    options.root.title = app.title
    Object.assign(options.shown, branding)
  }

  /** Fetches the words of `lang` (the dictionary, the bank's words, the MSP's texts); rejects when they cannot be fetched. */
  const fetchWords = async (lang: Language, need: readonly string[] | 'all'): Promise<[Messages | null, Branding]> => {
    if (lang === 'en') {
      await useBankLanguage(lang, need)
      return [null, options.branding]
    }
    const [words, translate] = await Promise.all([LANGUAGE_CHUNKS[lang](), import('./branding/translate.ts'), useBankLanguage(lang, need)])
    const { branding, warnings } = translate.brandingIn(options.branding, lang)
    if (!warned.has(lang)) warnings.forEach((w) => console.warn(w))
    warned.add(lang)
    return [words, branding]
  }

  const switchTo = async (lang: Language, need: readonly string[] | 'all'): Promise<boolean> => {
    try {
      show(lang, ...(await fetchWords(lang, need)))
      return true
    } catch (error) {
      console.warn(`The words in "${lang}" could not be loaded:`, error)
      return false
    }
  }

  const locale: Locale = {
    language,
    allowed: options.allowed,
    messages,
    async choose(lang, need = []) {
      if (lang === language.value) return true
      const ok = await switchTo(lang, need)
      if (ok) options.keep(lang)
      return ok
    },
  }
  show('en', null, options.branding)
  // English needs nothing fetched; another language that cannot be fetched leaves English on show.
  await switchTo(first, [])
  return locale
}
