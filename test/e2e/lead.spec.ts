/**
 * The lead form against a real catch hook on a second origin (fixtures/receiver.js, port 4176,
 * answering CORS preflights and recording every request). branding.json with `leadCapture` is
 * served through a route, as an MSP would edit dist/branding.json, and the app's page gets the
 * README's one addition to the strict policy, the endpoint's origin in `connect-src`, the same way
 * (the preview server itself stays exactly as strict as production). Once the page is up, every
 * route is removed: while any route is set, Playwright answers CORS preflights itself, and these
 * tests need the browser to ask the receiver.
 */
import { readFileSync } from 'node:fs'
import type { BrowserContext, Frame, Locator, Page, Route } from '@playwright/test'
import { APP_ORIGIN, answersFor, axeViolations, completeAssessment, expect, openResults, seedProgress, test, type Pick, type Target } from './support.ts'
import { realBank } from '../../src/node/report-io.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { encodeProgress, STORAGE_KEY } from '../../src/storage.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { estimateDetection } from '../../src/core/detection.ts'
import { buildLead, cleanContact, type LeadContact, type LeadPayload } from '../../src/core/lead.ts'
import { en } from '../../src/i18n/messages.ts'

import { LEAD_TIMEOUT_MS } from '../../src/composables/useLeadSend.ts'

const consentLabel = en.results.lead.consent

const RECEIVER = 'http://127.0.0.1:4176'
const HOST = 'http://127.0.0.1:4174'
const MSP = 'Acme IT Services'
const CONSENT_TEXT = 'We use your details only to contact you about this assessment.'
const shipped = JSON.parse(readFileSync('public/branding.json', 'utf8')) as Record<string, unknown>
const bank = realBank()

/** What the owner types (the business name comes from the results page's own field). */
const TYPED = { name: '  Jo   Bloggs ', email: 'jo@corner-shop.example', phone: '+44 20 7946 0000', message: 'Please call after 3pm.\nThanks!' }

interface Received {
  readonly method: string
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly body: string
}

/** This test's own hook id, so tests running side by side never read each other's requests. */
function hookId(): string {
  const info = test.info()
  return `${info.testId}-${info.repeatEachIndex}-${info.retry}`.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}

async function received(id: string): Promise<Received[]> {
  const response = await fetch(`${RECEIVER}/log/${id}`)
  return (await response.json()) as Received[]
}

async function posts(id: string): Promise<Received[]> {
  return (await received(id)).filter((r) => r.method === 'POST')
}

/** The app's own page (and the app's page inside an embed): where the policy is sent. */
function isAppPage(url: URL): boolean {
  return url.origin === APP_ORIGIN && url.pathname === '/'
}

/** The app's response, with the endpoint's origin added to `connect-src` exactly as the README tells the deployer. */
async function withEndpointInPolicy(route: Route): Promise<void> {
  const response = await route.fetch()
  // The body arrives decoded: drop the length and encoding of the compressed original.
  const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== 'content-encoding' && name !== 'content-length'))
  const policy = headers['content-security-policy'] ?? ''
  await route.fulfill({ response, headers: { ...headers, 'content-security-policy': `${policy}; connect-src 'self' ${RECEIVER}` } })
}

/**
 * Deploys the app as an MSP would: branding.json with `leadCapture` pointing at this test's hook in
 * `mode` (see fixtures/receiver.js) and, unless `connectSrc` is false, the endpoint's origin in the
 * policy. Returns the hook id. Call `live` once the page is up.
 */
async function deploy(context: BrowserContext, mode: string, { connectSrc = true }: { connectSrc?: boolean } = {}): Promise<{ id: string; endpoint: string }> {
  const id = hookId()
  const endpoint = `${RECEIVER}/hook/${mode}/${id}`
  const leadCapture = { endpoint, fields: ['phone', 'business', 'message'], consentText: CONSENT_TEXT, includeAnswersOption: true }
  await context.route(`${APP_ORIGIN}/branding.json`, (route) => route.fulfill({ json: { ...shipped, name: MSP, email: 'hello@acme-it.example', leadCapture } }))
  if (connectSrc) await context.route(isAppPage, withEndpointInPolicy)
  return { id, endpoint }
}

