// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createProgressStore, STORAGE_BLOCKED, STORAGE_KEY } from '../../src/storage.ts'
import { bankSkeleton as bank, loadAllSections } from '../../src/bank.ts'
import { isClearMarker, memoryStorage } from '../support/memory-storage.ts'
import { storeHarness } from '../support/store-harness.ts'
import { usePlan } from '../../src/composables/usePlan.ts'
import { toRef } from 'vue'
import { en } from '../../src/i18n/messages.ts'
import type { StorageNotice } from '../../src/core/notice.ts'

/** A notice in the English words the owner reads. */
const say = (n: StorageNotice | null): string | null => (n === null ? null : en.questionnaire.notice(n))


// The store runs on the real bank (served by the Vite plugin); these tests use its first questions.
const first = bank.sections[0]?.questions[0]
const option = first?.options[0]

const harness = storeHarness()
const reload = harness.reload

describe('useAssessmentStore', () => {
  it('saves each answer at once, and a reload resumes with nothing lost', () => {
    if (!first || !option) throw new Error('the bank has no questions')
    const store = reload()
    store.answer(first.id, option.id)
    store.moveTo('detection-speed')
    expect(harness.storage().data.has(STORAGE_KEY)).toBe(true)
    const again = reload()
    expect(again.answers).toEqual({ [first.id]: option.id })
    expect(again.position).toBe('detection-speed')
    expect(again.started).toBe(true)
  })

  it('replaces the answers object rather than mutating it', () => {
    if (!first || !option) throw new Error('the bank has no questions')
    const store = reload()
    const before = store.answers
    store.answer(first.id, option.id)
    expect(store.answers).not.toBe(before)
    expect(before).toEqual({})
  })

  it('computes results from the answers, and usePlan the plan, which fills in as the words load', async () => {
    const store = reload()
    const { plan, fixFirst } = usePlan(toRef(store, 'answers'))
    expect(store.results.overall.score).toBeNull()
    const isZero = (o: { notSure: boolean }): boolean => !o.notSure && 'score' in o && o.score === 0
    const scored = bank.sections.flatMap((s) => s.questions).find((q) => q.kind === 'scored' && q.showIf === undefined && q.options.some(isZero))
    const worst = scored?.options.find(isZero)
    if (!scored || !worst) throw new Error('the bank has no unconditional scored question with a 0 option')
    store.answer(scored.id, worst.id)
    expect(store.results.overall.score).toBe(0)
    // Before the actions arrive there is no plan (and so no "no actions" summary), not an empty one.
    expect(plan.value).toBeNull()
    expect(fixFirst.value).toBeNull()
    await loadAllSections()
    expect(plan.value?.items.map((i) => i.question.id)).toEqual([scored.id])
    expect(plan.value?.items[0]?.action.do.length).toBeGreaterThan(10)
    expect(fixFirst.value?.map((i) => i.question.id)).toEqual([scored.id])
  })

  it('start over clears the answers and the stored copy', () => {
    if (!first || !option) throw new Error('the bank has no questions')
    const store = reload()
    store.answer(first.id, option.id)
    store.startOver()
    expect(store.answers).toEqual({})
    expect(store.started).toBe(false)
    expect([...harness.storage().data.keys()]).toEqual([STORAGE_KEY])
    expect(isClearMarker(harness.storage().data.get(STORAGE_KEY))).toBe(true)
    expect(reload().answers).toEqual({})
  })

  it('keeps working in memory when storage fails, and tells the owner', () => {
    if (!first || !option) throw new Error('the bank has no questions')
    const store = reload(createProgressStore(() => memoryStorage({ set: true }), bank))
    expect(store.notice).toBeNull()
    store.answer(first.id, option.id)
    expect(store.answers).toEqual({ [first.id]: option.id })
    expect(store.persistent).toBe(false)
    expect(store.notice).toBe(STORAGE_BLOCKED)
    store.dismissNotice()
    expect(store.notice).toBeNull()
  })

  it('loads with a notice, never an error, when stored progress is corrupt', () => {
    harness.storage().data.set(STORAGE_KEY, '{not json')
    const store = reload()
    expect(store.answers).toEqual({})
    expect(say(store.notice)).toMatch(/could not be used/)
  })
})
