/**
 * The one rule for links from outside (branding.json's website and booking link): a link is
 * accepted or refused here, and once accepted it is stored, shown and followed in one form, the
 * WHATWG URL parser's `href` (lower-case scheme and host, non-ASCII hosts in punycode). The page,
 * the hand-off and the PDF all ask this function, so they accept and refuse the same links.
 */

/** Where a website may point. */
export const WEB_SCHEMES = ['https:'] as const
/** Where a booking link (and any link in the PDF) may point. */
export const LINK_SCHEMES = ['https:', 'mailto:', 'tel:'] as const

/** Longest link accepted, before and after normalising. */
export const URL_MAX_LENGTH = 500

// Anything a browser would strip or reinterpret, so the shown link could differ from the followed
// one: controls, whitespace, backslashes (read as "/" in http(s) URLs) and invisible format characters.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/**
 * `raw` as a normalised link (`url.href`) when it is one of `schemes`; undefined otherwise.
 * Refused: anything that is not text or is longer than 500 characters; control, format or
 * whitespace characters inside (leading and trailing spaces are trimmed) and backslashes anywhere;
 * a user name or password (`https://user@host`, however disguised); for https: anything but
 * `https://` followed by a host name with a dot, so `https:evil.example` and protocol-relative
 * links are refused, and so are IP-address hosts (`https://192.0.2.1/`, `https://[::1]/`): an MSP's
 * site has a name, and numeric hosts are a phishing staple. A fragment is fine: the host shown is
 * the real one, because what is shown is `href`.
 */
export function normaliseUrl(raw: unknown, schemes: readonly string[]): string | undefined {
  if (typeof raw !== 'string' || raw.length > URL_MAX_LENGTH) return undefined
  const trimmed = raw.trim()
  if (trimmed === '' || HIDDEN.test(trimmed)) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  if (!schemes.includes(url.protocol) || url.username !== '' || url.password !== '') return undefined
  if (url.protocol === 'https:') {
    if (!/^https:\/\/[^/]/i.test(trimmed)) return undefined
    if (IPV4.test(url.hostname) || url.hostname.startsWith('[') || !url.hostname.includes('.')) return undefined
  } else if (url.pathname === '' || url.host !== '') {
    // mailto: and tel: carry an address and nothing that looks like a host.
    return undefined
  }
  return url.href.length <= URL_MAX_LENGTH ? url.href : undefined
}

// http:// only to this machine, for testing: the host must end right after the name (no "@", no ".evil").
const LOCAL_HTTP = /^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d{1,5})?(?:[/?#]|$)/i

/**
 * Where the lead form may post (branding.json's `leadCapture.endpoint`), as a normalised `href`, or
 * undefined. An https:// address by the rules of `normaliseUrl` (so no IP address, no user name, no
 * hidden characters), or, for testing only, http:// to `localhost` or `127.0.0.1` on any port.
 */
export function normaliseEndpoint(raw: unknown): string | undefined {
  const https = normaliseUrl(raw, WEB_SCHEMES)
  if (https !== undefined || typeof raw !== 'string' || raw.length > URL_MAX_LENGTH) return https
  const trimmed = raw.trim()
  if (HIDDEN.test(trimmed) || !LOCAL_HTTP.test(trimmed)) return undefined
  try {
    const url = new URL(trimmed)
    const local = url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')
    return local && url.username === '' && url.password === '' && url.href.length <= URL_MAX_LENGTH ? url.href : undefined
  } catch {
    return undefined
  }
}