/** Removes every route, so CORS preflights reach the receiver (with a route set, Playwright answers them itself). */
async function live(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'wait' })
}

/** `deploy` with `mode`, the saved results of `pick` opened, then `live`. */
async function leadResults(page: Page, context: BrowserContext, mode: string, pick: Pick = 'worst', options: { connectSrc?: boolean; businessName?: string } = {}): Promise<{ id: string; endpoint: string }> {
  const hook = await deploy(context, mode, options)
  await openResults(page, pick, {}, options.businessName === undefined ? {} : { businessName: options.businessName })
  await live(context)
  return hook
}

/** The lead form's disclosure, opened. */
async function openForm(target: Target): Promise<Locator> {
  const form = target.locator('details.lead')
  await form.locator('summary', { hasText: `Ask ${MSP} to contact you` }).click()
  await expect(form.getByLabel('Your name')).toBeVisible()
  return form
}

const consentBox = (form: Locator) => form.getByRole('checkbox', { name: consentLabel(MSP) })
const sendButton = (form: Locator) => form.getByRole('button', { name: `Send to ${MSP}` })
const confirmation = (form: Locator) => form.getByText(`Sent. ${MSP} has your details, score and top priorities`)

async function fillIn(form: Locator): Promise<void> {
  await form.getByLabel('Your name').fill(TYPED.name)
  await form.getByLabel('Email address').fill(TYPED.email)
  await form.getByLabel('Phone number').fill(TYPED.phone)
  await form.getByLabel('Message').fill(TYPED.message)
}

/** Opens the form, fills it in as `TYPED` and ticks the consent box. */
async function readyForm(target: Target): Promise<Locator> {
  const form = await openForm(target)
  await fillIn(form)
  await consentBox(form).check()
  return form
}

/** The body the app must send for these answers and this contact: the core's own builder, fed what the page was fed. */
function expectedLead(pick: Pick, contact: LeadContact, options: { includeAnswers?: boolean; source?: string; page?: string | null; at: string }): LeadPayload {
  const answers = answersFor(pick)
  return buildLead({
    contact,
    honeypot: '',
    includeAnswers: options.includeAnswers ?? false,
    mspName: MSP,
    consentText: CONSENT_TEXT,
    source: options.source ?? 'direct',
    page: options.page ?? null,
    results: scoreAssessment(bank, answers),
    plan: derivePlan(bank, answers),
    detection: estimateDetection(bank, answers),
    submittedAt: new Date(options.at),
    language: 'en',
    words: en.results,
  })
}

