/**
 * The questionnaire's and the emergency page's words, in the language on show; English when no
 * locale is provided. Only those screens import this module, so their English words travel with
 * them, not with the first load.
 */
import { computed, inject, type ComputedRef } from 'vue'
import type { QuestionnaireMessages } from '../i18n/types.ts'
import { questionnaire as english } from '../i18n/en/questionnaire.ts'
import { LOCALE } from '../locale.ts'

export function useQuestionnaireMessages(): ComputedRef<QuestionnaireMessages> {
  const locale = inject(LOCALE, null)
  return computed(() => locale?.messages.value?.questionnaire ?? english)
}
