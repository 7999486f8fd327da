/**
 * Every way saved progress can be bad, one row each: the loader never throws, keeps every answer
 * that is still valid, and says what was dropped. Then the same for storage that throws.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createProgressStore, decodeProgress, ENVELOPE_VERSION, MAX_AGE_DAYS, STORAGE_BLOCKED, STORAGE_KEY } from '../src/storage.ts'
import { buildBank } from './support/fixture-bank.ts'
import { isClearMarker, memoryStorage } from './support/memory-storage.ts'
import { en } from '../src/i18n/messages.ts'
import type { StorageNotice } from '../src/core/notice.ts'

/** A notice in the English words the owner reads. */
const say = (n: StorageNotice | null): string | null => (n === null ? null : en.questionnaire.notice(n))


const bank = buildBank()
const now = new Date('2026-11-24T12:00:00Z')
const DAY = 86_400_000
const fresh = now.toISOString()
const env = (fields: Record<string, unknown>): string => JSON.stringify({ version: ENVELOPE_VERSION, savedAt: fresh, bankVersion: bank.version, answers: { gate: 'portal', alerts: 'yes' }, position: 'detect', ...fields })
const valid = { gate: 'portal', alerts: 'yes' }
const DAMAGED = /^Saved answers were found but could not be used \(they were damaged\)/
const OTHER_VERSION = /could not be used \(they were saved by a different version of this assessment\)/
const dropped = (n: number): RegExp => new RegExp(`^${n} saved answers? no longer matched a question and (was|were) removed\\. Your other answers are kept\\.$`)

// [fault, stored text, answers kept, notice]
const faults: [string, string, Record<string, string>, RegExp | null][] = [
  ['an empty string', '', {}, DAMAGED],
  ['truncated JSON', env({}).slice(0, 40), {}, DAMAGED],
  ['the text "undefined"', 'undefined', {}, DAMAGED],
  ['a JSON string', '"hello"', {}, DAMAGED],
  ['a JSON array', '[1,2]', {}, DAMAGED],
  ['JSON null', 'null', {}, DAMAGED],
  ['a version as text', env({ version: '2' }), {}, DAMAGED],
  ['version 0', env({ version: 0 }), {}, DAMAGED],
  ['a negative version', env({ version: -1 }), {}, DAMAGED],
  ['a fractional version', env({ version: 1.5 }), {}, DAMAGED],
  ['no version', JSON.stringify({ savedAt: fresh, answers: valid }), {}, DAMAGED],
  ['the next version', env({ version: ENVELOPE_VERSION + 1 }), {}, OTHER_VERSION],
  ['a far-future version', env({ version: 999 }), {}, OTHER_VERSION],
  ['answers as a list', env({ answers: ['gate', 'portal'] }), {}, DAMAGED],
  ['answers as null', env({ answers: null }), {}, DAMAGED],
  ['answers as text', env({ answers: 'gate=portal' }), {}, DAMAGED],
  ['a save date as a number', env({ savedAt: now.getTime() }), {}, DAMAGED],
  ['a save date that is not a date', env({ savedAt: 'yesterday' }), {}, DAMAGED],
  ['a save date far in the future (it would never expire)', env({ savedAt: new Date(now.getTime() + 400 * DAY).toISOString() }), {}, DAMAGED],
  ['a position that is a number', env({ position: 3 }), valid, null],
  ['a position that is no section', env({ position: '../../etc' }), valid, null],
  ['a business name that is an object', env({ businessName: { first: 'x' } }), valid, null],
  ['an answer that is a number', env({ answers: { ...valid, limits: 1 } }), valid, dropped(1)],
  ['an answer that is an object', env({ answers: { ...valid, limits: { id: 'yes' } } }), valid, dropped(1)],
  ['an answer to a question that no longer exists', env({ answers: { ...valid, retired: 'yes' } }), valid, dropped(1)],
  ['an answer naming an option that no longer exists', env({ answers: { ...valid, limits: 'maybe' } }), valid, dropped(1)],
  ['an option id of another question', env({ answers: { ...valid, logs: 'portal' } }), valid, dropped(1)],
  ['a "__proto__" answer key', env({}).replace('"answers":{', '"answers":{"__proto__":"yes",'), valid, dropped(1)],
  ['"constructor" and "hasOwnProperty" answer keys', env({ answers: { ...valid, constructor: 'yes', hasOwnProperty: 'no' } }), valid, dropped(2)],
  ['a "__proto__" envelope key carrying the fields', `{"__proto__":${JSON.stringify({ version: ENVELOPE_VERSION, savedAt: fresh, answers: valid })}}`, {}, DAMAGED],
  ['unknown extra fields', env({ extra: 1, answersBackup: { x: 1 } }), valid, null],
  ['only stale answers', env({ answers: { old1: 'a', old2: 'b', old3: 'c' } }), {}, dropped(3)],
]