/** The body received, checked for the documented top-level fields and a fresh ISO timestamp. */
function bodyOf(request: Received | undefined): LeadPayload {
  expect(request?.headers['content-type']).toBe('application/json')
  const body = JSON.parse(request?.body ?? 'null') as LeadPayload
  expect(body.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  expect(Math.abs(Date.parse(body.submittedAt) - Date.now())).toBeLessThan(10 * 60_000)
  return body
}

/** The browser's own console errors about a refused request (the app logs none); the fixture fails on anything else. */
function dropNetworkErrors(problems: string[]): void {
  const rest = problems.filter((p) => !/^console error: (Failed to load resource: |Access to fetch at '[^']*' from origin '[^']*' has been blocked by CORS policy)/.test(p))
  problems.splice(0, problems.length, ...rest)
}

test('nothing is sent before consent; after it the automation gets exactly the documented JSON, once, without cookies, and nothing else leaves', async ({ page, context }) => {
  const outside: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(`${APP_ORIGIN}/`) && r.method() !== 'OPTIONS') outside.push(`${r.method()} ${r.url()}`)
  })
  const { id, endpoint } = await leadResults(page, context, 'ok', 'worst', { businessName: 'Corner Shop Ltd' })
  const form = await openForm(page)
  await expect(form.getByLabel('Business name')).toHaveValue('Corner Shop Ltd')
  await fillIn(form)
  await expect(consentBox(form)).not.toBeChecked()

  await sendButton(form).click()
  await expect(form.getByText('Tick this box to send your details')).toBeVisible()
  await expect(consentBox(form)).toBeFocused()
  expect(await received(id)).toEqual([])
  expect(outside).toEqual([])

  await consentBox(form).check()
  await sendButton(form).click()
  await expect(confirmation(form)).toBeVisible()
  const log = await received(id)
  expect(log.map((r) => r.method)).toEqual(['OPTIONS', 'POST'])
  expect(log[0]?.headers).toMatchObject({ origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' })
  expect(log[1]?.headers.origin).toBe(APP_ORIGIN)
  expect(log[1]?.headers.cookie).toBeUndefined()
  expect(log[1]?.headers.authorization).toBeUndefined()

  const body = bodyOf(log[1])
  const contact = cleanContact({ ...TYPED, business: 'Corner Shop Ltd' })
  expect(contact.name).toBe('Jo Bloggs')
  expect(body).toEqual(expectedLead('worst', contact, { at: body.submittedAt }))
  expect(Object.keys(body)).toEqual(['format', 'version', 'language', 'submittedAt', 'source', 'page', 'contact', 'consent', 'result', 'honeypot'])
  expect(body.consent).toEqual({ text: `${consentLabel(MSP)}. ${CONSENT_TEXT}`, includeAnswers: false })
  // The same results the page shows.
  expect(String(body.result.score)).toBe((await page.locator('.overall__number').textContent())?.trim())
  expect(body.result.fixFirst.map((a) => a.action)).toEqual((await page.locator('.fix-first .fix__do').allTextContents()).map((t) => t.trim()))
  expect(outside).toEqual([`POST ${endpoint}`])
})

test('the individual answers go only when the owner ticks the second box, which starts unticked', async ({ page, context }) => {
  const { id } = await leadResults(page, context, 'ok', 'unsure')
  const form = await readyForm(page)
  const answersBox = form.getByRole('checkbox', { name: `Also send ${MSP} my answer to each question` })
  await expect(answersBox).not.toBeChecked()
  await answersBox.check()
  await sendButton(form).click()
  await expect(confirmation(form)).toBeVisible()
  const body = bodyOf((await posts(id))[0])
  expect(body).toEqual(expectedLead('unsure', cleanContact(TYPED), { includeAnswers: true, at: body.submittedAt }))
  expect(body.consent.includeAnswers).toBe(true)
  expect(body.answers?.length).toBeGreaterThan(20)
  expect(body.answers?.every((a) => a.answer === 'Not sure' || a.score === null)).toBe(true)
})

const CANNOT_REACH = `${MSP}'s system could not be reached, or did not accept the connection from this page.`
const failures = [
  { what: 'an error status (500), then a working try', mode: 'fail-once', reason: `${MSP}'s system answered with an error (HTTP 500).`, arrived: ['OPTIONS', 'POST'] },
  { what: 'a CORS refusal (a preflight without CORS headers)', mode: 'nocors', reason: CANNOT_REACH, arrived: ['OPTIONS'] },
  { what: 'a network failure (connection refused)', mode: 'ok', abort: true, reason: CANNOT_REACH, arrived: [] },
  { what: `no answer within ${LEAD_TIMEOUT_MS / 1000} seconds`, mode: 'slow', clock: true, reason: `${MSP}'s system did not answer within ${LEAD_TIMEOUT_MS / 1000} seconds.`, arrived: ['OPTIONS', 'POST'] },
] as const

