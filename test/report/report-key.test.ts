import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { checkLogo, type LogoImage } from '../../src/branding/logo.ts'
import { reportKey, type ReportKeyParts } from '../../src/report/report-key.ts'

const png = checkLogo('logo.png', new Uint8Array(readFileSync('public/logo.png')))
if (typeof png === 'string') throw new Error(png)
const logo: LogoImage = png

const previous = { answers: { 'mfa-email': 'no' }, savedAt: new Date(2025, 10, 2, 9, 0), bankVersion: 6 }
const base: ReportKeyParts = {
  bankVersion: 7,
  language: 'en',
  answers: { 'mfa-email': 'no', backups: 'weekly', 'api-profile': 'portal' },
  businessName: 'Acme Bakery',
  branding: DEFAULT_BRANDING,
  previous,
  logo,
  date: new Date(2026, 2, 5, 10, 30),
}

const key = (change: Partial<ReportKeyParts> = {}): string => reportKey({ ...base, ...change })

describe('reportKey', () => {
  it('is the same for the same inputs, whatever the order of the answers or of the branding fields', () => {
    expect(key()).toBe(key())
    const reversed = Object.fromEntries(Object.entries(base.answers).reverse())
    const shuffled = Object.fromEntries(Object.entries(DEFAULT_BRANDING).reverse()) as typeof DEFAULT_BRANDING
    expect(key({ answers: reversed, branding: shuffled })).toBe(key())
    // The same logo read again (another byte array, the same bytes).
    expect(key({ logo: { ...logo, data: logo.data.slice() } })).toBe(key())
  })

  it('is the same all day long: only the calendar day of the date counts', () => {
    expect(key({ date: new Date(2026, 2, 5, 0, 0, 0) })).toBe(key())
    expect(key({ date: new Date(2026, 2, 5, 23, 59, 59, 999) })).toBe(key())
  })

  it('changes with the day, since the PDF prints the date', () => {
    expect(key({ date: new Date(2026, 2, 6, 0, 0, 0) })).not.toBe(key({ date: new Date(2026, 2, 5, 23, 59, 59, 999) }))
    expect(key({ date: new Date(2027, 2, 5, 10, 30) })).not.toBe(key())
  })

  const changes: [string, Partial<ReportKeyParts>][] = [
    ['an answer changed', { answers: { ...base.answers, backups: 'never' } }],
    ['an answer added', { answers: { ...base.answers, 'breach-profile': 'one' } }],
    ['an answer removed', { answers: { 'mfa-email': 'no', backups: 'weekly' } }],
    ['the business name', { businessName: 'Acme Bakery Ltd' }],
    ['the business name cleared', { businessName: '' }],
    ['the MSP name', { branding: { ...DEFAULT_BRANDING, name: 'Other IT' } }],
    ['the accent colour', { branding: { ...DEFAULT_BRANDING, colours: { ...DEFAULT_BRANDING.colours, accent: '#0f766e' } } }],
    ['the phone number', { branding: { ...DEFAULT_BRANDING, phone: '+44 20 7946 0000' } }],
    ['the booking link', { branding: { ...DEFAULT_BRANDING, bookingUrl: 'https://acme-it.example/book' } }],
    ['no earlier assessment', { previous: null }],
    ['an earlier answer', { previous: { ...previous, answers: { 'mfa-email': 'yes' } } }],
    ['the earlier assessment date', { previous: { ...previous, savedAt: new Date(2025, 10, 3) } }],
    ['the earlier question-set version', { previous: { ...previous, bankVersion: 5 } }],
    ['no logo', { logo: undefined }],
    ['other logo bytes of the same size', { logo: { ...logo, data: logo.data.map((b, i) => (i === logo.data.length - 1 ? b ^ 1 : b)) } }],
    ['the logo size', { logo: { ...logo, width: logo.width + 1 } }],
    ['the question-set version', { bankVersion: 8 }],
    ['the language (the same question set in Spanish)', { language: 'es' }],
  ]
  it.each(changes)('changes when anything that reaches the report changes: %s', (_, change) => {
    expect(key(change)).not.toBe(key())
  })

  it('tells apart inputs that only a careless join would confuse', () => {
    expect(key({ businessName: 'a","b' })).not.toBe(key({ businessName: 'a', answers: { ...base.answers, b: '' } }))
    expect(key({ answers: { a: 'b,c' } })).not.toBe(key({ answers: { a: 'b', c: '' } }))
  })
})
