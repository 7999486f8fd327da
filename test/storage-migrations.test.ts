import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createProgressStore, decodeProgress, encodeProgress, ENVELOPE_VERSION, migrateEnvelope, migrations, STORAGE_KEY } from '../src/storage.ts'
import { memoryStorage } from './support/memory-storage.ts'
import { buildBank } from './support/fixture-bank.ts'
import { en } from '../src/i18n/messages.ts'
import type { StorageNotice } from '../src/core/notice.ts'

/** A notice in the English words the owner reads. */
const say = (n: StorageNotice | null): string | null => (n === null ? null : en.questionnaire.notice(n))


const bank = buildBank()
const dir = new URL('./fixtures/storage/', import.meta.url)
const fixture = (version: number): string => readFileSync(new URL(`v${version}.json`, dir), 'utf8').trim()
const versions = readdirSync(dir)
  .map((f) => /^v(\d+)\.json$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b)

// What every golden fixture holds, as the owner would see it after loading today.
const expected = { answers: { gate: 'portal', inventory: 'some', alerts: 'email', logs: 'lost' }, position: 'detect', businessName: 'Acme Bakery' }
const now = new Date('2026-11-24T12:00:00Z')
const savedAt = new Date('2026-11-20T09:30:00.000Z')
const storageWith = (raw: string): Storage => {
  const storage = memoryStorage()
  storage.setItem(STORAGE_KEY, raw)
  return storage
}

describe('envelope migrations', () => {
  it('has a golden fixture for every version from 1 to the current one', () => {
    expect(versions).toEqual(Array.from({ length: ENVELOPE_VERSION }, (_, i) => i + 1))
  })

  it('has one migration step per past version, and none beyond', () => {
    expect(Object.keys(migrations).map(Number).sort((a, b) => a - b)).toEqual(versions.slice(0, -1))
  })

  it.each(versions)('loads the golden v%i fixture with every answer, the position and the business name', (version) => {
    expect(decodeProgress(fixture(version), bank, now)).toEqual({ progress: expected, notice: null })
  })

  it('writes exactly the golden fixture of the current version (bump the version when the format changes)', () => {
    expect(encodeProgress(expected, savedAt, bank.version)).toBe(fixture(ENVELOPE_VERSION))
  })

  it('migrates v1 to v2 as a pure function: the input is untouched and the result is the v2 layout', () => {
    const v1 = Object.freeze(JSON.parse(fixture(1)) as Record<string, unknown>)
    const step = migrations[1]
    if (step === undefined) throw new Error('no v1 migration')
    const v2 = step(v1)
    expect(v2).toEqual({ ...(JSON.parse(fixture(2)) as object), bankVersion: null })
    expect(step(v1)).toEqual(v2)
    expect(v1).toEqual(JSON.parse(fixture(1)))
  })

  it('migrates v2 to v3 as a pure function: every answer and the name dated at the save, never cleared: the golden v3 layout', () => {
    const v2 = Object.freeze(JSON.parse(fixture(2)) as Record<string, unknown>)
    const step = migrations[2]
    if (step === undefined) throw new Error('no v2 migration')
    expect(step(v2)).toEqual(JSON.parse(fixture(3)))
    expect(step(v2)).toEqual(step(v2))
    expect(v2).toEqual(JSON.parse(fixture(2)))
  })

  it('migrates v3 to v4 as a pure function: not yet completed, the golden v4 layout', () => {
    const v3 = Object.freeze(JSON.parse(fixture(3)) as Record<string, unknown>)
    const step = migrations[3]
    if (step === undefined) throw new Error('no v3 migration')
    expect(step(v3)).toEqual(JSON.parse(fixture(4)))
    expect(v3).toEqual(JSON.parse(fixture(3)))
  })

  it('takes a v3 save on the results as completed at its save (that app had sent `completed` on each showing)', () => {
    const v3 = JSON.parse(fixture(3)) as Record<string, unknown>
    expect(migrations[3]?.({ ...v3, position: 'results' })).toMatchObject({ version: 4, completedAt: Date.parse(String(v3.savedAt)) })
    const store = createProgressStore(() => storageWith(JSON.stringify({ ...v3, position: 'results' })), bank, () => now)
    store.load()
    expect(store.markCompleted()).toBe(false)
    const elsewhere = createProgressStore(() => storageWith(fixture(3)), bank, () => now)
    elsewhere.load()
    expect(elsewhere.markCompleted()).toBe(true)
  })

  it('dates a v3 answer by its own time, never later than the save, and drops answers older than the clear', () => {
    const v3 = JSON.parse(fixture(3)) as Record<string, unknown>
    const at = Date.parse(String(v3.savedAt))
    const raw = JSON.stringify({ ...v3, clearedAt: at - 10, answeredAt: { gate: at - 20, inventory: at + 1e9, alerts: 'soon' } })
    expect(decodeProgress(raw, bank, now).progress.answers).toEqual({ inventory: 'some', alerts: 'email', logs: 'lost' })
  })

  it('refuses envelopes it cannot bring to the current version', () => {
    expect(migrateEnvelope({ version: ENVELOPE_VERSION + 1 })).toBeNull()
    expect(migrateEnvelope({ version: 0 })).toBeNull()
    expect(migrateEnvelope({ version: '1' })).toBeNull()
    expect(migrateEnvelope({ version: ENVELOPE_VERSION, answers: {} })).toEqual({ version: ENVELOPE_VERSION, answers: {} })
  })

  it('says the questions were updated when answers saved against another bank version no longer match', () => {
    const raw = JSON.stringify({ ...(JSON.parse(fixture(ENVELOPE_VERSION)) as object), bankVersion: bank.version - 1, answers: { gate: 'portal', retired: 'yes' } })
    const loaded = decodeProgress(raw, bank, now)
    expect(loaded.progress.answers).toEqual({ gate: 'portal' })
    expect(say(loaded.notice)).toBe('The questions were updated since you saved: 1 saved answer no longer matched a question and was removed. Your other answers are kept.')
  })
})