for (const failure of failures) {
  test(`${failure.what}: the owner is told, keeps everything typed, and is offered "Try again" and the email with the same summary`, async ({ page, context, problems }) => {
    // A fake clock (time still flows) so the timeout is fast-forwarded instead of waited for.
    if ('clock' in failure) await page.clock.install()
    const { id } = await leadResults(page, context, failure.mode)
    if ('abort' in failure) await context.route(`${RECEIVER}/hook/**`, (route) => route.abort('connectionrefused'))
    const form = await readyForm(page)
    await sendButton(form).click()
    if ('clock' in failure) {
      await expect.poll(async () => (await posts(id)).length).toBe(1)
      await page.clock.fastForward(LEAD_TIMEOUT_MS)
    }

    const alert = form.getByRole('alert')
    await expect(alert).toContainText(`Your details were not sent. ${failure.reason} Everything you typed is still here.`)
    expect((await received(id)).map((r) => r.method)).toEqual(failure.arrived)
    await expect(form.getByLabel('Your name')).toHaveValue(TYPED.name)
    await expect(form.getByLabel('Email address')).toHaveValue(TYPED.email)
    await expect(form.getByLabel('Phone number')).toHaveValue(TYPED.phone)
    await expect(form.getByLabel('Message')).toHaveValue(TYPED.message)
    await expect(consentBox(form)).toBeChecked()
    await expect(sendButton(form)).not.toHaveAttribute('aria-disabled', 'true')
    const handOff = await page.locator('.next-step .handoff').getByRole('link', { name: `Email my results to ${MSP}` }).getAttribute('href')
    await expect(alert.getByRole('link', { name: `Email my results to ${MSP} instead` })).toHaveAttribute('href', handOff ?? 'missing')
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    dropNetworkErrors(problems)

    if (failure.mode === 'fail-once') {
      await alert.getByRole('button', { name: 'Try again' }).click()
      await expect(confirmation(form)).toBeVisible()
      const [first, second] = (await posts(id)).map((r) => bodyOf(r))
      expect(second).toEqual({ ...first, submittedAt: second?.submittedAt })
    }
  })
}

test('a double click sends one request', async ({ page, context }) => {
  // The hook answers after a second: a second request would have arrived long before the confirmation.
  const { id } = await leadResults(page, context, 'delay')
  const form = await readyForm(page)
  await sendButton(form).dblclick()
  await expect(confirmation(form)).toBeVisible()
  expect(await posts(id)).toHaveLength(1)
})

test('works with the keyboard alone, and axe finds nothing wrong with the problems shown or once sent', async ({ page, context }) => {
  const { id } = await leadResults(page, context, 'ok')
  const form = page.locator('details.lead')
  await form.locator('summary').focus()
  await page.keyboard.press('Enter')
  await expect(form).toHaveAttribute('open', '')
  await page.keyboard.press('Tab')
  const name = form.getByLabel('Your name')
  await expect(name).toBeFocused()
  // Enter in a one-line field sends, as in any form: here it shows what is missing and stays on the first problem.
  await page.keyboard.press('Enter')
  await expect(form.getByText('Enter your name.')).toBeVisible()
  await expect(name).toBeFocused()
  expect(await axeViolations(page)).toEqual([])

  await page.keyboard.type('Jo Bloggs')
  for (const [label, text] of [['Email address', TYPED.email], ['Phone number', TYPED.phone], ['Business name', 'Corner Shop'], ['Message', 'Hello']] as const) {
    await page.keyboard.press('Tab')
    await expect(form.getByLabel(label)).toBeFocused()
    await page.keyboard.type(text)
  }
  // The honeypot sits between the message and the consent box, out of the tab order.
  await page.keyboard.press('Tab')
  await expect(consentBox(form)).toBeFocused()
  await page.keyboard.press('Space')
  await expect(consentBox(form)).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(form.getByRole('checkbox', { name: `Also send ${MSP} my answer to each question` })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(sendButton(form)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(confirmation(form)).toBeFocused()
  expect(await posts(id)).toHaveLength(1)
  expect(await axeViolations(page)).toEqual([])
})

test('in the embed, the lead carries the embed\'s source and the page\'s origin, and the host page hears lead-submitted without any contact detail', async ({ page, context }) => {
  const { id } = await deploy(context, 'ok')
  await seedProgress(page, 'results', 'worst')
  await page.goto(`${HOST}/host.html`)
  await page.evaluate(() => {
    const seen: unknown[] = []
    ;(window as unknown as { leadEvents: unknown[] }).leadEvents = seen
    document.addEventListener('cyber-readiness:lead-submitted', (event) => seen.push({ target: (event.target as HTMLElement).id, detail: (event as CustomEvent).detail }))
  })
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${APP_ORIGIN}/?source=homepage`)), { timeout: 15_000 }).toBe(true)
  const frame = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/?source=homepage`)) as Frame
  await frame.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(frame.getByRole('heading', { level: 2, name: 'Fix these first' })).toBeVisible()
  await live(context)

  const form = await readyForm(frame)
  await sendButton(form).click()
  await expect(confirmation(form)).toBeVisible()
  const request = (await posts(id))[0]
  expect(request?.headers.origin).toBe(APP_ORIGIN)
  const body = bodyOf(request)
  expect([body.source, body.page]).toEqual(['homepage', HOST])
  expect(body).toEqual(expectedLead('worst', cleanContact(TYPED), { source: 'homepage', page: HOST, at: body.submittedAt }))
  await expect.poll(() => page.evaluate(() => (window as unknown as { leadEvents: unknown[] }).leadEvents)).toEqual([{ target: 'assessment', detail: {} }])
})

