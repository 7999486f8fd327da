/**
 * The owner's language choice kept with the saved progress (envelope v5): written with every save,
 * read before the app starts (`savedLanguage`), kept through "start over", checked on the way in
 * (two lowercase letters, else none), and never in the way of the answers.
 */
import { describe, expect, it } from 'vitest'
import { createProgressStore, decodeProgress, encodeProgress, ENVELOPE_VERSION, STORAGE_KEY } from '../src/storage.ts'
import { buildBank } from './support/fixture-bank.ts'
import { memoryStorage } from './support/memory-storage.ts'

const bank = buildBank()
const now = new Date('2026-11-24T12:00:00Z')
const clock = (): Date => now
const stored = (storage: Storage): Record<string, unknown> => JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>

describe('the language choice in saved progress', () => {
  it('is written with the envelope (null when the owner never chose one) and read back', () => {
    const progress = { answers: { alerts: 'yes' }, position: 'detect' }
    expect(JSON.parse(encodeProgress(progress, now))).toMatchObject({ version: ENVELOPE_VERSION, language: null })
    expect(decodeProgress(encodeProgress(progress, now, 1, undefined, 'es'), bank, now)).toEqual({ progress, notice: null, language: 'es' })
  })

  it.each([['a number', 7], ['a long tag', 'es-MX'], ['capitals', 'ES'], ['markup', '<b>'], ['nothing', null]])('reads %s as no choice', (_name, language) => {
    const raw = JSON.stringify({ ...JSON.parse(encodeProgress({ answers: { alerts: 'yes' }, position: null }, now)), language })
    const loaded = decodeProgress(raw, bank, now)
    expect(loaded).not.toHaveProperty('language')
    expect(loaded.progress.answers).toEqual({ alerts: 'yes' })
  })

  it('is kept by setLanguage, survives later saves, a reload and "start over", and savedLanguage reads it before the app loads', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage, bank, clock)
    store.load()
    expect(store.savedLanguage()).toBeNull()
    expect(store.setLanguage('es')).toBe(true)
    expect(stored(storage).language).toBe('es')
    store.save({ answers: { alerts: 'yes' }, position: 'detect' }, 'alerts')
    expect(stored(storage)).toMatchObject({ language: 'es', answers: { alerts: 'yes' } })
    const again = createProgressStore(() => storage, bank, clock)
    expect(again.savedLanguage()).toBe('es')
    expect(again.load()).toMatchObject({ progress: { answers: { alerts: 'yes' } }, language: 'es' })
    again.clear()
    expect(stored(storage).answers).toEqual({})
    expect(createProgressStore(() => storage, bank, clock).savedLanguage()).toBe('es')
  })

  it('never throws and answers null when storage is out of reach', () => {
    const blocked = createProgressStore(() => {
      throw new Error('SecurityError')
    }, bank, clock)
    expect(blocked.savedLanguage()).toBeNull()
    expect(blocked.setLanguage('es')).toBe(false)
    const full = createProgressStore(() => memoryStorage({ get: true, set: true }), bank, clock)
    expect(full.savedLanguage()).toBeNull()
    expect(full.setLanguage('es')).toBe(false)
  })
})
