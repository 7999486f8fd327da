/**
 * The words the first screen shows only after something happened (a notice about saved progress,
 * a file refused or loaded): they are in the questionnaire's part of the dictionary, whose English
 * comes with the questionnaire's chunk (fetched as soon as the welcome page is up), so the first
 * load does not carry them. Null for the moment it takes that chunk to arrive; in another language
 * they are already here (its dictionary is one chunk).
 */
import { computed, shallowRef, type ComputedRef } from 'vue'
import type { QuestionnaireMessages } from '../i18n/types.ts'
import { useLocale } from './useMessages.ts'

/** The English words once fetched: one per page, like the module cache it mirrors. */
const english = shallowRef<QuestionnaireMessages | null>(null)
let fetching: Promise<void> | null = null

export function useLaterMessages(): ComputedRef<QuestionnaireMessages | null> {
  const locale = useLocale()
  fetching ??= import('../i18n/en/questionnaire.ts').then(
    (m) => void (english.value = m.questionnaire),
    () => void (fetching = null),
  )
  return computed(() => locale?.messages.value?.questionnaire ?? english.value)
}
