/**
 * The MSP's branding: who the owner should call. One default, clearly placeholder MSP for now;
 * the embedding work turns this into a deploy-time file (`branding.json`) validated on load.
 */

export interface Branding {
  /** The MSP's name, shown in the header, the call to action and on every PDF page. */
  readonly name: string
  readonly phone: string
  readonly email: string
  /** https URL of the MSP's website. */
  readonly website: string
  /** https URL where an owner books a call. */
  readonly bookingUrl: string
  /** A sentence on how the MSP helps, shown beside the call to action. */
  readonly howWeHelp: string
  /** The label of the call-to-action button. */
  readonly ctaLabel: string
}

/** The shipped default: a neutral placeholder MSP that nobody could mistake for a real one. */
export const DEFAULT_BRANDING: Branding = {
  name: 'Your IT Partner (placeholder)',
  phone: '+1 555 0100',
  email: 'help@example.com',
  website: 'https://example.com',
  bookingUrl: 'https://example.com/book',
  howWeHelp: 'We help small businesses put these protections in place, keep them running, and respond fast when something goes wrong.',
  ctaLabel: 'Book a free review call',
}
