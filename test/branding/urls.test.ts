/**
 * Links in branding.json: only https: (and, for the booking link, mailto: and tel:) get through.
 * Scripts, data, other schemes and every trick of case, whitespace and encoding are refused, and
 * the field falls back to its default with a warning.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING, parseBranding } from '../../src/branding/parse.ts'
import { LINK_SCHEMES, WEB_SCHEMES, normaliseUrl } from '../../src/branding/url.ts'
import { safeUrl } from '../../src/report/parts/chrome.ts'
import { bookingHref } from '../../src/embed/handoff.ts'

const refused = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001https://example.com/book',
  'https://example.com/\u0000book',
  'javascript&colon;alert(1)',
  'javascript://example.com/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,x',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '//evil.example/book',
  '///evil.example/book',
  '\\\\evil.example\\book',
  '/book',
  'book.html',
  'http://example.com/book',
  'ftp://example.com/book',
  'file:///etc/passwd',
  'blob:https://example.com/1234',
  'https://user:pw@example.com/book',
  `https://example.com/${'x'.repeat(500)}`,
  // Hardening 2.0: tricks that passed before, or that a later string check could misread.
  'https://user@example.com/book',
  'https://evil.example\\@good.example/book',
  'https://evil.example\\good.example',
  'https:\\\\evil.example\\book',
  'https://good.example\\.evil.example/',
  'https:evil.example/book',
  'HTTPS:evil.example/book',
  'https:/evil.example/book',
  'https://example.com/bo ok',
  'https://exa mple.com/book',
  'https://example.com/\u202ekoob',
  'https://exam\u200bple.com/book',
  'https://example.com/bo\u2028ok',
  'https://example.com/\u00adbook',
  'https://\u0085example.com/book',
  'https://example.com/book\u001b[31m',
  'https://192.0.2.10/book',
  'https://2130706433/book',
  'https://0x7f.1/book',
  'https://[::1]/book',
  'https://localhost/book',
  'https://',
  'https:///book',
  'mailto:',
  'tel:',
  'tel://+15550100',
  'https://%65vil.example@good.example/',
  `https://${'a'.repeat(63)}.${'b'.repeat(63)}.example/${'c'.repeat(380)}`,
]

describe('branding links', () => {
  it.each(refused)('refuses %j as the website and the booking link', (link) => {
    const { branding, warnings } = parseBranding({ ...DEFAULT_BRANDING, website: link, bookingUrl: link })
    expect(branding.website).toBe(DEFAULT_BRANDING.website)
    expect(branding.bookingUrl).toBe(DEFAULT_BRANDING.bookingUrl)
    expect(warnings).toEqual([expect.stringMatching(/^branding\.json: "website" must be an https:\/\/ address/), expect.stringMatching(/^branding\.json: "bookingUrl" must be an https:\/\/, mailto: or tel: address/)])
  })

  it.each([
    ['https://acme.example/book?team=sales', 'https://acme.example/book?team=sales'],
    ['  https://acme.example/book  ', 'https://acme.example/book'],
    ['mailto:book@acme.example', 'mailto:book@acme.example'],
    ['tel:+442079460958', 'tel:+442079460958'],
  ])('accepts the booking link %j', (link, kept) => {
    const { branding, warnings } = parseBranding({ ...DEFAULT_BRANDING, bookingUrl: link })
    expect(warnings).toEqual([])
    expect(branding.bookingUrl).toBe(kept)
  })

  it.each(['<script>@x.example', 'a@b.example?bcc=c@evil.example', 'a@b.example\nbcc:c@evil.example', 'a@b.example\r\nBcc: c@evil.example', 'javascript:alert(1)//@x.example'])('refuses the email %j', (email) => {
    expect(parseBranding({ ...DEFAULT_BRANDING, email }).branding.email).toBe(DEFAULT_BRANDING.email)
  })

  it.each(['<script>alert(1)</script>', '+1 555 0100<b>', 'tel:+15550100', 'javascript:1-555-0100'])('refuses the phone %j', (phone) => {
    const { branding } = parseBranding({ ...DEFAULT_BRANDING, phone, emergencyPhone: phone })
    expect(branding.phone).toBe(DEFAULT_BRANDING.phone)
    expect(branding.emergencyPhone).toBe(DEFAULT_BRANDING.emergencyPhone)
  })

  it.each(refused)('refuses %j in the PDF and in the hand-off too, as the branding parser does', (link) => {
    expect(normaliseUrl(link, LINK_SCHEMES)).toBeUndefined()
    expect(normaliseUrl(link, WEB_SCHEMES)).toBeUndefined()
    expect(safeUrl(link)).toBeUndefined()
    expect(bookingHref(link, 'homepage')).toBe('')
  })

  // [as written, as stored, shown and linked]: one normalised form everywhere.
  const normalised: readonly [string, string][] = [
    ['HTTPS://ACME.example/Book?x=1', 'https://acme.example/Book?x=1'],
    ['HtTpS://acme.example', 'https://acme.example/'],
    ['  https://acme.example/book\t', 'https://acme.example/book'],
    ['https://acme.example:8443/book', 'https://acme.example:8443/book'],
    ['https://acme.example:443/book', 'https://acme.example/book'],
    ['https://acme.example/a/../book', 'https://acme.example/book'],
    ['https://good.example#@evil.example', 'https://good.example/#@evil.example'],
    ['https://good.example/?next=@evil.example', 'https://good.example/?next=@evil.example'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://аррӏе.example/', 'https://xn--80ak6aa92e.example/'],
    ['https://ACME.example./book', 'https://acme.example./book'],
    ['MAILTO:book@acme.example', 'mailto:book@acme.example'],
    ['TEL:+442079460958', 'tel:+442079460958'],
  ]

  it.each(normalised)('stores %j as %j, and the PDF links the same', (link, stored) => {
    const website = stored.startsWith('https:')
    const { branding, warnings } = parseBranding({ ...DEFAULT_BRANDING, bookingUrl: link, ...(website ? { website: link } : {}) })
    expect(warnings).toEqual([])
    expect(branding.bookingUrl).toBe(stored)
    if (website) expect(branding.website).toBe(stored)
    expect(safeUrl(link)).toBe(stored)
    expect(safeUrl(stored)).toBe(stored)
    expect(normaliseUrl(stored, LINK_SCHEMES)).toBe(stored)
  })

  it('keeps the UTM fields on a booking link written with an upper-case HTTPS://', () => {
    const { branding } = parseBranding({ ...DEFAULT_BRANDING, bookingUrl: 'HTTPS://Cal.example/msp?lang=en' })
    for (const given of [branding.bookingUrl, 'HTTPS://Cal.example/msp?lang=en']) {
      const url = new URL(bookingHref(given, 'homepage'))
      expect(url.origin).toBe('https://cal.example')
      expect(url.searchParams.get('lang')).toBe('en')
      expect(url.searchParams.get('utm_source')).toBe('homepage')
      expect(url.searchParams.get('utm_medium')).toBe('cyber-readiness-assessment')
      expect(url.searchParams.get('utm_campaign')).toBe('assessment')
    }
  })

  it(`counts the link tricks: ${refused.length} refused, ${normalised.length} normalised`, () => {
    expect([refused.length, normalised.length]).toEqual([58, 13])
  })
})
