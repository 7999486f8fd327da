/**
 * The MSP's branding: who the owner should call, the logo and the colours. It comes from
 * `branding.json`, deployed next to the app (editable in a built copy, no rebuild) and never from
 * URL parameters or messages. `parseBranding` validates it field by field: a bad field falls back
 * to its safe default with a warning, and the rest still applies. Pure: loading is in branding-load.ts.
 */
import { AA, MUTED, WHITE, accentSoft, contrast, darkenToContrast, parseHex } from './colour.ts'
import { isRecord } from '../core/records.ts'
import { cleanText } from '../core/text.ts'
import { LINK_SCHEMES, WEB_SCHEMES, normaliseEndpoint, normaliseUrl } from './url.ts'
import { LANGUAGES, isLanguage, type Language } from '../i18n/languages.ts'

/**
 * The logo's path: a relative path inside the app's folder: no scheme, no leading slash, no `..`,
 * ending .png/.jpg/.jpeg. Here, not in logo.ts, so the first screen can check branding.json
 * without loading the logo's byte checks (App.vue loads them once the screen is up).
 */
export const LOGO_PATH = /^(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9_-][A-Za-z0-9_./-]{0,150}\.(?:png|jpe?g)$/i

/** Countries whose authorities the app can point to for reporting an attack. */
export const COUNTRIES = ['US', 'GB', 'AU'] as const
export type Country = (typeof COUNTRIES)[number]

/** #rrggbb colours, already checked for contrast (see `parseBranding`). */
export interface BrandColours {
  /** Buttons (with white text), links, highlights. Reaches 4.5:1 against white and the background. */
  readonly accent: string
  /** Body text. Reaches 4.5:1 against white, the background and the accent's light tint. */
  readonly text: string
  /** The page behind the cards. Light enough for the muted grey text to reach 4.5:1. */
  readonly background: string
}

export interface Branding {
  /** The MSP's name, shown in the header, the call to action and on every PDF page. */
  readonly name: string
  readonly phone: string
  readonly email: string
  /** https URL of the MSP's website, normalised by `normaliseUrl` (as shown and followed). */
  readonly website: string
  /** https (or mailto:/tel:) URL where an owner books a call, normalised by `normaliseUrl`. */
  readonly bookingUrl: string
  /** A sentence on how the MSP helps, shown beside the call to action. */
  readonly howWeHelp: string
  /** The label of the call-to-action button. */
  readonly ctaLabel: string
  /** The MSP's out-of-hours number for an attack in progress; '' for none. */
  readonly emergencyPhone: string
  /** Where the owner reports an attack: this country's authorities. */
  readonly country: Country
  /** Relative path of a same-origin PNG or JPEG (≤ 200 KB), or null for no logo. */
  readonly logo: string | null
  /** False for a logo that already holds the name: the header then shows the logo alone (its alt text is the name). */
  readonly showName: boolean
  readonly colours: BrandColours
  /** The only origins allowed to embed the app (`https://host[:port]`; http localhost for testing), or null for any. */
  readonly embedOrigins: readonly string[] | null
  /** The lead form on the results page (`parseLeadCapture`), or null: no form, nothing is ever sent. */
  readonly leadCapture: LeadCapture | null
  /** The languages the owner may read the assessment in, in the MSP's order; `["en"]` unless the MSP opts in. */
  readonly languages: readonly Language[]
  /** The language shown when neither the owner, the host page nor the browser asks for an allowed one: one of `languages`. */
  readonly defaultLanguage: Language
  /**
   * The MSP's own words in other languages (`{ "es": { "howWeHelp": "…" } }`), as written in the
   * file: checked by `brandingIn` (src/branding/translate.ts, loaded with another language), so
   * the English first load does not carry the check. Undefined when not given.
   */
  readonly translations: unknown
}

/** The optional fields the lead form may ask for, besides the name and email it always asks. */
export const LEAD_FIELDS = ['phone', 'business', 'message'] as const
export type LeadField = (typeof LEAD_FIELDS)[number]

