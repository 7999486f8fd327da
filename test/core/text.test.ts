import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/core/text.ts'
import { cleanBusinessName } from '../../src/core/answers-file.ts'

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))

/** Every control character: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F). */
const CONTROLS = [...range(0x00, 0x1f), ...range(0x7f, 0x9f)]
/** Invisible format characters that can hide or reorder text, and the line/paragraph separators. */
const FORMAT: readonly [string, string[]][] = [
  ['bidi embeddings and overrides', range(0x202a, 0x202e)],
  ['bidi isolates', range(0x2066, 0x2069)],
  ['LRM, RLM, ALM', ['\u200e', '\u200f', '\u061c']],
  ['zero-width space, non-joiner, joiner', range(0x200b, 0x200d)],
  ['word joiner and invisible operators', range(0x2060, 0x2064)],
  ['byte-order mark', ['\ufeff']],
  ['soft hyphen', ['\u00ad']],
  ['line and paragraph separators', ['\u2028', '\u2029']],
  ['deprecated format controls', range(0x206a, 0x206f)],
  ['interlinear annotation', range(0xfff9, 0xfffb)],
  ['Mongolian vowel separator, language tag', ['\u180e', '\u{e0001}']],
]
const FORMATS = FORMAT.flatMap(([, chars]) => chars)
/** What must never come out: one character class, written out independently of the implementation. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\u{e0001}|[\ud800-\udfff](?<![\ud800-\udbff][\udc00-\udfff])(?![\udc00-\udfff])/u
const FORBIDDEN_MULTILINE = new RegExp(FORBIDDEN.source.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f'), 'u')

describe('cleanText', () => {
  it(`tries ${CONTROLS.length} control and ${FORMATS.length} format characters`, () => {
    expect([CONTROLS.length, FORMATS.length]).toEqual([65, 35])
  })

  it.each(CONTROLS.map((c) => [`U+${c.codePointAt(0)?.toString(16).padStart(4, '0')}`, c]))('removes the control character %s', (_name, c) => {
    // Whitespace controls (tab, LF, VT, FF, CR, NEL) separate words; the others simply vanish.
    const between = /[\t\n\v\f\r\u0085]/.test(c) ? 'Acme Bakery' : 'AcmeBakery'
    expect(cleanText(`Acme${c}Bakery`, { maxLength: 100 })).toBe(between)
    expect(cleanText(`${c}Acme${c}`, { maxLength: 100 })).toBe('Acme')
  })

  it.each(FORMAT)('removes %s', (_name, chars) => {
    for (const c of chars) {
      const between = c === '\u2028' || c === '\u2029' ? 'Acme Bakery' : 'AcmeBakery'
      expect(cleanText(`Acme${c}Bakery`, { maxLength: 100 })).toBe(between)
      expect(cleanText(`${c} Acme ${c}`, { maxLength: 100 })).toBe('Acme')
    }
  })

  it('keeps visible text: accents, CJK, emoji, non-breaking spaces become plain spaces', () => {
    expect(cleanText('Café Müller & Söhne — 東京 🍞', { maxLength: 100 })).toBe('Café Müller & Söhne — 東京 🍞')
    expect(cleanText('Acme\u00a0\u00a0Bakery\u3000Ltd', { maxLength: 100 })).toBe('Acme Bakery Ltd')
  })

  it('collapses whitespace, trims, and gives "" for anything that is not text', () => {
    expect(cleanText('  Acme \t\r\n  Bakery  ', { maxLength: 100 })).toBe('Acme Bakery')
    for (const v of [undefined, null, 42, {}, ['Acme'], true]) expect(cleanText(v, { maxLength: 100 })).toBe('')
  })

  it('caps the length in code points, never splitting a surrogate pair, and trims after the cut', () => {
    expect(cleanText('😀'.repeat(5), { maxLength: 3 })).toBe('😀😀😀')
    expect(cleanText('abc def', { maxLength: 4 })).toBe('abc')
    expect(cleanText('abc', { maxLength: 0 })).toBe('')
  })

  it('removes lone surrogate halves', () => {
    expect(cleanText('Acme\ud800 Bakery\udc00', { maxLength: 100 })).toBe('Acme Bakery')
  })

  it('keeps line breaks in multiline text (CR LF, CR and U+2028 as "\\n", at most one blank line)', () => {
    expect(cleanText(' Line one \r\nLine\ttwo\r\r\r\rLine\u2028three\u202e ', { maxLength: 100, multiline: true })).toBe('Line one\nLine two\n\nLine\nthree')
  })

  it('the business name is cleanText with a cap of 100', () => {
    expect(cleanBusinessName('\u0000Acme\u001b[31m\r\nEvil\u202e')).toBe('Acme[31m Evil')
    expect(cleanBusinessName('x'.repeat(150))).toBe('x'.repeat(100))
  })

  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.array(fc.constantFrom(...CONTROLS, ...FORMATS, ' ', '\u00a0', 'a', 'é', '😀', '\ud800', '\udfff'), { maxLength: 80 }).map((a) => a.join('')),
  )

  it('property: never a control or format character, no outer or double spaces, within the cap, idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 120 }), fc.boolean(), (value, maxLength, multiline) => {
        const clean = cleanText(value, { maxLength, multiline })
        expect(clean).not.toMatch(multiline ? FORBIDDEN_MULTILINE : FORBIDDEN)
        expect(clean).not.toMatch(multiline ? / {2}|^\s|\s$| \n|\n |\n{3}/u : /\s{2}|^\s|\s$|\n/u)
        expect(Array.from(clean).length).toBeLessThanOrEqual(maxLength)
        expect(cleanText(clean, { maxLength, multiline })).toBe(clean)
      }),
      { numRuns: 2000 },
    )
  })
})
