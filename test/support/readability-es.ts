/**
 * Reading ease of Spanish text, for the content tests: the Fernández-Huerta score (1959), Flesch's
 * reading ease adapted to Spanish, in its corrected form,
 *
 *   206.84 − 60 × (syllables ÷ words) − 1.02 × (words ÷ sentences),
 *
 * (often printed as 206.84 − 0.60·P − 1.02·F with P the syllables per 100 words; F must be the
 * words per sentence, not the sentences per 100 words: with the latter, shorter sentences would
 * read harder), and the Szigriszt-Pazos perspicuity read on the INFLESZ scale (Barrio-Cantalejo, 2008),
 *
 *   206.835 − 62.3 × (syllables ÷ words) − (words ÷ sentences).
 *
 * Higher is easier. Fernández-Huerta: 90–100 muy fácil, 80–90 fácil, 70–80 bastante fácil,
 * 60–70 normal (adult), 50–60 bastante difícil, 30–50 difícil, below 30 muy difícil. INFLESZ:
 * 80+ muy fácil, 65–80 bastante fácil, 55–65 normal, 40–55 algo difícil, below 40 muy difícil.
 *
 * Spanish spelling is regular, so the syllable counter is a few rules (vowel groups, diphthongs
 * and hiatus, the silent u of "que", "qui", "gue", "gui", the y as a vowel); where it must guess,
 * it guesses high, as the English counter does: numbers are read out in full ("2023": dos mil
 * veintitrés) and acronyms letter by letter (MFA: e-me, e-fe, a).
 */
import { spokenNumberSyllables, type TextStats } from './readability.ts'

