import { describe, expect, it } from 'vitest'
import { allSectionsLoaded, bank, bankSkeleton, isSectionLoaded, loadAllSections, loadSection } from '../src/bank.ts'

// Module state is shared, so these run in order: skeleton first, then one section, then all.
describe('the bank in the app', () => {
  it('starts as the skeleton: ids, titles and scores, no words', () => {
    expect(bank.value).toBe(bankSkeleton)
    expect(bankSkeleton.sections.length).toBe(9)
    expect(bankSkeleton.sections.every((s) => s.title !== '' && s.lesson.text === '')).toBe(true)
    expect(allSectionsLoaded.value).toBe(false)
  })

  it('fills in one section when its words load, leaving the others as they were', async () => {
    const [first, second] = bankSkeleton.sections
    if (!first || !second) throw new Error('bank')
    await loadSection(first.id)
    expect(isSectionLoaded(first.id)).toBe(true)
    expect(isSectionLoaded(second.id)).toBe(false)
    expect(bank.value.sections[0]?.lesson.text).toContain('T-Mobile')
    expect(bank.value.sections[0]?.questions[0]?.text).not.toBe('')
    expect(bank.value.sections[1]).toBe(bankSkeleton.sections[1])
  })

  it('loads every section once, and refuses an unknown section', async () => {
    await Promise.all([loadAllSections(), loadAllSections()])
    expect(allSectionsLoaded.value).toBe(true)
    expect(bank.value.sections.every((s) => s.lesson.text !== '' && s.questions.every((q) => q.text !== ''))).toBe(true)
    await expect(loadSection('nowhere')).rejects.toThrow('No section "nowhere"')
  })
})
