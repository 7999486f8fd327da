// @vitest-environment happy-dom
/**
 * Two tabs over one localStorage: each save merges with what the other stored (newest answer per
 * question wins), the other tab's changes arrive live (the `storage` event), and "start over" in
 * one tab wins over a stale tab's older answers.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createProgressStore, storageEvents, STORAGE_KEY } from '../../src/storage.ts'
import { bankSkeleton as bank } from '../../src/bank.ts'
import { storeHarness } from '../support/store-harness.ts'

const harness = storeHarness()
// Unconditional questions with at least two options, so any answer is kept on load.
const questions = bank.sections.flatMap((s) => s.questions).filter((q) => q.showIf === undefined && q.options.length >= 2).slice(0, 4)
const pick = (i: number, o = 0): [string, string] => {
  const q = questions[i]
  const option = q?.options[o]
  if (!q || !option) throw new Error('the bank has too few unconditional questions')
  return [q.id, option.id]
}

/** Tabs sharing the harness's storage and one clock that moves on 1 ms per step; `deliver` plays the `storage` event. */
function tabs(): { open: () => ReturnType<typeof harness.reload>; deliver: (tab: number) => void; step: () => void } {
  let now = Date.parse('2026-11-20T09:30:00Z')
  const listeners: (() => void)[] = []
  return {
    open: () => harness.reload(createProgressStore(() => harness.storage(), bank, () => new Date(now), (onChange) => listeners.push(onChange))),
    deliver: (tab) => listeners[tab]?.(),
    step: () => {
      now += 1
    },
  }
}

describe('two tabs lose nothing', () => {
  it('answers given alternately in two tabs (no event delivered) are all there for a third', () => {
    const { open, step } = tabs()
    const a = open()
    const b = open()
    for (let i = 0; i < questions.length; i++) {
      step()
      ;(i % 2 === 0 ? a : b).answer(...pick(i))
    }
    expect(open().answers).toEqual(Object.fromEntries(questions.map((_, i) => pick(i))))
    // A save also brings the other tab's answers into the saving tab.
    expect(b.answers).toEqual(Object.fromEntries(questions.map((_, i) => pick(i))))
  })

  it('a change of mind in one tab wins over the older answer from the other', () => {
    const { open, step } = tabs()
    const a = open()
    const b = open()
    a.answer(...pick(0, 0))
    step()
    b.answer(...pick(0, 1))
    step()
    a.answer(...pick(1))
    expect(open().answers).toEqual(Object.fromEntries([pick(0, 1), pick(1)]))
  })

  it("the other tab's answers and its business name show up live, without a save or reload", () => {
    const { open, step, deliver } = tabs()
    const a = open()
    const b = open()
    a.answer(...pick(0))
    a.setBusinessName('Acme Bakery')
    deliver(1)
    expect(b.answers).toEqual(Object.fromEntries([pick(0)]))
    expect(b.businessName).toBe('Acme Bakery')
    step()
    b.answer(...pick(1))
    expect(open().businessName).toBe('Acme Bakery')
  })

  it('"start over" in one tab: the stale tab\'s old answers never come back, its new answer does', () => {
    const { open, step } = tabs()
    const a = open()
    const b = open()
    a.answer(...pick(0))
    step()
    b.answer(...pick(1))
    step()
    b.setBusinessName('Acme Bakery')
    step()
    a.startOver()
    step()
    // B never heard of the clear (a frozen tab, say) and answers one more question.
    b.answer(...pick(2))
    expect(b.answers).toEqual(Object.fromEntries([pick(2)]))
    expect(b.businessName).toBe('')
    const third = open()
    expect(third.answers).toEqual(Object.fromEntries([pick(2)]))
    expect(third.businessName).toBe('')
  })

  it('"start over" in one tab clears the other live and sends it back to the start', () => {
    const { open, step, deliver } = tabs()
    const a = open()
    const b = open()
    b.answer(...pick(0))
    b.moveTo('results')
    step()
    a.startOver()
    deliver(1)
    expect(b.answers).toEqual({})
    expect(b.position).toBeNull()
    expect(b.started).toBe(false)
  })

  it('loading an answers file in one tab replaces the other tab\'s older answers too', () => {
    const { open, step } = tabs()
    const a = open()
    const b = open()
    b.answer(...pick(0))
    step()
    a.replaceAnswers(Object.fromEntries([pick(1)]), 'Acme')
    step()
    b.moveTo('results')
    expect(open().answers).toEqual(Object.fromEntries([pick(1)]))
  })

  let interleavings = 0
  it('any interleaving of answers, names and "start over" in two tabs ends in the newest-wins state', () => {
    type Step = { tab: 0 | 1; kind: 'answer'; q: number; o: number } | { tab: 0 | 1; kind: 'startOver' } | { tab: 0 | 1; kind: 'name'; name: string } | { tab: 0 | 1; kind: 'event' }
    const tab = fc.constantFrom<0 | 1>(0, 1)
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 5, arbitrary: fc.record({ tab, kind: fc.constant('answer' as const), q: fc.nat({ max: questions.length - 1 }), o: fc.nat({ max: 1 }) }) },
      { weight: 1, arbitrary: fc.record({ tab, kind: fc.constant('startOver' as const) }) },
      { weight: 1, arbitrary: fc.record({ tab, kind: fc.constant('name' as const), name: fc.constantFrom('Acme', 'Bakery', '') }) },
      { weight: 2, arbitrary: fc.record({ tab, kind: fc.constant('event' as const) }) },
    )
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        interleavings += 1
        harness.storage().clear()
        const { open, step: tick, deliver } = tabs()
        const stores = [open(), open()] as const
        const model = { answers: {} as Record<string, string>, name: '' }
        for (const s of steps) {
          tick()
          const store = stores[s.tab]
          if (s.kind === 'answer') {
            const [q, o] = pick(s.q, s.o)
            store.answer(q, o)
            model.answers[q] = o
          } else if (s.kind === 'startOver') {
            store.startOver()
            model.answers = {}
            model.name = ''
          } else if (s.kind === 'name') {
            // Leaving the field as the tab shows it is no new entry (the store ignores it), so not in the model either.
            if (store.businessName !== s.name) model.name = s.name
            store.setBusinessName(s.name)
          } else deliver(s.tab)
        }
        const third = open()
        expect(third.answers).toEqual(model.answers)
        expect(third.businessName).toBe(model.name)
        // Once each tab hears of the last write, both show the same.
        deliver(0)
        deliver(1)
        for (const s of stores) expect(s.answers).toEqual(model.answers)
      }),
      { numRuns: 1000 },
    )
    expect(interleavings).toBeGreaterThanOrEqual(1000)
  })

  it("listens to the window's storage event for the app's key (or a clear of all storage) only", () => {
    const target = new EventTarget()
    let heard = 0
    storageEvents(target)(() => (heard += 1))
    for (const key of [STORAGE_KEY, null, 'someone-else', `${STORAGE_KEY}-draft`]) target.dispatchEvent(Object.assign(new Event('storage'), { key }))
    expect(heard).toBe(2)
  })
})
