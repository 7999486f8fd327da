// @vitest-environment happy-dom
/**
 * The store over bad or failing storage: it always starts, keeps every valid answer, tells the
 * owner what happened through `notice`, and "start over" leaves none of the app's keys behind.
 */
import { describe, expect, it } from 'vitest'
import { createProgressStore, STORAGE_BLOCKED, STORAGE_KEY } from '../../src/storage.ts'
import { bankSkeleton as bank } from '../../src/bank.ts'
import { isClearMarker, memoryStorage } from '../support/memory-storage.ts'
import { storeHarness } from '../support/store-harness.ts'
import { en } from '../../src/i18n/messages.ts'
import type { StorageNotice } from '../../src/core/notice.ts'

/** A notice in the English words the owner reads. */
const say = (n: StorageNotice | null): string | null => (n === null ? null : en.questionnaire.notice(n))


const harness = storeHarness()
const questions = bank.sections.flatMap((s) => s.questions)
const [q1, q2] = questions
const valid = (q: (typeof questions)[number] | undefined): [string, string] => {
  const option = q?.options[0]
  if (q === undefined || option === undefined) throw new Error('the bank has too few questions')
  return [q.id, option.id]
}
const envelope = (fields: Record<string, unknown>): string => JSON.stringify({ version: 1, savedAt: new Date().toISOString(), answers: {}, position: null, ...fields })

describe('the store over bad saved progress', () => {
  it('keeps the valid answers of an old envelope, drops the rest, and says how many', () => {
    const [a, b] = [valid(q1), valid(q2)]
    harness.storage().data.set(STORAGE_KEY, envelope({ answers: { [a[0]]: a[1], [b[0]]: b[1], gone: 'x', [a[0] + '-old']: 'y' }, position: bank.sections[1]?.id }))
    const store = harness.reload()
    expect(store.answers).toEqual({ [a[0]]: a[1], [b[0]]: b[1] })
    expect(store.position).toBe(bank.sections[1]?.id)
    expect(say(store.notice)).toBe('2 saved answers no longer matched a question and were removed. Your other answers are kept.')
  })

  it.each([
    ['corrupt JSON', '{"version":1,"answers":'],
    ['a future version', envelope({ version: 42 })],
    ['wrong types', envelope({ answers: 'all of them' })],
  ])('starts fresh with a notice on %s, and works', (_name, raw) => {
    harness.storage().data.set(STORAGE_KEY, raw)
    const store = harness.reload()
    expect(store.answers).toEqual({})
    expect(say(store.notice)).toMatch(/could not be used/)
    store.answer(...valid(q1))
    expect(harness.reload().answers).toEqual(Object.fromEntries([valid(q1)]))
  })

  it('deletes expired answers from storage when it loads them', () => {
    harness.storage().data.set(STORAGE_KEY, envelope({ savedAt: new Date(Date.now() - 100 * 86_400_000).toISOString(), answers: Object.fromEntries([valid(q1)]) }))
    const store = harness.reload()
    expect(store.answers).toEqual({})
    expect(say(store.notice)).toMatch(/older than 90 days/)
    expect(harness.storage().data.has(STORAGE_KEY)).toBe(false)
  })
})

describe('the store over failing storage', () => {
  it('access throws: it works in memory and says progress will not be kept', () => {
    const store = harness.reload(createProgressStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }, bank))
    expect(store.persistent).toBe(false)
    expect(store.notice).toBe(STORAGE_BLOCKED)
    store.answer(...valid(q1))
    expect(store.answers).toEqual(Object.fromEntries([valid(q1)]))
  })

  it('the disk fills up mid-way: the answers stay in memory, the owner is told once, and saving resumes when it can', () => {
    const storage = memoryStorage()
    const store = harness.reload(createProgressStore(() => storage, bank))
    store.answer(...valid(q1))
    const setItem = storage.setItem.bind(storage)
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    store.answer(...valid(q2))
    expect(store.answers).toEqual(Object.fromEntries([valid(q1), valid(q2)]))
    expect(store.persistent).toBe(false)
    expect(store.notice).toBe(STORAGE_BLOCKED)
    storage.setItem = setItem
    store.moveTo('results')
    expect(store.persistent).toBe(true)
    expect(harness.reload(createProgressStore(() => storage, bank)).answers).toEqual(Object.fromEntries([valid(q1), valid(q2)]))
  })

  it('"start over" removes every key the app wrote and nothing else', () => {
    const store = harness.reload()
    store.answer(...valid(q1))
    store.setBusinessName('Acme')
    harness.storage().data.set(`${STORAGE_KEY}-draft`, 'from an older version')
    harness.storage().data.set('another-app', 'keep me')
    store.startOver()
    expect([...harness.storage().data.keys()]).toEqual(['another-app', STORAGE_KEY])
    expect(isClearMarker(harness.storage().data.get(STORAGE_KEY))).toBe(true)
    expect(harness.reload().started).toBe(false)
  })
})
