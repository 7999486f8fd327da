/**
 * The words of the first screens, in the language on show, for components and views:
 * `const m = useMessages()`, then `{{ m.welcome.start }}` in the template. English when no
 * locale is provided (component tests mount without one). The results' words are
 * `useResultsMessages` (its own module, so their English stays out of the first load).
 */
import { computed, inject, type ComputedRef } from 'vue'
import type { AppMessages } from '../i18n/types.ts'
import { app as english } from '../i18n/en/app.ts'
import { LOCALE, type Locale } from '../locale.ts'

/** The locale provided to the app, or null (component tests). */
export function useLocale(): Locale | null {
  return inject(LOCALE, null)
}

export function useMessages(): ComputedRef<AppMessages> {
  const locale = useLocale()
  return computed(() => locale?.messages.value?.app ?? english)
}