/** branding.json's `leadCapture`: where the owner's details go, with their consent, when they press send. */
export interface LeadCapture {
  /** Normalised by `normaliseEndpoint`: an https:// address, or http://localhost / 127.0.0.1 for testing. */
  readonly endpoint: string
  /** The optional fields asked for, in the form's order (phone, business, message). */
  readonly fields: readonly LeadField[]
  /** The MSP's own sentence shown under the consent box (what they do with the details); '' for none. */
  readonly consentText: string
  /** Whether the owner is offered (unticked) to include their individual answers. */
  readonly includeAnswersOption: boolean
}

/** The shipped default: a neutral placeholder MSP that nobody could mistake for a real one. */
export const DEFAULT_BRANDING: Branding = {
  name: 'Your IT Partner (placeholder)',
  phone: '+1 555 0100',
  email: 'help@example.com',
  website: 'https://example.com/',
  bookingUrl: 'https://example.com/book',
  howWeHelp: 'We help small businesses put these protections in place, keep them running, and respond fast when something goes wrong.',
  ctaLabel: 'Book a free review call',
  emergencyPhone: '+1 555 0199',
  country: 'US',
  logo: null,
  showName: true,
  colours: { accent: '#1d4ed8', text: '#1e293b', background: '#f4f6f9' },
  embedOrigins: null,
  leadCapture: null,
  languages: ['en'],
  defaultLanguage: 'en',
  translations: undefined,
}

type Rule<T> = (value: unknown) => T | undefined

/**
 * Text fields go through `cleanText` (visible one-line text) and are then checked for length: the
 * cap is one past the limit, so an over-long text is refused with a warning rather than silently cut.
 */
export const text = (max: number): Rule<string> => (v) => {
  const clean = cleanText(v, { maxLength: max + 1 })
  return clean.length > 0 && Array.from(clean).length <= max ? clean : undefined
}
const phone: Rule<string> = (v) => {
  const clean = cleanText(v, { maxLength: 40 })
  return /^\+?[\d ().-]{3,25}$/.test(clean) && /\d{3}/.test(clean.replace(/\D/g, '')) ? clean : undefined
}
const email: Rule<string> = (v) => {
  const clean = cleanText(v, { maxLength: 255 })
  return clean.length <= 254 && /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(clean) ? clean : undefined
}
const url = (schemes: readonly string[]): Rule<string> => (v) => normaliseUrl(v, schemes)

type Field = Exclude<keyof Branding, 'colours' | 'embedOrigins' | 'leadCapture' | 'languages' | 'defaultLanguage' | 'translations'>
const RULES: { readonly [K in Field]: readonly [Rule<Branding[K]>, string] } = {
  name: [text(80), 'must be text of 1 to 80 characters'],
  phone: [phone, 'must be a phone number such as "+1 555 0100"'],
  email: [email, 'must be an email address such as "help@example.com"'],
  website: [url(WEB_SCHEMES), 'must be an https:// address'],
  bookingUrl: [url(LINK_SCHEMES), 'must be an https://, mailto: or tel: address'],
  howWeHelp: [text(400), 'must be text of 1 to 400 characters'],
  ctaLabel: [text(40), 'must be text of 1 to 40 characters'],
  emergencyPhone: [(v) => (v === '' ? '' : phone(v)), 'must be a phone number such as "+1 555 0199", or "" for none'],
  country: [(v) => COUNTRIES.find((c) => c === v), `must be one of ${COUNTRIES.map((c) => `"${c}"`).join(', ')}`],
  logo: [(v) => (v === null || v === '' ? null : typeof v === 'string' && LOGO_PATH.test(v) ? v : undefined), 'must be null or the relative path of a .png or .jpg file next to the app, such as "logo.png"'],
  // Optional: absent means true, so no warning.
  showName: [(v) => (v === undefined ? true : typeof v === 'boolean' ? v : undefined), 'must be true or false'],
}

/** A value as quoted in a warning: JSON, cut to 60 characters. */
export function show(value: unknown): string {
  const json = value === undefined ? 'nothing' : JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}

