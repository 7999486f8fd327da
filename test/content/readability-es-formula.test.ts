/** The Spanish reading-ease helper itself: syllables, sentences, numbers and both formulas on known text. */
import { describe, expect, it } from 'vitest'
import { countSyllablesEs, fernandezHuerta, inflesz, sentencesEs, spellNumberEs, textStatsEs, wordsEs } from '../support/readability-es.ts'

describe('countSyllablesEs', () => {
  it.each([
    ['sol', 1], ['que', 1], ['muy', 1], ['hoy', 1], ['y', 1], ['hay', 1], ['ya', 1], ['fue', 1], ['guion', 1],
    ['casa', 2], ['cuenta', 2], ['ciudad', 2], ['huevo', 2], ['guerra', 2], ['queso', 2], ['leer', 2], ['día', 2], ['país', 2], ['mayo', 2], ['ahí', 2],
    ['correo', 3], ['poeta', 3], ['ahora', 3], ['prohibir', 3], ['pingüino', 3], ['Uruguay', 3], ['tenían', 3], ['después', 2],
    ['contraseña', 4], ['seguridad', 4], ['proveedor', 4], ['garantía', 4], ['aeropuerto', 5],
    ['verificación', 5], ['actualización', 5], ['autenticación', 5], ['computadoras', 5], ['automatización', 6],
  ])('%s has %i', (word, expected) => {
    expect(countSyllablesEs(word)).toBe(expected)
  })

  it('reads acronyms letter by letter, by the letters\' Spanish names, and numbers in full', () => {
    expect(countSyllablesEs('API')).toBe(3) // a-pe-i
    expect(countSyllablesEs('MFA')).toBe(5) // e-me-e-fe-a
    expect(countSyllablesEs('TI')).toBe(2) // te-i
    expect(countSyllablesEs('T-Mobile')).toBe(4) // T + mo-bi-le, as Spanish spelling reads it
    expect(spellNumberEs(2023)).toBe('dos mil veintitrés')
    expect(spellNumberEs(41)).toBe('cuarenta y uno')
    expect(spellNumberEs(1000)).toBe('mil')
    expect(spellNumberEs(350)).toBe('trescientos cincuenta')
    expect(spellNumberEs(37000000)).toBe('treinta y siete millones')
    expect(countSyllablesEs('2023')).toBe(5) // dos mil vein-ti-trés
    expect(countSyllablesEs('41')).toBe(6) // cua-ren-ta y u-no
    expect(countSyllablesEs('76.6')).toBe(8) // se-ten-ta y seis pun-to seis
  })
})

describe('sentences and words', () => {
  it('split after . ! ? but not inside abbreviations, and treat a label without a full stop as one sentence', () => {
    expect(sentencesEs('¿Quién lo sabría? Nadie, p. ej. nadie. ¡Actúe hoy!')).toHaveLength(3)
    expect(sentencesEs('Sí: una lista escrita, revisada en los últimos 6 meses')).toHaveLength(1)
    expect(sentencesEs('')).toHaveLength(0)
  })

  it('count accented words, hyphenated words and numbers as one word each', () => {
    expect(wordsEs('La API de T-Mobile se usó mal durante 41 días.')).toEqual(['La', 'API', 'de', 'T-Mobile', 'se', 'usó', 'mal', 'durante', '41', 'días'])
  })
})

describe('fernandezHuerta and inflesz', () => {
  // Worked by hand: "El gato come pan." is 4 words, 1 sentence, 6 syllables (el ga-to co-me pan).
  it('score "El gato come pan." at 206.84 − 60 × 6/4 − 1.02 × 4 = 112.76 (FH) and 206.835 − 62.3 × 6/4 − 4 = 109.385 (INFLESZ)', () => {
    expect(textStatsEs('El gato come pan.')).toEqual({ words: 4, sentences: 1, syllables: 6 })
    expect(fernandezHuerta('El gato come pan.')).toBeCloseTo(112.76, 2)
    expect(inflesz('El gato come pan.')).toBeCloseTo(109.385, 2)
  })

  // su co-rre-o tie-ne u-na a-ler-ta (11), al-guien en-tró des-de o-tro pa-ís (10).
  it('score a two-sentence text (10 words, 2 sentences, 21 syllables) at 206.84 − 60 × 2.1 − 1.02 × 5 = 75.74', () => {
    const text = 'Su correo tiene una alerta. Alguien entró desde otro país.'
    expect(textStatsEs(text)).toEqual({ words: 10, sentences: 2, syllables: 21 })
    expect(fernandezHuerta(text)).toBeCloseTo(75.74, 2)
  })

  it('read shorter sentences as easier (the corrected formula: words per sentence, not sentences per 100 words)', () => {
    const long = 'Pida a su proveedor de TI que active las alertas y que revise cada cuenta y cada equipo de la oficina esta semana.'
    const short = 'Pida a su proveedor de TI que active las alertas. Que revise cada cuenta y cada equipo de la oficina. Hágalo esta semana.'
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long))
  })

  it('rank plain advice well above the same advice in jargon', () => {
    const plain = fernandezHuerta('Pida a su técnico que ponga al día sus equipos esta semana.')
    const jargon = fernandezHuerta('Operacionalice la remediación integral de vulnerabilidades mediante orquestación automatizada de parches.')
    expect(plain).toBeGreaterThan(70)
    expect(jargon).toBeLessThan(30)
  })

  it('return NaN for a text with no words', () => {
    expect(fernandezHuerta('  ')).toBeNaN()
    expect(inflesz('  ')).toBeNaN()
  })
})