describe('decodeProgress with bad saved progress', () => {
  it(`covers ${faults.length} faults`, () => {
    expect(faults.length).toBeGreaterThanOrEqual(30)
  })

  it.each(faults)('%s: loads, keeps the valid answers and says what was dropped', (_fault, raw, kept, notice) => {
    const loaded = decodeProgress(raw, bank, now)
    expect(loaded.progress.answers).toEqual(kept)
    if (notice === null) expect(loaded.notice).toBeNull()
    else expect(say(loaded.notice)).toMatch(notice)
  })

  it('never lets a "__proto__" key reach the prototype of the answers', () => {
    const { answers } = decodeProgress('{"version":2,"savedAt":"2026-11-24T12:00:00Z","answers":{"__proto__":{"polluted":"yes"},"gate":"portal"}}', bank, now).progress
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(answers)).toEqual(['gate'])
  })

  it(`drops answers saved more than ${MAX_AGE_DAYS} days ago and keeps those saved just within`, () => {
    const at = (days: number): string => new Date(now.getTime() - days * DAY).toISOString()
    expect(decodeProgress(env({ savedAt: at(MAX_AGE_DAYS - 0.01) }), bank, now).progress.answers).toEqual(valid)
    expect(decodeProgress(env({ savedAt: at(MAX_AGE_DAYS + 0.01) }), bank, now)).toMatchObject({ progress: { answers: {} }, expired: true })
  })
})