/** Words as the formula counts them: letter runs (with inner hyphens or apostrophes) and numbers. */
const WORD = /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+(?:['-][A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+)*|\d+(?:[.,]\d+)*/g

const STRONG = 'aeoáéóíú' // a, e, o, and a stressed i or u (which breaks a diphthong: "día", "país")
const VOWEL = /[aeiouáéíóúü]/

/** Syllables in one plain Spanish word (letters only, any case). */
function wordSyllables(raw: string): number {
  let w = raw.toLowerCase().replace(/[^a-záéíóúüñy]/g, '')
  if (w === '') return 0
  // The u of "que", "qui", "gue", "gui" is silent ("queso", "guitarra"); the ü of "güe", "güi" is not.
  w = w.replace(/([qg])u([eéií])/g, '$1$2')
  // A y is a vowel where no vowel follows it ("hoy", "muy", "y"), a consonant before one ("ya", "mayo").
  w = w.replace(/y(?![aeiouáéíóú])/g, 'i')
  let count = 0
  let previous = ''
  for (const ch of w) {
    if (!VOWEL.test(ch)) {
      previous = ''
      continue
    }
    // A new vowel starts a syllable, unless it joins the one before in a diphthong: two strong
    // vowels ("le-er", "po-e-ta") or a stressed weak one ("dí-a") stand apart; an unstressed i or u
    // with any vowel ("cuen-ta", "ciu-dad", "pei-ne") is one syllable.
    if (previous === '' || (STRONG.includes(previous) && STRONG.includes(ch))) count += 1
    else if (previous === ch) count += 1 // "leer", "chiita": the same vowel twice is two
    previous = ch
  }
  return Math.max(1, count)
}

const UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve']
const TENS = ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa']
const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos']

/** A whole number in Spanish words, as read aloud ("2023" → "dos mil veintitrés"). */
export function spellNumberEs(n: number): string {
  if (!Number.isFinite(n) || n < 0) return 'número'
  n = Math.floor(n)
  if (n < 30) return UNITS[n] ?? 'número'
  if (n < 100) return `${TENS[Math.floor(n / 10)] ?? ''}${n % 10 === 0 ? '' : ` y ${UNITS[n % 10] ?? ''}`}`
  if (n === 100) return 'cien'
  if (n < 1000) return `${HUNDREDS[Math.floor(n / 100)] ?? ''}${n % 100 === 0 ? '' : ` ${spellNumberEs(n % 100)}`}`
  const scales: readonly (readonly [number, string, string])[] = [
    [1e9, 'mil millones', 'mil millones'],
    [1e6, 'un millón', 'millones'],
    [1e3, 'mil', 'mil'],
  ]
  for (const [size, one, many] of scales) {
    if (n >= size) {
      const count = Math.floor(n / size)
      const rest = n % size
      const head = count === 1 ? one : `${spellNumberEs(count)} ${many}`
      return `${head}${rest === 0 ? '' : ` ${spellNumberEs(rest)}`}`
    }
  }
  return 'número'
}

const numberSyllables = (token: string): number => spokenNumberSyllables(token, { spell: spellNumberEs, point: 'punto', syllables: wordSyllables })

/** Syllables of each capital letter's Spanish name: a, be, ce, de, e, e-fe, ge, ha-che, … */
const LETTER_SYLLABLES: Readonly<Record<string, number>> = { F: 2, H: 2, J: 2, L: 2, M: 2, N: 2, Ñ: 2, R: 2, S: 2, V: 2, W: 3, X: 2, Z: 2 }

/** Syllables in a word as found in text: numbers read out, acronyms letter by letter, hyphenated parts added up. */
export function countSyllablesEs(token: string): number {
  if (/^\d/.test(token)) return numberSyllables(token)
  return token.split(/[-']/).reduce((sum, part) => {
    if (part === '') return sum
    // All capitals (API, MFA, VPN): read letter by letter.
    if (part.length >= 2 && part === part.toUpperCase() && /[A-ZÑ]/.test(part)) {
      return sum + (part.match(/[A-ZÑ]/g) ?? []).reduce((s, ch) => s + (LETTER_SYLLABLES[ch] ?? 1), 0)
    }
    return sum + wordSyllables(part)
  }, 0)
}

/** The words of a text, in order. */
export function wordsEs(text: string): string[] {
  return text.match(WORD) ?? []
}

/** The sentences of a text: split after . ! ? (or a closing quote or bracket after one) and a space. A text with no end mark is one sentence. */
export function sentencesEs(text: string): string[] {
  const cleaned = text.replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, '')).replace(/\bp\. ej\./g, 'p ej').replace(/\b(etc|Sr|Sra|Dr|Dra|núm)\./g, '$1')
  return cleaned
    .split(/(?<=[.!?]["')\]]*)\s+/)
    .map((s) => s.trim())
    .filter((s) => wordsEs(s).length > 0)
}

/** Word, sentence and syllable counts of a Spanish text. */
export function textStatsEs(text: string): TextStats {
  const list = wordsEs(text)
  return { words: list.length, sentences: sentencesEs(text).length, syllables: list.reduce((sum, w) => sum + countSyllablesEs(w), 0) }
}

/** The Fernández-Huerta score of a text (higher is easier); NaN when it has no words. */
export function fernandezHuerta(text: string): number {
  const s = textStatsEs(text)
  if (s.words === 0 || s.sentences === 0) return Number.NaN
  return 206.84 - 60 * (s.syllables / s.words) - 1.02 * (s.words / s.sentences)
}

/** The Szigriszt-Pazos perspicuity of a text, read on the INFLESZ scale (higher is easier); NaN when it has no words. */
export function inflesz(text: string): number {
  const s = textStatsEs(text)
  if (s.words === 0 || s.sentences === 0) return Number.NaN
  return 206.835 - 62.3 * (s.syllables / s.words) - s.words / s.sentences
}

/** The Flesch reading ease of English counts, on the same scale as Fernández-Huerta (for the report only). */
export function fleschReadingEase(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return Number.NaN
  return 206.835 - 84.6 * (stats.syllables / stats.words) - 1.015 * (stats.words / stats.sentences)
}
