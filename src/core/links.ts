/**
 * How every link to outside the app opens. Pure: one rule for the contact card, the hand-off, the
 * help page and the sources.
 */

export interface LinkAttributes {
  readonly target?: '_blank'
  readonly rel?: 'noopener noreferrer'
}

const NEW_CONTEXT: LinkAttributes = { target: '_blank', rel: 'noopener noreferrer' }

/**
 * The attributes of an outside link: `https:` links open in a new tab; `mailto:` and `tel:` links
 * too when the app is embedded, so the frame never navigates to a URL the host page's
 * Content-Security-Policy blocks (which would leave a blank box); outside a frame they open in place.
 */
export function outsideLink(href: string, embedded: boolean): LinkAttributes {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  if (scheme === 'https' || scheme === 'http') return NEW_CONTEXT
  return embedded && (scheme === 'mailto' || scheme === 'tel') ? NEW_CONTEXT : {}
}

/** True when the link opens a page in a new tab (say so to screen readers); mail and phone links open a program. */
export function opensNewTab(href: string): boolean {
  return /^https?:/i.test(href)
}