function parseColours(raw: unknown, warn: (field: string, problem: string, fallback: unknown) => void): BrandColours {
  const fallback = DEFAULT_BRANDING.colours
  const given = isRecord(raw) ? raw : {}
  if (given !== raw) warn('colours', raw === undefined ? 'is missing' : 'must be an object with "accent", "text" and "background"', fallback)
  Object.keys(given).filter((k) => !(k in fallback)).forEach((k) => warn(`colours.${k}`, 'is not a known colour and was ignored', undefined))
  const hex = (key: keyof BrandColours): string | undefined => {
    if (parseHex(given[key]) !== null) return (given[key] as string).toLowerCase()
    if (given === raw) warn(`colours.${key}`, given[key] === undefined ? 'is missing' : 'must be a #rrggbb colour', fallback[key])
    return undefined
  }
  const wanted = { accent: hex('accent'), text: hex('text'), background: hex('background') }
  let background = wanted.background ?? fallback.background
  if (contrast(MUTED, background) < AA) {
    warn('colours.background', `is too dark for readable text (grey text reaches only ${contrast(MUTED, background).toFixed(1)}:1)`, fallback.background)
    background = fallback.background
  }
  const readable = (key: 'accent' | 'text', against: readonly string[]): string => {
    const colour = wanted[key] ?? fallback[key]
    const adjusted = darkenToContrast(colour, against) ?? fallback[key]
    if (adjusted !== colour) warn(`colours.${key}`, `${colour} is too light for ${AA}:1 contrast`, adjusted)
    return adjusted
  }
  const accent = readable('accent', [WHITE, background])
  return { accent, text: readable('text', [WHITE, background, accentSoft(accent)]), background }
}

/** An origin an MSP may list in `embedOrigins`: `https://host[:port]`, or http://localhost / 127.0.0.1 on any port. */
const EMBED_ORIGIN = /^(?:https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*|http:\/\/(?:localhost|127\.0\.0\.1))(?::\d{1,5})?$/

/** `embedOrigins`: optional (absent, null or nothing valid means any origin); bad entries are dropped with a warning. */
function parseEmbedOrigins(raw: unknown, warn: (field: string, problem: string, fallback: unknown) => void): readonly string[] | null {
  if (raw === undefined || raw === null) return null
  if (!Array.isArray(raw)) {
    warn('embedOrigins', `must be a list of origins such as ["https://www.your-msp.com"] (got ${show(raw)})`, null)
    return null
  }
  const origins = raw.filter((v): v is string => typeof v === 'string' && EMBED_ORIGIN.test(v) && v.length <= 200)
  raw.filter((v) => !origins.includes(v as string)).forEach((v) => warn('embedOrigins', `entry ${show(v)} must be an origin such as "https://www.your-msp.com" (no path) and was ignored`, undefined))
  // A list with nothing usable left limits nothing (this is a courtesy check; frame-ancestors is the defence).
  return origins.length === 0 ? null : origins
}

const LEAD_KEYS = ['endpoint', 'fields', 'consentText', 'includeAnswersOption']
const LEAD_OFF = 'the lead form is off'

/**
 * `leadCapture`: optional (absent or null: no form, silently). Any bad part turns the whole form
 * off with a warning, because a half-understood form could send details somewhere the MSP did not
 * mean, or without the MSP's own consent wording; unknown keys are ignored with a warning.
 */
function parseLeadCapture(raw: unknown, warn: (field: string, problem: string, fallback: unknown) => void): LeadCapture | null {
  if (raw === undefined || raw === null) return null
  if (!isRecord(raw)) {
    warn('leadCapture', `must be an object such as { "endpoint": "https://…" } (got ${show(raw)}); ${LEAD_OFF}`, undefined)
    return null
  }
  Object.keys(raw).filter((k) => !LEAD_KEYS.includes(k) && !k.startsWith('_')).forEach((k) => warn(`leadCapture.${k}`, 'is not a known field and was ignored', undefined))
  const refuse = (key: string, problem: string): null => {
    warn(`leadCapture.${key}`, `${raw[key] === undefined ? 'is missing' : `${problem} (got ${show(raw[key])})`}; ${LEAD_OFF}`, undefined)
    return null
  }
  const endpoint = normaliseEndpoint(raw.endpoint)
  if (endpoint === undefined) return refuse('endpoint', 'must be an https:// address (http:// only to localhost or 127.0.0.1, for testing)')
  const given = raw.fields ?? [...LEAD_FIELDS]
  if (!Array.isArray(given) || !given.every((f) => LEAD_FIELDS.some((known) => known === f))) {
    return refuse('fields', `must be a list of ${LEAD_FIELDS.map((f) => `"${f}"`).join(', ')} (or [] for name and email only)`)
  }
  const consentText = raw.consentText === undefined ? '' : text(400)(raw.consentText)
  if (consentText === undefined) return refuse('consentText', 'must be text of 1 to 400 characters')
  const includeAnswersOption = raw.includeAnswersOption ?? false
  if (typeof includeAnswersOption !== 'boolean') return refuse('includeAnswersOption', 'must be true or false')
  return { endpoint, fields: LEAD_FIELDS.filter((f) => given.includes(f)), consentText, includeAnswersOption }
}