describe('decodeProgress with random envelopes', () => {
  const known = bank.sections.flatMap((s) => s.questions.flatMap((q) => q.options.map((o) => [q.id, o.id] as const)))
  const isValidPair = (q: string, o: string): boolean => known.some(([kq, ko]) => kq === q && ko === o)
  const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue())
  const answerKey = fc.oneof(fc.constantFrom(...known.map(([q]) => q), '__proto__', 'constructor', 'toString'), fc.string())
  const answerValue = fc.oneof(fc.constantFrom(...known.map(([, o]) => o)), anything)
  const envelope = fc.record(
    {
      version: fc.oneof(fc.constantFrom(1, 2, 3, 0, -1, 1.5, '1'), anything),
      savedAt: fc.oneof(fc.constant(fresh), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), anything),
      bankVersion: fc.oneof(fc.constant(bank.version), anything),
      answers: fc.oneof(fc.dictionary(answerKey, answerValue), anything),
      position: fc.oneof(fc.constantFrom('detect', 'exposure', 'results'), anything),
      businessName: anything,
      extra: anything,
    },
    { requiredKeys: [] },
  )

  it('loads any envelope with random fields into valid progress, never throwing', () => {
    fc.assert(
      fc.property(envelope, fc.dictionary(fc.string(), anything), (fields, noise) => {
        const loaded = decodeProgress(JSON.stringify({ ...noise, ...fields }), bank, now)
        for (const [q, o] of Object.entries(loaded.progress.answers)) expect(isValidPair(q, o)).toBe(true)
        expect([null, 'results', ...bank.sections.map((s) => s.id)]).toContain(loaded.progress.position)
        expect((loaded.progress.businessName ?? '').length).toBeLessThanOrEqual(100)
        expect(loaded.notice === null || typeof say(loaded.notice) === 'string').toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps every valid answer of a fresh envelope of any supported version, whatever else it holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2), fc.dictionary(answerKey, answerValue), (version, answers) => {
        const loaded = decodeProgress(JSON.stringify({ version, savedAt: fresh, answers }), bank, now)
        const wanted = Object.entries(answers).filter(([q, o]) => typeof o === 'string' && isValidPair(q, o))
        expect(Object.entries(loaded.progress.answers).sort()).toEqual(wanted.sort())
        const lost = Object.keys(answers).length - wanted.length
        if (lost === 0) expect(loaded.notice).toBeNull()
        else expect(say(loaded.notice)).toMatch(dropped(lost))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('createProgressStore with failing storage', () => {
  const throwing = (method: 'getItem' | 'setItem' | 'removeItem' | 'key', error = new DOMException('no', 'SecurityError')): ReturnType<typeof memoryStorage> => {
    const storage = memoryStorage()
    storage[method] = () => {
      throw error
    }
    return storage
  }

  it('access throws (sandboxed or privacy-mode frame): runs in memory and says so', () => {
    const store = createProgressStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }, bank)
    expect(store.load()).toEqual({ progress: { answers: {}, position: null }, notice: STORAGE_BLOCKED })
    expect(store.save({ answers: valid, position: null })).toBe(false)
    expect(store.persistent).toBe(false)
    expect(() => store.clear()).not.toThrow()
  })

  it('reading throws: starts empty, says so, and never throws', () => {
    const store = createProgressStore(() => throwing('getItem'), bank)
    expect(store.load().notice).toBe(STORAGE_BLOCKED)
    expect(store.persistent).toBe(false)
  })

  it('writing throws (quota): save reports failure, the last good copy stays, and a later save recovers', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage, bank, () => now)
    expect(store.save({ answers: { gate: 'portal' }, position: null })).toBe(true)
    const good = storage.data.get(STORAGE_KEY)
    const setItem = storage.setItem.bind(storage)
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(store.save({ answers: valid, position: null })).toBe(false)
    expect(store.persistent).toBe(false)
    expect(storage.data.get(STORAGE_KEY)).toBe(good)
    storage.setItem = setItem
    expect(store.save({ answers: valid, position: null })).toBe(true)
    expect(store.persistent).toBe(true)
    expect(createProgressStore(() => storage, bank, () => now).load().progress.answers).toEqual(valid)
  })

  it('removing throws: clear and the expiry clean-up never throw', () => {
    const storage = throwing('removeItem')
    storage.data.set(STORAGE_KEY, env({ savedAt: new Date(now.getTime() - 200 * DAY).toISOString() }))
    const store = createProgressStore(() => storage, bank, () => now)
    expect(store.load().expired).toBe(true)
    expect(() => store.clear()).not.toThrow()
  })

  it('listing keys throws: clear still replaces the progress with the clear marker', () => {
    const storage = throwing('key')
    storage.data.set(STORAGE_KEY, env({}))
    createProgressStore(() => storage, bank).clear()
    expect(isClearMarker(storage.data.get(STORAGE_KEY))).toBe(true)
  })

  it('deletes expired answers from storage, not only from the screen', () => {
    const storage = memoryStorage()
    storage.data.set(STORAGE_KEY, env({ savedAt: new Date(now.getTime() - (MAX_AGE_DAYS + 1) * DAY).toISOString() }))
    const loaded = createProgressStore(() => storage, bank, () => now).load()
    expect(say(loaded.notice)).toMatch(/older than 90 days were removed/)
    expect(storage.data.has(STORAGE_KEY)).toBe(false)
  })

  it("clear removes every key the app wrote (current and older ones) and leaves other apps' keys", () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage, bank, () => now)
    store.save({ answers: valid, position: 'detect', businessName: 'Acme' })
    storage.data.set('cyber-readiness-assessment-v0', 'old')
    storage.data.set('someone-else', 'keep')
    store.clear()
    expect([...storage.data.keys()]).toEqual(['someone-else', STORAGE_KEY])
    expect(isClearMarker(storage.data.get(STORAGE_KEY))).toBe(true)
  })
})
