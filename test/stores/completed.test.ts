// @vitest-environment happy-dom
/**
 * The host's `completed` event is sent once per assessment (`markCompleted`): not again on a
 * reload, a later visit to the results or in another tab; again after "start over" or a loaded
 * answers file, which start a new assessment.
 */
import { describe, expect, it } from 'vitest'
import { createProgressStore, STORAGE_KEY } from '../../src/storage.ts'
import { bankSkeleton as bank } from '../../src/bank.ts'
import { memoryStorage } from '../support/memory-storage.ts'
import { storeHarness } from '../support/store-harness.ts'

const harness = storeHarness()
const reload = harness.reload
const scored = bank.sections.flatMap((s) => s.questions).find((q) => q.kind === 'scored' && q.showIf === undefined)
const option = scored?.options[0]

function answered(store = reload()): ReturnType<typeof reload> {
  if (!scored || !option) throw new Error('the bank has no unconditional scored question')
  store.answer(scored.id, option.id)
  return store
}

describe('markCompleted', () => {
  it('is true the first time the results show a score, then false: on a revisit and after a reload', () => {
    const store = answered()
    expect(store.markCompleted()).toBe(true)
    expect(store.markCompleted()).toBe(false)
    expect(JSON.parse(harness.storage().data.get(STORAGE_KEY) ?? '{}')).toMatchObject({ completedAt: expect.any(Number) as number })
    expect(reload().markCompleted()).toBe(false)
  })

  it('stays false after a changed answer: the same assessment', () => {
    const store = answered()
    expect(store.markCompleted()).toBe(true)
    const other = scored?.options[1]
    if (!scored || !other) throw new Error('the question has one option')
    store.answer(scored.id, other.id)
    expect(reload().markCompleted()).toBe(false)
  })

  it('records nothing while there is no score, so the first scored showing counts', () => {
    const store = reload()
    expect(store.markCompleted()).toBe(false)
    expect(harness.storage().data.has(STORAGE_KEY)).toBe(false)
    answered(store)
    expect(store.markCompleted()).toBe(true)
  })

  it('is true again after "start over" and after loading an answers file: each is a new assessment', () => {
    if (!scored || !option) throw new Error('the bank has no unconditional scored question')
    const store = answered()
    expect(store.markCompleted()).toBe(true)
    store.startOver()
    answered(store)
    expect(store.markCompleted()).toBe(true)
    store.replaceAnswers({ [scored.id]: option.id }, '')
    expect(reload().markCompleted()).toBe(true)
  })

  it('is false in a tab whose assessment another tab has already completed', () => {
    const a = answered()
    const b = reload()
    expect(a.markCompleted()).toBe(true)
    // No storage event delivered: b still learns it when it reads what is stored.
    expect(b.markCompleted()).toBe(false)
  })

  it('works in memory when storage refuses: true once in this page', () => {
    const store = answered(reload(createProgressStore(() => memoryStorage({ set: true }), bank)))
    expect(store.markCompleted()).toBe(true)
    expect(store.markCompleted()).toBe(false)
  })
})
