/**
 * Reading grade of English text, for the content tests: the Flesch–Kincaid grade level,
 *
 *   0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59,
 *
 * with a rule-based syllable counter. The counter is a heuristic (English spelling has many
 * exceptions), good to about one syllable per long word; averaged over a section that is well
 * within the margin we test against. Where it must guess, it guesses high (acronyms are read
 * letter by letter, numbers are read out in full), so the grade errs on the strict side.
 */

import type { Section } from '../../src/core/bank/types.ts'

/** The parts of a section that the reading tests grade, each with its texts. */
export type ReadingPart = 'questions' | 'lesson' | 'facts' | 'actions'

/**
 * The texts of each part of a section: questions and options (each question, its help and each
 * answer; the fixed "Not sure" is left out so it can't pull the average down), the lesson, the
 * lesson's facts as shown under "Sources", and the actions (each "do" and "why"). The same for
 * every language (test/content/readability.test.ts, readability-es.test.ts).
 */
export function readingParts(section: Section): Record<ReadingPart, string[]> {
  return {
    questions: section.questions.flatMap((q) => [q.text, ...(q.help === undefined ? [] : [q.help]), ...q.options.filter((o) => !o.notSure).map((o) => o.label)]),
    lesson: [section.lesson.text],
    facts: section.lesson.facts.map((f) => f.figure),
    actions: section.questions.flatMap((q) => (q.kind === 'scored' ? q.options.flatMap((o) => (o.action === undefined ? [] : [o.action.do, o.action.why])) : [])),
  }
}

/** Words as the formula counts them: letter runs (with inner apostrophes or hyphens) and numbers. */
const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*/g

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** A whole number in words, as it is read aloud ("2022" → "twenty twenty two"). */
export function spellNumber(n: number): string {
  if (!Number.isFinite(n) || n < 0) return 'number'
  n = Math.floor(n)
  if (n < 20) return ONES[n] ?? 'number'
  if (n < 100) return `${TENS[Math.floor(n / 10)] ?? ''}${n % 10 === 0 ? '' : ` ${ONES[n % 10] ?? ''}`}`
  // Years such as 1999 or 2015 are read in pairs ("twenty fifteen"), except 2000–2009.
  if (n >= 1100 && n <= 2099 && n % 100 !== 0 && !(n >= 2000 && n <= 2009)) {
    return `${spellNumber(Math.floor(n / 100))} ${n % 100 < 10 ? `oh ${spellNumber(n % 100)}` : spellNumber(n % 100)}`
  }
  const scales: readonly (readonly [number, string])[] = [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
    [100, 'hundred'],
  ]
  for (const [size, name] of scales) {
    if (n >= size) {
      const rest = n % size
      return `${spellNumber(Math.floor(n / size))} ${name}${rest === 0 ? '' : ` ${spellNumber(rest)}`}`
    }
  }
  return 'number'
}

/** How a language reads a number aloud: its words for whole numbers, its word for the decimal point, and its syllable count of a word. */
export interface NumberReading {
  readonly spell: (n: number) => string
  readonly point: string
  readonly syllables: (word: string) => number
}

/** Syllables of a number as read aloud ("1,200.5": thousands commas dropped, the decimals digit by digit), in any language. */
export function spokenNumberSyllables(token: string, reading: NumberReading): number {
  const [whole = '0', fraction] = token.replace(/,(?=\d{3}\b)/g, '').split('.')
  let spoken = reading.spell(Number(whole))
  if (fraction !== undefined) spoken += ` ${reading.point} ${(fraction.match(/\d/g) ?? []).map((d) => reading.spell(Number(d))).join(' ')}`
  return spoken.split(' ').reduce((sum, w) => sum + reading.syllables(w), 0)
}

const numberSyllables = (token: string): number => spokenNumberSyllables(token, { spell: spellNumber, point: 'point', syllables: wordSyllables })

const VOWELS = /[aeiouy]+/g

