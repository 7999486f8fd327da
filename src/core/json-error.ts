/**
 * Where JSON text first goes wrong, as a character offset. `JSON.parse` gives a position only for
 * some errors (V8 says "Unexpected token ']'" or "Unexpected end of JSON input" without one), so
 * a content editor would not learn where to look. Pure; a small recursive-descent check of RFC 8259.
 */

const WS = new Set([' ', '\t', '\n', '\r'])
const LITERALS = ['true', 'false', 'null']
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const DIGIT = /[0-9]/
const HEX_DIGIT = /^[0-9a-fA-F]$/

class Failed extends Error {
  constructor(readonly at: number) {
    super(`invalid JSON at ${at}`)
  }
}

/** The offset of the first character that makes `text` invalid JSON, or null when it is valid. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0
  const fail = (): never => {
    throw new Failed(Math.min(i, text.length))
  }
  const space = (): void => {
    while (i < text.length && WS.has(text.charAt(i))) i++
  }
  const digits = (): void => {
    if (!DIGIT.test(text.charAt(i))) fail()
    while (DIGIT.test(text.charAt(i))) i++
  }
  const number = (): void => {
    if (text.charAt(i) === '-') i++
    if (text.charAt(i) === '0') i++
    else digits()
    if (text.charAt(i) === '.') {
      i++
      digits()
    }
    if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
      i++
      if (text.charAt(i) === '+' || text.charAt(i) === '-') i++
      digits()
    }
  }
  const string = (): void => {
    if (text.charAt(i) !== '"') fail()
    i++
    for (;;) {
      if (i >= text.length) fail()
      const ch = text.charAt(i)
      if (ch === '"') break
      if (ch < ' ') fail()
      if (ch === '\\') {
        i++
        const esc = text.charAt(i)
        if (esc === 'u') {
          // Like V8: the error is at the first of the four characters that is not a hex digit.
          for (let k = 0; k < 4; k++) {
            i++
            if (!HEX_DIGIT.test(text.charAt(i))) fail()
          }
        } else if (!ESCAPES.has(esc)) fail()
      }
      i++
    }
    i++
  }
  const literal = (): void => {
    const word = LITERALS.find((w) => w.startsWith(text.charAt(i))) ?? fail()
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail()
      i++
    }
  }
  const expect = (ch: string): void => {
    space()
    if (text.charAt(i) !== ch) fail()
    i++
  }
  const list = (close: string, item: () => void): void => {
    i++
    space()
    if (text.charAt(i) === close) {
      i++
      return
    }
    for (;;) {
      item()
      space()
      if (text.charAt(i) === close) {
        i++
        return
      }
      expect(',')
    }
  }
  const value = (): void => {
    space()
    const ch = text.charAt(i)
    if (ch === '{') list('}', () => (space(), string(), expect(':'), value()))
    else if (ch === '[') list(']', value)
    else if (ch === '"') string()
    else if (ch === '-' || DIGIT.test(ch)) number()
    else literal()
  }
  try {
    value()
    space()
    if (i < text.length) fail()
    return null
  } catch (error) {
    if (error instanceof Failed) return error.at
    throw error
  }
}
