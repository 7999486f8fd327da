import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DEFAULT_BRANDING, parseBranding, type Branding } from '../../src/branding/parse.ts'
import { AA, MUTED, WHITE, accentSoft, contrast } from '../../src/branding/colour.ts'

const shipped: unknown = JSON.parse(readFileSync(new URL('../../public/branding.json', import.meta.url), 'utf8'))
const valid = { ...DEFAULT_BRANDING, colours: { ...DEFAULT_BRANDING.colours } }

function parseWith(changes: Record<string, unknown>): ReturnType<typeof parseBranding> {
  return parseBranding({ ...valid, ...changes })
}

describe('parseBranding', () => {
  it('accepts the shipped branding.json as it is: the placeholder MSP with the placeholder logo', () => {
    const { branding, warnings } = parseBranding(shipped)
    expect(warnings).toEqual([])
    expect(branding).toEqual({ ...DEFAULT_BRANDING, logo: 'logo.png' })
  })

  it('round-trips the defaults without a warning', () => {
    expect(parseBranding(valid)).toEqual({ branding: DEFAULT_BRANDING, warnings: [] })
  })

  it('applies every valid field of a custom branding', () => {
    const custom: Branding = {
      name: 'Acme IT & Co <Ltd>',
      phone: '(020) 7946-0958',
      email: "o'brien+help@acme-it.co.uk",
      website: 'https://acme-it.co.uk/',
      bookingUrl: 'mailto:book@acme-it.co.uk',
      howWeHelp: 'Managed security for shops and surgeries.',
      ctaLabel: 'Talk to us',
      emergencyPhone: '',
      country: 'GB',
      logo: 'brand/acme.JPG',
      showName: false,
      colours: { accent: '#0f766e', text: '#111111', background: '#ffffff' },
      embedOrigins: ['https://www.acme-it.co.uk', 'https://acme-it.co.uk:8443', 'http://localhost:5173'],
      leadCapture: { endpoint: 'https://hooks.acme-it.co.uk/lead', fields: ['phone', 'message'], consentText: 'We use them only to contact you.', includeAnswersOption: true },
      languages: ['es', 'en'],
      defaultLanguage: 'en',
      translations: { es: { howWeHelp: 'Seguridad gestionada para tiendas y consultorios.', ctaLabel: 'Hable con nosotros' } },
    }
    expect(parseBranding(custom)).toEqual({ branding: custom, warnings: [] })
    expect(parseWith({ bookingUrl: 'tel:+442079460958', logo: null }).warnings).toEqual([])
  })

  const bad: [keyof Branding, unknown][] = [
    ['name', ''],
    ['name', 'x'.repeat(81)],
    ['name', '\u200b\u202e\u0000 \u00ad'],
    ['name', 42],
    ['phone', 'call us'],
    ['phone', '12'],
    ['email', 'not-an-email'],
    ['email', 'a@b.com?bcc=x@evil.com'],
    ['website', 'http://example.com'],
    ['website', 'javascript:alert(1)'],
    ['website', 'https://user:pw@example.com'],
    ['bookingUrl', 'javascript:alert(1)'],
    ['bookingUrl', 'data:text/html,<script>alert(1)</script>'],
    ['bookingUrl', 'not a url'],
    ['howWeHelp', 'x'.repeat(401)],
    ['ctaLabel', 'x'.repeat(41)],
    ['showName', 'false'],
    ['showName', 0],
    ['showName', null],
    ['emergencyPhone', 'ring ring'],
    ['country', 'FR'],
    ['country', 'us'],
  ]
  it.each(bad)('a bad %s (%j) falls back to its default with a warning; the rest still applies', (field, value) => {
    const { branding, warnings } = parseWith({ [field]: value, name: field === 'name' ? value : 'Acme IT' })
    expect(branding[field]).toEqual(DEFAULT_BRANDING[field])
    if (field !== 'name') expect(branding.name).toBe('Acme IT')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(new RegExp(`^branding\\.json: "${field}" must .*; using `))
  })

  it.each(['https://evil.example/logo.png', '//evil.example/logo.png', '/logo.png', '../logo.png', 'img/../../logo.png', 'logo.svg', 'logo.png?x=1', 'data:image/png;base64,AAAA', 7])(
    'refuses the logo %j: no logo is shown',
    (logo) => {
      const { branding, warnings } = parseWith({ logo })
      expect(branding.logo).toBeNull()
      expect(warnings).toEqual([expect.stringMatching(/^branding\.json: "logo" must .*; no logo is shown\.$/)])
    },
  )

  it('names missing fields and unknown fields; fields starting with "_" are notes', () => {
    const rest: Record<string, unknown> = { ...valid, _comment: 'hello', bookingURL: 'https://x.example' }
    delete rest.phone
    const { branding, warnings } = parseBranding(rest)
    expect(branding.phone).toBe(DEFAULT_BRANDING.phone)
    expect(warnings).toEqual(['branding.json: "bookingURL" is not a known field and was ignored.', 'branding.json: "phone" is missing; using "+1 555 0100".'])
  })

  it.each([null, [], 'text', 3])('uses the defaults when the file is not an object (%j)', (raw) => {
    expect(parseBranding(raw)).toEqual({ branding: DEFAULT_BRANDING, warnings: ['branding.json: the file must hold one JSON object; using the default branding.'] })
  })
})