test('the whole flow, clicked through, and the lead form run under the strict policy plus the endpoint in connect-src, with no violation', async ({ page, context }) => {
  const { id } = await deploy(context, 'ok')
  const policies: string[] = []
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document' && isAppPage(new URL(r.url()))) policies.push(r.headers()['content-security-policy'] ?? '')
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await completeAssessment(page, 'worst', { 'api-profile': 'portal', 'breach-profile': 'one' })
  await live(context)
  expect(policies).toHaveLength(1)
  const directives = (policies[0] ?? '').split(/;\s*/)
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", `connect-src 'self' ${RECEIVER}`]) {
    expect(directives).toContain(directive)
  }
  expect(policies[0]).not.toMatch(/unsafe-(inline|eval)|nonce-|sha\d+-/)

  const form = await readyForm(page)
  await sendButton(form).click()
  await expect(confirmation(form)).toBeVisible()
  expect(await posts(id)).toHaveLength(1)
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
})

test('without the endpoint in connect-src the browser blocks the request: the owner is told and keeps everything, and the hook hears nothing', async ({ page, context, problems }) => {
  const { id } = await leadResults(page, context, 'ok', 'worst', { connectSrc: false })
  const form = await readyForm(page)
  await sendButton(form).click()
  await expect(form.getByRole('alert')).toContainText(`Your details were not sent. ${CANNOT_REACH}`)
  await expect(form.getByLabel('Email address')).toHaveValue(TYPED.email)
  expect(await received(id)).toEqual([])
  expect(problems.some((p) => /^console error: CSP violation: (connect-src|default-src) http:\/\/127\.0\.0\.1:4176/.test(p))).toBe(true)
  // The fixture's record of the violation and the browser's own messages about it.
  problems.splice(0, problems.length, ...problems.filter((p) => !/CSP violation: (connect|default)-src|Content Security Policy|Refused to connect/.test(p)))
  dropNetworkErrors(problems)
})

// The form waits behind a closed disclosure in the next-step area, so an MSP's copy keeps the
// layout budget of results-layout.spec.ts (the mixed profile has the least room at 1280 px).
for (const [width, limit] of [[1280, 3600], [360, 7000]] as const) {
  test(`with the lead form configured, the mixed profile's results stay within ${limit} px at ${width} px`, async ({ page, context }) => {
    await deploy(context, 'ok')
    await page.setViewportSize({ width, height: 800 })
    const envelope = encodeProgress({ answers: sampleAnswers(bank, 'mixed'), position: 'results' }, new Date(), bank.version)
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, envelope] as const)
    await page.goto('./#/results')
    await expect(page.getByRole('heading', { name: 'Score by section' })).toBeVisible()
    await expect(page.locator('details.lead:not([open]) > summary')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(limit)
  })
}
