/** The reading-grade helper itself: syllables, sentences and the Flesch–Kincaid formula on known text. */
import { describe, expect, it } from 'vitest'
import { countSyllables, fleschKincaidGrade, sentences, spellNumber, textStats, words } from '../support/readability.ts'

describe('countSyllables', () => {
  it.each([
    ['cat', 1], ['the', 1], ['you', 1], ['year', 1], ['make', 1], ['makes', 1], ['while', 1], ['asked', 1], ['used', 1], ['changed', 1],
    ['table', 2], ['simple', 2], ['people', 2], ['boxes', 2], ['pages', 2], ['changes', 2], ['wanted', 2], ['needed', 2], ['likely', 2], ['scrambles', 2],
    ['companies', 3], ['syllable', 3], ['beautiful', 3], ['management', 3], ['video', 3], ['period', 3], ['customer', 3],
    ['comprehension', 4], ['difficulty', 4], ['readability', 5],
  ])('%s has %i', (word, expected) => {
    expect(countSyllables(word)).toBe(expected)
  })

  it('reads acronyms letter by letter and numbers in full', () => {
    expect(countSyllables('API')).toBe(3)
    expect(countSyllables('MFA')).toBe(3)
    expect(countSyllables('APIs')).toBe(3)
    expect(countSyllables('T-Mobile')).toBe(3)
    expect(spellNumber(2022)).toBe('twenty twenty two')
    expect(spellNumber(1000)).toBe('one thousand')
    expect(countSyllables('41')).toBe(3) // for-ty one
    expect(countSyllables('1,000')).toBe(3) // one thou-sand
    expect(countSyllables('76.6')).toBe(6) // sev-en-ty six point six
  })
})

describe('sentences and words', () => {
  it('split after . ! ? but not inside abbreviations, and treat a label without a full stop as one sentence', () => {
    expect(sentences('Say someone signed in at 3 a.m. from abroad. Who would know? Nobody, e.g. no one!')).toHaveLength(3)
    expect(sentences('Yes: a written list, checked in the last 6 months')).toHaveLength(1)
    expect(sentences('')).toHaveLength(0)
  })

  it('count hyphenated words and numbers as one word each', () => {
    expect(words("T-Mobile's API was misused for 41 days.")).toEqual(["T-Mobile's", 'API', 'was', 'misused', 'for', '41', 'days'])
  })
})

describe('fleschKincaidGrade', () => {
  // Expected values worked by hand from the formula: 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
  it('grades "The cat sat on the mat." (6 words, 1 sentence, 6 syllables) at −1.45', () => {
    expect(textStats('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, syllables: 6 })
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2)
  })

  it('grades two short sentences (10 words, 2 sentences, 10 syllables) at −1.84', () => {
    expect(fleschKincaidGrade('I like dogs. They run fast and play all day.')).toBeCloseTo(-1.84, 2)
  })

  it('grades dense academic wording (5 words, 1 sentence, 19 syllables) at 31.2', () => {
    expect(fleschKincaidGrade('Readability formulas estimate comprehension difficulty.')).toBeCloseTo(31.2, 1)
  })

  it('ranks plain advice well below the same advice in jargon', () => {
    const plain = fleschKincaidGrade('Ask your IT team to turn on updates this week.')
    const jargon = fleschKincaidGrade('Operationalise comprehensive vulnerability remediation via automated patch orchestration.')
    expect(plain).toBeLessThan(8)
    expect(jargon).toBeGreaterThan(16)
  })

  it('returns NaN for a text with no words', () => {
    expect(fleschKincaidGrade('  ')).toBeNaN()
  })
})
