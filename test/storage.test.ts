import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createProgressStore, decodeProgress, encodeProgress, ENVELOPE_VERSION, MAX_AGE_DAYS, STORAGE_BLOCKED, STORAGE_KEY } from '../src/storage.ts'
import { buildBank } from './support/fixture-bank.ts'
import { isClearMarker, memoryStorage } from './support/memory-storage.ts'
import { en } from '../src/i18n/messages.ts'
import type { StorageNotice } from '../src/core/notice.ts'

/** A notice in the English words the owner reads. */
const say = (n: StorageNotice | null): string | null => (n === null ? null : en.questionnaire.notice(n))

const bank = buildBank()
const now = new Date('2026-11-24T12:00:00Z')
const envelope = (fields: Record<string, unknown>): string => JSON.stringify({ version: ENVELOPE_VERSION, savedAt: now.toISOString(), answers: {}, position: null, ...fields })

describe('decodeProgress', () => {
  it('round-trips answers and position', () => {
    const progress = { answers: { alerts: 'yes', gate: 'portal' }, position: 'detect' }
    expect(decodeProgress(encodeProgress(progress, now), bank, now)).toEqual({ progress, notice: null })
  })

  it('starts empty and silent when nothing is stored', () => {
    expect(decodeProgress(null, bank, now)).toEqual({ progress: { answers: {}, position: null }, notice: null })
  })

  it.each([
    ['corrupt JSON', '{"version":1,'],
    ['a bare value', '42'],
    ['wrong types', JSON.stringify({ version: ENVELOPE_VERSION, savedAt: now.toISOString(), answers: ['alerts'] })],
    ['a missing date', JSON.stringify({ version: ENVELOPE_VERSION, answers: {} })],
    ['a future version', envelope({ version: ENVELOPE_VERSION + 1, answers: { alerts: 'yes' } })],
  ])('discards %s with a notice', (_name, raw) => {
    const loaded = decodeProgress(raw, bank, now)
    expect(loaded.progress.answers).toEqual({})
    expect(say(loaded.notice)).toMatch(/could not be used/)
  })

  it('keeps valid answers and says how many were dropped', () => {
    const loaded = decodeProgress(envelope({ answers: { alerts: 'yes', logs: 'gone', removed: 'x' }, position: 'nowhere' }), bank, now)
    expect(loaded.progress).toEqual({ answers: { alerts: 'yes' }, position: null })
    expect(say(loaded.notice)).toMatch(/^2 saved answers no longer matched/)
  })

  it(`removes answers older than ${MAX_AGE_DAYS} days`, () => {
    const old = new Date(now.getTime() - (MAX_AGE_DAYS + 1) * 86_400_000)
    const loaded = decodeProgress(envelope({ savedAt: old.toISOString(), answers: { alerts: 'yes' } }), bank, now)
    expect(loaded.progress.answers).toEqual({})
    expect(say(loaded.notice)).toMatch(/older than 90 days/)
  })

  it('loads any string whatsoever without throwing, into valid progress', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, savedAt: now.toISOString(), answers: v }))), (raw) => {
        const { progress } = decodeProgress(raw, bank, now)
        for (const [q, o] of Object.entries(progress.answers)) {
          expect(bank.sections.some((s) => s.questions.some((x) => x.id === q && x.options.some((y) => y.id === o)))).toBe(true)
        }
      }),
    )
  })
})

describe('createProgressStore', () => {
  it('saves to and loads from storage under one key', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage, bank, () => now)
    expect(store.save({ answers: { alerts: 'no' }, position: 'detect' })).toBe(true)
    expect([...storage.data.keys()]).toEqual([STORAGE_KEY])
    expect(createProgressStore(() => storage, bank, () => now).load().progress).toEqual({ answers: { alerts: 'no' }, position: 'detect' })
  })

  it('runs in memory when storage access throws, and says so', () => {
    const store = createProgressStore(() => {
      throw new DOMException('denied', 'SecurityError')
    }, bank)
    expect(store.persistent).toBe(false)
    expect(store.load()).toEqual({ progress: { answers: {}, position: null }, notice: STORAGE_BLOCKED })
    expect(store.save({ answers: { alerts: 'no' }, position: null })).toBe(false)
    expect(() => store.clear()).not.toThrow()
  })

  it('reports failure when reading or writing throws', () => {
    expect(createProgressStore(() => memoryStorage({ get: true }), bank).load().notice).toBe(STORAGE_BLOCKED)
    const full = createProgressStore(() => memoryStorage({ set: true }), bank)
    expect(full.save({ answers: {}, position: null })).toBe(false)
    expect(full.persistent).toBe(false)
  })

  it('clears what it stored', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage, bank)
    store.save({ answers: { alerts: 'no' }, position: null })
    store.clear()
    expect([...storage.data.keys()]).toEqual([STORAGE_KEY])
    expect(isClearMarker(storage.data.get(STORAGE_KEY))).toBe(true)
  })
})
