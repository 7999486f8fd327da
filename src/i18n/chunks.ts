/**
 * Where each language but English lives in the build: one lazy chunk each (src/i18n/<lang>/index.ts),
 * fetched only when that language is chosen. Adding a language adds a line here.
 */
import type { Language } from './languages.ts'
import type { Messages } from './types.ts'

export const LANGUAGE_CHUNKS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  es: () => import('./es/index.ts').then((m) => m.es),
}