/** Syllables in one plain word (letters only, any case). */
function wordSyllables(raw: string): number {
  const word = raw.toLowerCase().replace(/[^a-z]/g, '')
  if (word === '') return 0
  if (word.length <= 3) return 1
  // A leading "y" is a consonant ("year", "you").
  const w = word.replace(/^y/, '')
  let count = (w.match(VOWELS) ?? []).length
  const consonantBefore = (suffixLength: number): boolean => /[^aeiouy]/.test(w.charAt(w.length - suffixLength - 1))
  if (w.endsWith('e') && !w.endsWith('ee') && consonantBefore(1)) {
    // A silent final e ("make", "while"), except a sounded "-le" after a consonant ("table", "simple").
    const sounded = w.endsWith('le') && /[^aeiouy]/.test(w.charAt(w.length - 3))
    if (!sounded) count -= 1
  } else if (w.endsWith('es') && consonantBefore(2) && !/(?:[sxzcg]|[^aeiouy]l)es$/.test(w)) {
    // "makes" is one syllable; "boxes", "pages", "changes" and "tables" keep the "-es".
    count -= 1
  } else if (w.endsWith('ed') && consonantBefore(2) && !/[td]ed$/.test(w)) {
    // "asked" is one syllable; "wanted" and "needed" keep the "-ed".
    count -= 1
  }
  // A silent e before a suffix: "likely", "management", "careful", "useless".
  if (/[^aeiouy]e(?:ly|ment|ments|ful|ness|less)$/.test(w) && !/[^aeiouy]le(?:ly|ment|ments|ful|ness|less)$/.test(w)) count -= 1
  // Vowel pairs read as two syllables: "dial", "media", "period", "actual", "video", "create".
  count += (w.match(/[^cgst]i[aou]|[^gq]ua|[dnr]eo|ea(?=te|ted|tes|ting|tion)/g) ?? []).length
  return Math.max(1, count)
}

/** Syllables in a word as found in text: numbers read out, acronyms letter by letter, hyphenated parts added up. */
export function countSyllables(token: string): number {
  if (/^\d/.test(token)) return numberSyllables(token)
  return token.split(/[-'’]/).reduce((sum, part) => {
    if (part === '') return sum
    // All capitals (API, MFA, VPN): read letter by letter; "w" has three syllables.
    if (part.length >= 2 && part === part.toUpperCase() && /[A-Z]/.test(part)) {
      return sum + (part.match(/[A-Z]/g) ?? []).reduce((s, ch) => s + (ch === 'W' ? 3 : 1), 0)
    }
    // The "s" of "PINs" or "APIs" adds nothing.
    if (/^[A-Z]{2,}s$/.test(part)) return sum + part.length - 1
    return sum + wordSyllables(part)
  }, 0)
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? []
}

/** The sentences of a text: split after . ! or ? followed by a space or the end. A text with no end mark is one sentence. */
export function sentences(text: string): string[] {
  const cleaned = text
    // Initialisms and common abbreviations don't end a sentence: "e.g.", "a.m.", "U.S.", "etc.".
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .replace(/\b(etc|vs|approx|Mr|Mrs|Ms|Dr|St|No)\./g, '$1')
  return cleaned
    .split(/(?<=[.!?]["'’”)\]]*)\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0)
}

export interface TextStats {
  readonly words: number
  readonly sentences: number
  readonly syllables: number
}

/** Word, sentence and syllable counts of a text. */
export function textStats(text: string): TextStats {
  const list = words(text)
  return {
    words: list.length,
    sentences: sentences(text).length,
    syllables: list.reduce((sum, w) => sum + countSyllables(w), 0),
  }
}

/** The Flesch–Kincaid grade of counts; NaN when there are no words. */
export function gradeOfStats(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return Number.NaN
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59
}

/** The Flesch–Kincaid grade of a text; NaN when it has no words. */
export function fleschKincaidGrade(text: string): number {
  return gradeOfStats(textStats(text))
}

/** Adds up the counts of several texts, for the grade of them read as one passage. */
export function sumStats(all: readonly TextStats[]): TextStats {
  return all.reduce((a, b) => ({ words: a.words + b.words, sentences: a.sentences + b.sentences, syllables: a.syllables + b.syllables }), { words: 0, sentences: 0, syllables: 0 })
}
