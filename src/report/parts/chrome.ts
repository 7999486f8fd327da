/**
 * What every page carries: a header with the MSP's name (and logo on the first page), the
 * business and the date, and a footer with the MSP's phone, email, booking link and "Page N of M".
 * Drawn last, once the number of pages is known. Every part is cut to fit its line.
 */
import type { Branding } from '../../branding/parse.ts'
import type { LogoImage } from '../../branding/logo.ts'
import { LINK_SCHEMES, normaliseUrl } from '../../branding/url.ts'
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE, type Writer } from '../writer.ts'
import { longDate, toPdfText } from '../text.ts'
import type { ReportMessages } from '../../i18n/types.ts'

/** The largest the logo is drawn, in mm; it is scaled to fit, keeping its proportions. */
export const LOGO_BOX = { width: 40, height: 14 } as const

/** The logo's drawn size in mm: scaled to fit LOGO_BOX; null for a logo without a usable size. */
export function logoSize(logo: LogoImage): { width: number; height: number } | null {
  if (!(logo.width > 0 && logo.height > 0 && Number.isFinite(logo.width) && Number.isFinite(logo.height))) return null
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height)
  return { width: logo.width * scale, height: logo.height * scale }
}

/** A link in the PDF: the link normalised as branding would store it (`normaliseUrl`), or undefined when branding would refuse it. */
export function safeUrl(url: string): string | undefined {
  return normaliseUrl(url, LINK_SCHEMES)
}

/** The MSP's out-of-hours number, trimmed; '' for none. */
export function emergencyPhone(branding: Branding): string {
  return branding.emergencyPhone.trim()
}

/** Phone, email and emergency number on one line (labelled in the language of `words`); empty parts left out. */
export function contactLine(branding: Branding, words: Pick<ReportMessages, 'phone' | 'emergency'>): string {
  const emergency = emergencyPhone(branding)
  return [branding.phone.trim() === '' ? '' : words.phone(branding.phone.trim()), branding.email.trim(), emergency === '' ? '' : words.emergency(emergency)]
    .filter((p) => p !== '')
    .join('  |  ')
}

const HEADER_BASELINE = 15
const FOOTER_RULE = CONTENT_BOTTOM + 4

/** Draws the logo at the top left of the current page; returns its width (0 when it cannot be drawn). */
function drawLogo(w: Writer, logo: LogoImage): number {
  const size = logoSize(logo)
  if (size === null) return 0
  try {
    w.doc.addImage(logo.data, logo.format, PAGE.margin, HEADER_BASELINE + 3 - size.height, size.width, size.height, 'msp-logo', 'FAST')
    return size.width
  } catch {
    // A damaged image must not cost the owner the plan: the report goes on without it.
    return 0
  }
}

/** The header's right side: the business (cut to fit) and the date, which is always whole. */
function headerRight(w: Writer, businessName: string, date: Date, width: number): string {
  const day = toPdfText(longDate(date, w.m.app))
  if (businessName === '') return day
  w.style({ size: SIZE.small })
  return `${w.fit(businessName, { size: SIZE.small }, width - w.textWidth(`  |  ${day}`))}  |  ${day}`
}

function header(w: Writer, branding: Branding, businessName: string, date: Date, logoWidth: number): void {
  const half = CONTENT_WIDTH / 2 - 2
  const left = PAGE.margin + (logoWidth > 0 ? logoWidth + 3 : 0)
  const nameStyle = { size: SIZE.small, bold: true, color: w.accent }
  w.doc.text(w.fit(branding.name, nameStyle, PAGE.margin + half - left), left, HEADER_BASELINE)
  const right = headerRight(w, businessName, date, half)
  w.style({ size: SIZE.small, color: COLOR.muted })
  w.doc.text(right, PAGE.width - PAGE.margin, HEADER_BASELINE, { align: 'right' })
  w.doc.setDrawColor(...COLOR.track)
  w.doc.setLineWidth(0.3)
  w.doc.line(PAGE.margin, HEADER_BASELINE + 4, PAGE.width - PAGE.margin, HEADER_BASELINE + 4)
}

function footer(w: Writer, branding: Branding, page: number, total: number): void {
  const pageLabel = toPdfText(w.m.report.page(page, total))
  w.doc.setDrawColor(...COLOR.track)
  w.doc.setLineWidth(0.3)
  w.doc.line(PAGE.margin, FOOTER_RULE, PAGE.width - PAGE.margin, FOOTER_RULE)
  const style = { size: SIZE.small, color: COLOR.muted }
  w.style(style)
  const pageWidth = w.textWidth(pageLabel) + 4
  w.doc.text(pageLabel, PAGE.width - PAGE.margin, FOOTER_RULE + 5, { align: 'right' })
  w.doc.text(w.fit(contactLine(branding, w.m.report), style, CONTENT_WIDTH - pageWidth), PAGE.margin, FOOTER_RULE + 5)
  const booking = safeUrl(branding.bookingUrl)
  if (booking === undefined) return
  const linkStyle = { size: SIZE.small, bold: true, color: w.accent }
  const line = w.fit(`${branding.ctaLabel}: ${booking}`, linkStyle, CONTENT_WIDTH)
  w.doc.text(line, PAGE.margin, FOOTER_RULE + 9.5)
  w.doc.link(PAGE.margin, FOOTER_RULE + 6.7, w.textWidth(line), 3.8, { url: booking })
}

/**
 * Draws the header and footer on every page. The header's right side reads
 * "<business> | <date>" (or just the date); the logo, when given, sits on the first page only.
 */
export function pageChrome(w: Writer, branding: Branding, date: Date, businessName: string, logo?: LogoImage): void {
  const total = w.doc.getNumberOfPages()
  for (let page = 1; page <= total; page += 1) {
    w.doc.setPage(page)
    const logoWidth = page === 1 && logo !== undefined ? drawLogo(w, logo) : 0
    header(w, branding, businessName, date, logoWidth)
    footer(w, branding, page, total)
  }
}
