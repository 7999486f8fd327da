/**
 * The assessment store: the owner's answers and where they are. Scores are computed from the pure
 * core, never stored (the plan, what to fix first and the detection estimate, which only the
 * results show, are computed there: src/composables/usePlan.ts). Every change is
 * saved at once; storage failures are reported through `notice` and the store keeps working in
 * memory. Storage is provided to the app (`PROGRESS_STORE`), never reached for globally. Every save
 * is merged with what other tabs stored, and their changes show up here live (`storage.watch`).
 */
import { computed, inject, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { bank, fullBank } from '../bank.ts'
import { type Answers } from '../core/answers.ts'
import { cleanBusinessName } from '../core/business-name.ts'
import { scoreAssessment } from '../core/scoring.ts'
import { PROGRESS_STORE, STORAGE_BLOCKED, type ProgressStore } from '../storage.ts'
import type { StorageNotice } from '../core/notice.ts'

export const useAssessmentStore = defineStore('assessment', () => {
  const provided = inject(PROGRESS_STORE)
  if (provided === undefined) throw new Error('The assessment store needs storage: app.provide(PROGRESS_STORE, createProgressStore(…)) before using it.')
  const storage: ProgressStore = provided
  const loaded = storage.load()
  const answers = ref<Answers>(loaded.progress.answers)
  const position = ref<string | null>(loaded.progress.position)
  /** The business name for the PDF (optional): trimmed, at most 100 characters, '' when not given. */
  const businessName = ref<string>(loaded.progress.businessName ?? '')
  /** What to tell the owner about their saved progress; the shell puts it into words in the language on show. */
  const notice = shallowRef<StorageNotice | null>(loaded.notice)
  const persistent = ref(storage.persistent)
  // Another tab's answers (or its "start over") arrive here, merged: newest answer per question wins.
  storage.watch((merged) => {
    answers.value = merged.answers
    position.value = merged.position
    businessName.value = merged.businessName ?? ''
  })

  /** On the skeleton at first; on the whole bank once it is here, so knowledge gaps carry their find-out actions. */
  const results = computed(() => scoreAssessment(fullBank.value ?? bank.value, answers.value))
  const started = computed(() => Object.keys(answers.value).length > 0 || position.value !== null)

  /** Saves (`answered`: the question just answered; `clear`: clears, then keeps what is on screen); a refusal turns on the notice. */
  function save(answered?: string, clear = false): void {
    const progress = { answers: answers.value, position: position.value, businessName: businessName.value }
    const ok = clear ? storage.clear(progress) : storage.save(progress, answered)
    if (!ok && persistent.value) notice.value = STORAGE_BLOCKED
    persistent.value = ok
  }

  /** Records an answer (replacing the answers object, never mutating it) and saves. */
  function answer(questionId: string, optionId: string): void {
    answers.value = { ...answers.value, [questionId]: optionId }
    save(questionId)
  }

  /** Remembers where the owner is (a section id or "results"), so a later visit can resume. */
  function moveTo(where: string): void {
    if (position.value === where) return
    position.value = where
    save()
  }

  /** Sets the business name printed on the PDF (trimmed, cut to 100 characters) and saves. */
  function setBusinessName(name: string): void {
    const clean = cleanBusinessName(name)
    if (clean === businessName.value) return
    businessName.value = clean
    save()
  }

  /** Replaces every answer and the business name with loaded ones (already checked) and saves: a clear, then these answers, so other tabs' older answers go too. */
  function replaceAnswers(loadedAnswers: Answers, name: string): void {
    answers.value = { ...loadedAnswers }
    businessName.value = cleanBusinessName(name)
    position.value = null
    save(undefined, true)
  }

  /** Clears every answer and everything this app stored, leaving a marker so other open tabs clear too. */
  function startOver(): void {
    answers.value = {}
    position.value = null
    businessName.value = ''
    storage.clear()
  }

  /**
   * True the first time the results of this assessment are shown with a score (and records it),
   * false on every later showing, reload or other tab, until "start over" or a loaded answers file
   * starts a new assessment: the host's `completed` event is sent once per assessment.
   */
  function markCompleted(): boolean {
    return results.value.overall.score !== null && storage.markCompleted()
  }

  function dismissNotice(): void {
    notice.value = null
  }

  return { answers, position, businessName, notice, persistent, results, started, answer, moveTo, setBusinessName, replaceAnswers, startOver, markCompleted, dismissNotice }
})