describe('parseBranding colours', () => {
  it('keeps colours that reach 4.5:1 and normalises them to lower case', () => {
    const { branding, warnings } = parseWith({ colours: { accent: '#0F766E', text: '#000000', background: '#FFFFFF' } })
    expect(warnings).toEqual([])
    expect(branding.colours).toEqual({ accent: '#0f766e', text: '#000000', background: '#ffffff' })
  })

  it('darkens an accent too light for white button text just enough, with a warning', () => {
    const { branding, warnings } = parseWith({ colours: { ...valid.colours, accent: '#ffcc00' } })
    const { accent } = branding.colours
    expect(accent).not.toBe('#ffcc00')
    expect(contrast(accent, WHITE)).toBeGreaterThanOrEqual(AA)
    expect(contrast(accent, branding.colours.background)).toBeGreaterThanOrEqual(AA)
    expect(contrast(accent, branding.colours.background)).toBeLessThan(AA + 0.2)
    expect(warnings).toEqual([`branding.json: "colours.accent" #ffcc00 is too light for 4.5:1 contrast; using "${accent}".`])
  })

  it('darkens light text until it reads on white, the background and the accent tint', () => {
    const { branding } = parseWith({ colours: { ...valid.colours, text: '#999999' } })
    for (const bg of [WHITE, branding.colours.background, accentSoft(branding.colours.accent)]) expect(contrast(branding.colours.text, bg)).toBeGreaterThanOrEqual(AA)
  })

  it('rejects a background too dark for the grey text', () => {
    const { branding, warnings } = parseWith({ colours: { ...valid.colours, background: '#333333' } })
    expect(branding.colours.background).toBe(DEFAULT_BRANDING.colours.background)
    expect(warnings[0]).toMatch(/^branding\.json: "colours\.background" is too dark/)
  })

  it.each(['#fff', 'red', 'rgb(0,0,0)', '#12345g', 12])('refuses the colour %j', (accent) => {
    const { branding, warnings } = parseWith({ colours: { ...valid.colours, accent } })
    expect(branding.colours.accent).toBe(DEFAULT_BRANDING.colours.accent)
    expect(warnings).toEqual([`branding.json: "colours.accent" must be a #rrggbb colour; using "${DEFAULT_BRANDING.colours.accent}".`])
  })

  it('fills missing colours from the defaults', () => {
    expect(parseWith({ colours: { accent: '#0f766e' } }).branding.colours).toEqual({ ...DEFAULT_BRANDING.colours, accent: '#0f766e' })
    expect(parseWith({ colours: 'blue' }).branding.colours).toEqual(DEFAULT_BRANDING.colours)
  })

  it('always yields safe branding, whatever the file holds', () => {
    const anyField = fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('#ffffff', '#000000', '#777777', 'javascript:x', 'tel:1', null), fc.integer(), fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`))
    const keys = [...Object.keys(DEFAULT_BRANDING), 'extra']
    const raw = fc.dictionary(fc.constantFrom(...keys), anyField)
    const colours = fc.record({ accent: anyField, text: anyField, background: anyField }, { requiredKeys: [] })
    fc.assert(
      fc.property(raw, colours, (fields, cols) => {
        const { branding } = parseBranding({ ...fields, colours: cols })
        for (const link of [branding.website, branding.bookingUrl]) expect(new URL(link).protocol).toMatch(/^(https|mailto|tel):$/)
        const { accent, text, background } = branding.colours
        expect(contrast(MUTED, background)).toBeGreaterThanOrEqual(AA)
        for (const bg of [WHITE, background]) {
          expect(contrast(accent, bg)).toBeGreaterThanOrEqual(AA)
          expect(contrast(text, bg)).toBeGreaterThanOrEqual(AA)
        }
      }),
    )
  })

  it('cleans every text field with cleanText: controls and invisible format characters removed, whitespace collapsed', () => {
    const { branding, warnings } = parseWith({
      name: '\u202eAcme\u0000 IT\u200b',
      howWeHelp: 'We help.\r\n\u2028We \u00adrespond\u2066 fast.',
      ctaLabel: '\tBook\u001b a call\ufeff',
      phone: ' +1 555\u200b 0142\u202c ',
      email: '\u200ehelp@acme.example\r\n',
      emergencyPhone: '\u2067+1 555 0199\u2069',
    })
    expect(warnings).toEqual([])
    expect(branding).toMatchObject({ name: 'Acme IT', howWeHelp: 'We help. We respond fast.', ctaLabel: 'Book a call', phone: '+1 555 0142', email: 'help@acme.example', emergencyPhone: '+1 555 0199' })
  })
})

describe('showName', () => {
  it('is optional: absent means true, with no warning; true and false are taken as given', () => {
    const withoutIt: Record<string, unknown> = { ...valid }
    delete withoutIt.showName
    expect(parseBranding(withoutIt)).toEqual({ branding: DEFAULT_BRANDING, warnings: [] })
    expect(DEFAULT_BRANDING.showName).toBe(true)
    expect(parseWith({ showName: false })).toEqual({ branding: { ...DEFAULT_BRANDING, showName: false }, warnings: [] })
    expect(parseWith({ showName: true }).branding.showName).toBe(true)
  })

  it('says what is wrong with a value that is not true or false, and shows the name', () => {
    expect(parseWith({ showName: 'no' })).toEqual({
      branding: DEFAULT_BRANDING,
      warnings: ['branding.json: "showName" must be true or false (got "no"); using true.'],
    })
  })
})

describe('embedOrigins', () => {
  it('is optional: absent or null allows any origin, silently', () => {
    expect(parseWith({}).branding.embedOrigins).toBeNull()
    expect(parseWith({ embedOrigins: null }).warnings).toEqual([])
  })

  it('keeps https origins (and http localhost or 127.0.0.1 on any port) and drops each bad entry with a warning', () => {
    const { branding, warnings } = parseWith({
      embedOrigins: ['https://www.msp.example', 'http://127.0.0.1:4174', 'http://www.msp.example', 'https://www.msp.example/embed', 'https://user@msp.example', '*', 42, 'https://msp.example:443'],
    })
    expect(branding.embedOrigins).toEqual(['https://www.msp.example', 'http://127.0.0.1:4174', 'https://msp.example:443'])
    expect(warnings).toHaveLength(5)
    expect(warnings.every((w) => w.startsWith('branding.json: "embedOrigins" entry'))).toBe(true)
  })

  it('a value that is not a list, or a list with nothing usable, limits nothing and says so', () => {
    expect(parseWith({ embedOrigins: 'https://www.msp.example' })).toMatchObject({ branding: { embedOrigins: null }, warnings: [expect.stringMatching(/^branding\.json: "embedOrigins" must be a list/)] })
    expect(parseWith({ embedOrigins: ['nope'] }).branding.embedOrigins).toBeNull()
  })
})

describe('leadCapture', () => {
  const lead = { endpoint: 'https://hooks.example.com/catch/1/abc/', fields: ['phone', 'business', 'message'], consentText: 'We use your details only to contact you about this assessment.', includeAnswersOption: true }

  it('is optional: absent or null means no lead form, silently', () => {
    expect(parseWith({}).branding.leadCapture).toBeNull()
    expect(parseWith({ leadCapture: null })).toEqual({ branding: DEFAULT_BRANDING, warnings: [] })
  })

  it('accepts a complete configuration, keeping the fields in the form\'s order', () => {
    expect(parseWith({ leadCapture: { ...lead, fields: ['message', 'phone'] } })).toEqual({
      branding: { ...DEFAULT_BRANDING, leadCapture: { ...lead, fields: ['phone', 'message'] } },
      warnings: [],
    })
  })

  it('defaults: every optional field, no consent sentence of the MSP\'s own, no answers option; [] asks name and email only', () => {
    expect(parseWith({ leadCapture: { endpoint: lead.endpoint } }).branding.leadCapture).toEqual({ endpoint: lead.endpoint, fields: ['phone', 'business', 'message'], consentText: '', includeAnswersOption: false })
    expect(parseWith({ leadCapture: { endpoint: lead.endpoint, fields: [] } }).branding.leadCapture?.fields).toEqual([])
  })

  it('stores the endpoint normalised; http:// only to localhost or 127.0.0.1 (testing)', () => {
    const endpoint = (e: string): string | undefined => parseWith({ leadCapture: { endpoint: e } }).branding.leadCapture?.endpoint
    expect(endpoint('HTTPS://Hooks.Example.com/catch?id=1')).toBe('https://hooks.example.com/catch?id=1')
    expect(endpoint('http://127.0.0.1:4176/hook/ok/1')).toBe('http://127.0.0.1:4176/hook/ok/1')
    expect(endpoint('http://localhost:5678/webhook/lead')).toBe('http://localhost:5678/webhook/lead')
    expect(endpoint('http://LOCALHOST')).toBe('http://localhost/')
  })

  it.each([
    'http://hooks.example.com/lead',
    'http://localhost.evil.example/lead',
    'http://localhost@evil.example/lead',
    'http://127.0.0.1.evil.example/',
    'http://user:pw@localhost/lead',
    'http://192.168.1.10/lead',
    'https://192.0.2.1/lead',
    'https://user@hooks.example.com/',
    'javascript:alert(1)',
    'data:application/json,{}',
    '//hooks.example.com/lead',
    '/lead',
    'https://hooks.example.com/\u202elead',
    'wss://hooks.example.com/',
    42,
  ])('a bad endpoint (%j) turns the form off with a warning', (endpoint) => {
    const { branding, warnings } = parseWith({ leadCapture: { ...lead, endpoint } })
    expect(branding).toEqual(DEFAULT_BRANDING)
    expect(warnings).toEqual([expect.stringMatching(/^branding\.json: "leadCapture\.endpoint" must be an https:\/\/ address .*\(got .*\); the lead form is off\.$/)])
  })

  it.each([
    ['endpoint', undefined, /"leadCapture\.endpoint" is missing; the lead form is off\.$/],
    ['fields', ['phone', 'fax'], /"leadCapture\.fields" must be a list of "phone", "business", "message" .*; the lead form is off\.$/],
    ['fields', 'phone', /"leadCapture\.fields" must be a list/],
    ['consentText', '', /"leadCapture\.consentText" must be text of 1 to 400 characters \(got ""\); the lead form is off\.$/],
    ['consentText', 'x'.repeat(401), /"leadCapture\.consentText" must be text of 1 to 400/],
    ['consentText', '\u200b\u202e', /"leadCapture\.consentText" must be text/],
    ['includeAnswersOption', 'yes', /"leadCapture\.includeAnswersOption" must be true or false \(got "yes"\); the lead form is off\.$/],
  ] as const)('a bad %s (%j) turns the form off, saying which part and why', (key, value, message) => {
    const { branding, warnings } = parseWith({ leadCapture: { ...lead, [key]: value } })
    expect(branding.leadCapture).toBeNull()
    expect(warnings).toEqual([expect.stringMatching(message)])
  })

  it('a value that is not an object turns the form off; unknown keys are reported and ignored, notes ("_…") are not', () => {
    for (const raw of ['https://hooks.example.com/', ['https://hooks.example.com/'], true]) {
      expect(parseWith({ leadCapture: raw })).toMatchObject({ branding: { leadCapture: null }, warnings: [expect.stringMatching(/^branding\.json: "leadCapture" must be an object .*; the lead form is off\.$/)] })
    }
    const { branding, warnings } = parseWith({ leadCapture: { ...lead, endPoint: 'x', _note: 'ours' } })
    expect(branding.leadCapture?.endpoint).toBe(lead.endpoint)
    expect(warnings).toEqual(['branding.json: "leadCapture.endPoint" is not a known field and was ignored.'])
  })

  it('cleans the consent sentence like every text field: visible text on one line', () => {
    expect(parseWith({ leadCapture: { ...lead, consentText: ' We call\n you\u202e back.\u0000 ' } }).branding.leadCapture?.consentText).toBe('We call you back.')
  })
})
