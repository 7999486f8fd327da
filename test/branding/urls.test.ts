/**
 * Links in branding.json: only https: (and, for the booking link, mailto: and tel:) get through.
 * Scripts, data, other schemes and every trick of case, whitespace and encoding are refused, and
 * the field falls back to its default with a warning.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING, parseBranding } from '../../src/branding/parse.ts'

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
})