const LANGUAGE_LIST = LANGUAGES.map((l) => `"${l}"`).join(', ')

/** `languages`: optional (absent: English only); unknown or repeated entries are dropped with a warning; nothing usable left: `["en"]`. */
function parseLanguages(raw: unknown, warn: (field: string, problem: string, fallback: unknown) => void): readonly Language[] {
  const list = raw === undefined ? ['en'] : Array.isArray(raw) ? raw : []
  const languages = list.filter((v, i): v is Language => isLanguage(v) && list.indexOf(v) === i)
  if (languages.length === list.length && languages.length > 0) return languages
  warn('languages', `must be a list of ${LANGUAGE_LIST}, each once (got ${show(raw)})`, languages.length > 0 ? languages : DEFAULT_BRANDING.languages)
  return languages.length > 0 ? languages : DEFAULT_BRANDING.languages
}

/** A `tel:` link for a phone number as written (spaces, dashes and brackets dropped). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`
}

/**
 * Validates raw branding (parsed JSON). Each missing or invalid field takes its default (a bad
 * logo means no logo) and adds a warning; colours too light for WCAG AA are darkened just enough,
 * with a warning; unknown fields are ignored with a warning (fields starting with "_" silently).
 */
export function parseBranding(raw: unknown): { branding: Branding; warnings: string[] } {
  const warnings: string[] = []
  const warn = (field: string, problem: string, fallback: unknown): void => {
    const using = fallback === undefined ? '' : field === 'logo' ? '; no logo is shown' : `; using ${show(fallback)}`
    warnings.push(`branding.json: "${field}" ${problem}${using}.`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push('branding.json: the file must hold one JSON object; using the default branding.')
    return { branding: DEFAULT_BRANDING, warnings }
  }
  const given = raw as Record<string, unknown>
  Object.keys(given).filter((k) => !(k in DEFAULT_BRANDING) && !k.startsWith('_')).forEach((k) => warn(k, 'is not a known field and was ignored', undefined))
  const pick = <K extends Field>(key: K): Branding[K] => {
    const [rule, problem] = RULES[key]
    const value = rule(given[key])
    if (value !== undefined) return value
    warn(key, given[key] === undefined ? 'is missing' : `${problem} (got ${show(given[key])})`, DEFAULT_BRANDING[key])
    return DEFAULT_BRANDING[key]
  }
  const branding: Branding = {
    name: pick('name'),
    phone: pick('phone'),
    email: pick('email'),
    website: pick('website'),
    bookingUrl: pick('bookingUrl'),
    howWeHelp: pick('howWeHelp'),
    ctaLabel: pick('ctaLabel'),
    emergencyPhone: pick('emergencyPhone'),
    country: pick('country'),
    logo: pick('logo'),
    showName: pick('showName'),
    colours: parseColours(given.colours, warn),
    embedOrigins: parseEmbedOrigins(given.embedOrigins, warn),
    leadCapture: parseLeadCapture(given.leadCapture, warn),
    languages: DEFAULT_BRANDING.languages,
    defaultLanguage: DEFAULT_BRANDING.defaultLanguage,
    translations: {},
  }
  const languages = parseLanguages(given.languages, warn)
  const fallback = languages.find((l) => l === given.defaultLanguage)
  if (given.defaultLanguage !== undefined && fallback === undefined) warn('defaultLanguage', `must be one of "languages" (got ${show(given.defaultLanguage)})`, languages[0])
  return { branding: { ...branding, languages, defaultLanguage: fallback ?? languages[0] ?? 'en', translations: given.translations }, warnings }
}
