/**
 * The results' words (the page, the CSV, the email, the lead form), in the language on show;
 * English when no locale is provided. Only the results' components import this module, so the
 * English results words travel with the results page, not the first load.
 */
import { computed, inject, type ComputedRef } from 'vue'
import type { ResultsMessages } from '../i18n/types.ts'
import { results as english } from '../i18n/en/results.ts'
import { LOCALE } from '../locale.ts'

export function useResultsMessages(): ComputedRef<ResultsMessages> {
  const locale = inject(LOCALE, null)
  return computed(() => locale?.messages.value?.results ?? english)
}
