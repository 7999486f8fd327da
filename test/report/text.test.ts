import { describe, expect, it } from 'vitest'
import { longDate, reportFileName, toPdfText } from '../../src/report/text.ts'
import { en, messages } from '../../src/i18n/messages.ts'

describe('toPdfText', () => {
  it('maps typographic characters to ASCII', () => {
    expect(toPdfText('‘single’ “double” – — … • a\u00A0b ≤ ≥ →')).toBe(`'single' "double" - - ... - a b <= >= ->`)
  })

  it('keeps Latin-1 letters and replaces other scripts and symbols with ?', () => {
    expect(toPdfText('Zoë’s café — 東京 ✓')).toBe("Zoë's café - ?? ?")
    expect(toPdfText('Straße, Ørsted, Ålesund, ½ £5')).toBe('Straße, Ørsted, Ålesund, ½ £5')
  })

  it('replaces an emoji (a surrogate pair) with a single ?', () => {
    expect(toPdfText('ok 👍 done')).toBe('ok ? done')
  })

  it('drops diacritics outside Latin-1 and composes decomposed letters', () => {
    expect(toPdfText('Wałęsa Dvořák Łódź')).toBe('Wa?esa Dvorák ?ódz')
    expect(toPdfText('cafe\u0301')).toBe('café')
    expect(toPdfText('\uFB01le')).toBe('file')
  })

  it('keeps line breaks, turns tabs into spaces and controls into ?', () => {
    expect(toPdfText('a\nb\tc\u0007d\u0085e')).toBe('a\nb c?d?e')
  })

  it('never throws and leaves nothing above U+00FF', () => {
    const nasty = 'x\uD800y\uDFFFz \u0000 \u{10FFFF} \u2028 \u00AD'
    const out = toPdfText(nasty)
    expect(out).not.toMatch(/[\u0100-\uffff]/)
    expect(out.startsWith('x?y?z')).toBe(true)
    expect(toPdfText('')).toBe('')
  })
})

describe('reportFileName', () => {
  const date = new Date(2026, 2, 5, 23, 59)

  it('names the file after the local date, without a business', () => {
    expect(reportFileName(date)).toBe('cyber-readiness-plan-2026-03-05.pdf')
    expect(reportFileName(date, '   ')).toBe('cyber-readiness-plan-2026-03-05.pdf')
    expect(reportFileName(date, '東京 ✓')).toBe('cyber-readiness-plan-2026-03-05.pdf')
  })

  it('slugs the business name to lowercase ASCII letters, digits and single hyphens', () => {
    expect(reportFileName(date, 'Zoë’s Café & Bar, Ltd.')).toBe('cyber-readiness-plan-zoe-s-cafe-bar-ltd-2026-03-05.pdf')
    expect(reportFileName(date, '../../etc/passwd')).toBe('cyber-readiness-plan-etc-passwd-2026-03-05.pdf')
    expect(reportFileName(date, '  --ACME  2000--  ')).toBe('cyber-readiness-plan-acme-2000-2026-03-05.pdf')
  })

  it('cuts the slug at 40 characters without a trailing hyphen', () => {
    const name = reportFileName(date, 'The Very Long Name of a Small Family Business in Springfield')
    const slug = /^cyber-readiness-plan-(.+)-2026-03-05\.pdf$/.exec(name)?.[1] ?? ''
    expect(slug).toBe('the-very-long-name-of-a-small-family-bus')
    expect(slug.length).toBe(40)
    expect(reportFileName(date, `${'a'.repeat(39)} b`)).toBe(`cyber-readiness-plan-${'a'.repeat(39)}-2026-03-05.pdf`)
  })

  it('pads month and day, and survives an invalid date', () => {
    expect(reportFileName(new Date(2031, 10, 9))).toBe('cyber-readiness-plan-2031-11-09.pdf')
    expect(reportFileName(new Date(Number.NaN))).toMatch(/^cyber-readiness-plan-19(69|70)-\d\d-\d\d\.pdf$/)
  })

  it('names the file in the owner\'s language: plan-de-ciberseguridad-… in Spanish', () => {
    const es = messages('es').results.fileStem
    expect(reportFileName(date, 'Panadería Zoë', 'pdf', es)).toBe('plan-de-ciberseguridad-panaderia-zoe-2026-03-05.pdf')
    expect(reportFileName(date, '', 'csv', es)).toBe('plan-de-ciberseguridad-2026-03-05.csv')
    expect(reportFileName(date, 'Acme', 'pdf', en.results.fileStem)).toBe(reportFileName(date, 'Acme'))
  })

  it('names the plan as a spreadsheet the same way, with .csv', () => {
    expect(reportFileName(date, 'Zoë’s Café', 'csv')).toBe('cyber-readiness-plan-zoe-s-cafe-2026-03-05.csv')
    expect(reportFileName(date, '', 'csv')).toBe('cyber-readiness-plan-2026-03-05.csv')
  })
})

describe('longDate', () => {
  it('writes the date in US English without locale data', () => {
    expect(longDate(new Date(2026, 0, 31), en.app)).toBe('January 31, 2026')
  })

  it('writes the date in Spanish as "1 de diciembre de 2026", every month in full and lowercase, without locale data', () => {
    const es = messages('es').app
    expect(longDate(new Date(2026, 11, 1), es)).toBe('1 de diciembre de 2026')
    expect(longDate(new Date(2027, 0, 31), es)).toBe('31 de enero de 2027')
    expect(Array.from({ length: 12 }, (_, m) => longDate(new Date(2026, m, 15), es).split(' ')[2])).toEqual(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'])
    expect(longDate(new Date(Number.NaN), es)).toMatch(/^(31 de diciembre de 1969|1 de enero de 1970)$/)
  })
})
