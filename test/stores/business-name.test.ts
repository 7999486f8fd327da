// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { decodeProgress, encodeProgress, ENVELOPE_VERSION, STORAGE_KEY } from '../../src/storage.ts'
import { bankSkeleton as bank } from '../../src/bank.ts'
import { storeHarness } from '../support/store-harness.ts'
import { isClearMarker } from '../support/memory-storage.ts'

const now = new Date('2026-11-24T12:00:00Z')
const first = bank.sections[0]?.questions[0]
const option = first?.options[0]

const harness = storeHarness()
const reload = harness.reload

describe('the business name in saved progress', () => {
  it('round-trips as an optional field of the same envelope version', () => {
    const raw = encodeProgress({ answers: {}, position: null, businessName: '  Acme Bakery ' }, now)
    expect(JSON.parse(raw)).toMatchObject({ version: ENVELOPE_VERSION, businessName: 'Acme Bakery' })
    expect(decodeProgress(raw, bank, now).progress.businessName).toBe('Acme Bakery')
    expect(encodeProgress({ answers: {}, position: null, businessName: '' }, now)).not.toContain('businessName')
  })

  it('loads an older envelope without the field, and cleans a bad or overlong one without discarding the answers', () => {
    if (!first || !option) throw new Error('the bank has no questions')
    const envelope = (extra: Record<string, unknown>): string => JSON.stringify({ version: ENVELOPE_VERSION, savedAt: now.toISOString(), answers: { [first.id]: option.id }, position: null, ...extra })
    const old = decodeProgress(envelope({}), bank, now)
    expect(old).toEqual({ progress: { answers: { [first.id]: option.id }, position: null }, notice: null })
    expect(decodeProgress(envelope({ businessName: 42 }), bank, now).progress).toEqual(old.progress)
    const long = decodeProgress(envelope({ businessName: `  ${'x'.repeat(150)}` }), bank, now)
    expect(long.progress.businessName).toBe('x'.repeat(100))
    expect(long.progress.answers).toEqual({ [first.id]: option.id })
    expect(decodeProgress(envelope({ businessName: '\u202eAcme\u0000\r\nBakery\u200b' }), bank, now).progress.businessName).toBe('Acme Bakery')
  })
})

describe('the store', () => {
  it('keeps the business name trimmed across a reload, and "start over" clears it', () => {
    const store = reload()
    store.setBusinessName('  Acme Bakery  ')
    expect(store.businessName).toBe('Acme Bakery')
    expect(reload().businessName).toBe('Acme Bakery')
    store.setBusinessName('\u2067Acme\t\u00adBakery\u2069\n')
    expect(store.businessName).toBe('Acme Bakery')
    reload().startOver()
    expect(isClearMarker(harness.storage().data.get(STORAGE_KEY))).toBe(true)
    expect(reload().businessName).toBe('')
  })

  it('replaces every answer and the name with a loaded file, and forgets where the owner was', () => {
    if (!first || !option) throw new Error('the bank has no questions')
    const store = reload()
    store.answer('some-old-question', 'x')
    store.moveTo('results')
    store.replaceAnswers({ [first.id]: option.id }, 'Loaded Co')
    const again = reload()
    expect(again.answers).toEqual({ [first.id]: option.id })
    expect(again.businessName).toBe('Loaded Co')
    expect(again.position).toBeNull()
  })
})
