/**
 * The assessment store: the owner's answers and where they are. Scores and the plan are computed
 * from the pure core, never stored. Every change is saved at once; storage failures are reported
 * through `notice` and the store keeps working in memory.
 */
import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { bank, bankSkeleton } from '../questions.ts'
import { type Answers } from '../core/answers.ts'
import { cleanBusinessName } from '../core/answers-file.ts'
import { scoreAssessment } from '../core/scoring.ts'
import { derivePlan } from '../core/plan.ts'
import { createProgressStore, STORAGE_BLOCKED, type ProgressStore } from '../storage.ts'

/** Overridable in tests: where progress is kept. */
export const storageProvider: { create: () => ProgressStore } = {
  create: () => createProgressStore(() => window.localStorage, bankSkeleton),
}

export const useAssessmentStore = defineStore('assessment', () => {
  const storage = storageProvider.create()
  const loaded = storage.load()
  const answers = ref<Answers>(loaded.progress.answers)
  const position = ref<string | null>(loaded.progress.position)
  /** The business name for the PDF (optional): trimmed, at most 100 characters, '' when not given. */
  const businessName = ref<string>(loaded.progress.businessName ?? '')
  const notice = ref<string | null>(loaded.notice)
  const persistent = ref(storage.persistent)

  const results = computed(() => scoreAssessment(bank.value, answers.value))
  /** Complete once every section's words are loaded (actions come with the words). */
  const plan = computed(() => derivePlan(bank.value, answers.value))
  const started = computed(() => Object.keys(answers.value).length > 0 || position.value !== null)

  function save(): void {
    const ok = storage.save({ answers: answers.value, position: position.value, businessName: businessName.value })
    if (!ok && persistent.value) notice.value = STORAGE_BLOCKED
    persistent.value = ok
  }

  /** Records an answer (replacing the answers object, never mutating it) and saves. */
  function answer(questionId: string, optionId: string): void {
    answers.value = { ...answers.value, [questionId]: optionId }
    save()
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

  /** Replaces every answer and the business name with loaded ones (already checked) and saves. */
  function replaceAnswers(loadedAnswers: Answers, name: string): void {
    answers.value = { ...loadedAnswers }
    businessName.value = cleanBusinessName(name)
    position.value = null
    save()
  }

  /** Clears every answer and everything this app stored. */
  function startOver(): void {
    answers.value = {}
    position.value = null
    businessName.value = ''
    storage.clear()
  }

  function dismissNotice(): void {
    notice.value = null
  }

  return { answers, position, businessName, notice, persistent, results, plan, started, answer, moveTo, setBusinessName, replaceAnswers, startOver, dismissNotice }
})
