import { describe, expect, it } from 'vitest'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { fileIdFor } from '../../src/report/build.ts'
import { DATE, RAISE_REASON, bytes, flat, input, positions, reportBank, textOf } from './report-fixture.ts'
import { ANSWERS_FILE_FORMAT, ANSWERS_FILE_VERSION, parseAnswersFile } from '../../src/core/answers-file.ts'
import { pdfText } from '../support/pdf-text.ts'

const MSP = DEFAULT_BRANDING.name

describe('the report for three answer profiles', () => {
  it('weak: the owner part (fix first, timeline, the rest at a glance, the MSP), then the IT partner part, in that order', async () => {
    const pages = await textOf(input(reportBank(), 'weak', { businessName: 'Acme Bakery' }))
    const all = flat(pages)
    positions(all, [
      'Cyber-readiness action plan for Acme Bakery',
      `Prepared by ${MSP} on March 5, 2026.`,
      'Overall score Exposed You scored 0 out of 100, which puts you in the "Exposed" band. Several basic protections are missing.',
      'Your answers lead to 5 actions: 2 this week, 2 within 30 days and 1 within 90 days.',
      'Fix these first The 5 steps that lower your risk the most.',
      '1. Turn on multi-factor authentication for email Stolen passwords are the most common way in. Who acts: You | When: This week | Effort: A few hours',
      `Moved up: ${RAISE_REASON}`,
      '2. Limit login attempts on the portal Attackers guess passwords by the million. Who acts: Your IT partner | When: Within 90 days',
      '3. Set up a weekly offline backup Ransomware encrypts what it can reach. Who acts: Your IT partner | When: Within 30 days | Effort: A few days',
      '5. Review every admin account',
      'How fast would you notice a breach?',
      'Your answers put you in one band: Months.',
      'T-Mobile API breach: 41 days. Days from first access to discovery.',
      'Scores by section Accounts and backups 0 / 100 Exposed Email and customer portal 0 / 100 Exposed',
      `How ${MSP} can help ${DEFAULT_BRANDING.howWeHelp}`,
      `${DEFAULT_BRANDING.ctaLabel}: ${DEFAULT_BRANDING.bookingUrl}`,
      'For your IT partner The detail behind the plan',
      'Section 1 of 2 Accounts and backups',
      'In place: nothing yet. What is missing, and what to do',
      '3. Set up a weekly offline backup Ransomware encrypts what it can reach. When: Within 30 days | Who acts: Your IT partner | Effort: A few days | Cost: Low cost | You answered: "No"',
      `How ${MSP} helps: Managed IT support NIST CSF 2.0: PR.AA | CIS Controls v8: 6.3 | OWASP API Top 10 2023: none`,
      'Section 2 of 2 Email and customer portal',
      `Raised in priority: ${RAISE_REASON}`,
      'Other questions in this section - Do you run a customer portal? Answer: Yes (about the business; not scored). NIST CSF 2.0: ID.AM',
      'How the detection estimate is made - An estimate from the answers.',
      'The answers it rests on Do you review who has admin access? -> Months',
      'Sources of the figures quoted Accounts and backups A figure. Source: https://example.org/source',
      'Detection benchmarks T-Mobile API breach: 41 days. Days from first access to discovery. Source: https://example.org/t-mobile',
    ])
    expect(all).not.toContain('Things to find out')
    // Part two starts a page of its own; every action is told in full exactly once in it.
    const partTwo = pages.findIndex((p) => p.startsWith('For your IT partner'))
    expect(partTwo).toBeGreaterThan(0)
    const detail = flat(pages.slice(partTwo))
    for (const action of ['Turn on multi-factor authentication for email', 'Limit login attempts on the portal', 'Set up a weekly offline backup', 'Turn on automatic updates', 'Review every admin account']) {
      expect(detail.split(`. ${action} `).length - 1, action).toBe(1)
    }
  })

  it('strong: a full score, nothing to fix, everything in place and the fastest detection band', async () => {
    const all = flat(await textOf(input(reportBank(), 'strong')))
    positions(all, [
      'Cyber-readiness action plan Fixture readiness check.',
      '100 out of 100',
      'Overall score Well prepared You scored 100 out of 100',
      'Your answers call for no actions right now: keep doing what you do.',
      'Fix these first Nothing to fix: every answer you gave is already the best one.',
      'Your answers put you in one band: Within a day.',
      'For your IT partner',
      'What is in place Do you review who has admin access? Answer: Yes (score 100 of 100, weight 1).',
      'What is missing, and what to do Nothing: every answer here is the best one.',
    ])
    expect(all).not.toMatch(/Things to find out|Raised in priority|The rest of your plan|Moved up/)
  })

  it('all "Not sure": a score of 0, each find-out step told once in the plan and named by number in the gaps, hidden questions marked', async () => {
    const all = flat(await textOf(input(reportBank(), 'unsure')))
    positions(all, [
      'You scored 0 out of 100',
      'You were not sure about 5 things',
      'Fix these first The 4 steps that lower your risk the most.',
      '1. Check whether email asks for a second factor',
      'Your answers put you in one band: Months. 1 of your 1 answers here were "Not sure", which counts as the slow case.',
      'For your IT partner',
      'You answered: "Not sure"',
      'Does the portal limit repeated login attempts? Not asked: it does not apply given the answers above.',
      'Things to find out You answered "Not sure" 5 times.',
      '1. Do you review who has admin access? Find out: action 3 of your plan (Accounts and backups). Who can tell you: You: check it yourself, or ask whoever set it up.',
      '3. Do you run a customer portal? Find out the answer, then update your assessment.',
    ])
    expect(all).not.toContain('Limit login attempts on the portal')
    // The find-out step itself is printed in part one and once in part two, never again in the gaps.
    expect(all.split('Ask who holds admin rights').length - 1).toBe(2)
  })

  it('says so when no detection question was answered, and still shows the published figures', async () => {
    const all = flat(await textOf(input(reportBank(), { mfa: 'no' })))
    expect(all).toContain('You did not answer the detection questions, so there is no estimate')
    expect(all).toContain('T-Mobile API breach: 41 days.')
    expect(all).toContain('No detection question was answered, so no estimate was made.')
    expect(all).toContain('You answered 1 of 5 questions; the rest do not count yet.')
  })

  it('copes with no answers at all', async () => {
    const all = flat(await textOf(input(reportBank(), {})))
    expect(all).toContain('You have not answered any scored questions yet, so there is no score and no plan.')
    expect(all).toContain('Not scored yet')
    expect(all).toContain('You have not answered this section yet.')
    expect(all).toContain('Not answered.')
  })
})

describe('report bytes and properties', () => {
  it('prints only visible text of a business name from an answers file: no NUL, ESC, line break or bidi override in the Title or header', async () => {
    const bank = reportBank()
    const hostile = '\u0000Acme\u001b[31m\r\nEvil\u202e'
    const file = JSON.stringify({ format: ANSWERS_FILE_FORMAT, formatVersion: ANSWERS_FILE_VERSION, bankVersion: bank.version, savedAt: DATE.toISOString(), businessName: hostile, answers: { mfa: 'no' } })
    const parsed = parseAnswersFile(file, bank)
    if (!parsed.ok) throw new Error(parsed.problem)
    expect(parsed.data.businessName).toBe('Acme[31m Evil')
    const pdf = bytes(input(bank, parsed.data.answers, { businessName: parsed.data.businessName }))
    const raw = Buffer.from(pdf).toString('latin1')
    expect(raw).toContain('/Title (Cyber-readiness action plan for Acme[31m Evil)')
    const pages = await pdfText(pdf)
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page).toContain('Acme[31m Evil | March 5, 2026')
    expect(pages.join('')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
  })

  it('gives identical bytes for identical input, and different bytes for another date or name', () => {
    const a = bytes(input(reportBank(), 'weak'))
    expect(a.length).toBeGreaterThan(1000)
    expect(Buffer.from(a).equals(Buffer.from(bytes(input(reportBank(), 'weak'))))).toBe(true)
    expect(Buffer.from(a).equals(Buffer.from(bytes(input(reportBank(), 'weak', { date: new Date(2026, 2, 6) }))))).toBe(false)
    expect(Buffer.from(a).equals(Buffer.from(bytes(input(reportBank(), 'weak', { businessName: 'Acme' }))))).toBe(false)
  })

  it('sets title, subject, author, keywords, creation date, language and a derived file id', () => {
    const raw = Buffer.from(bytes(input(reportBank(), 'weak', { businessName: 'Acme' }))).toString('latin1')
    expect(raw).toContain('/Title (Cyber-readiness action plan for Acme)')
    expect(raw).toContain(`/Author (${MSP.replace(/[()]/g, '\\$&')})`)
    expect(raw).toMatch(/\/Subject \(Fixture readiness check: scores, detection estimate/)
    expect(raw).toContain('/Keywords (cyber security, action plan, NIST CSF 2.0')
    expect(raw).toContain('/CreationDate (D:20260305103000')
    expect(raw).toContain('/Lang (en-US)')
    const id = fileIdFor(DATE, 'Acme')
    expect(id).toMatch(/^[0-9A-F]{32}$/)
    expect(id).not.toBe(fileIdFor(new Date(2026, 2, 6), 'Acme'))
    expect(raw).toContain(`/ID [ <${id}> <${id}> ]`)
  })

  it('makes links only (URI actions), never scripts, forms or launch actions', () => {
    const raw = Buffer.from(bytes(input(reportBank(), 'weak'))).toString('latin1')
    const objects = raw.replace(/stream\r?\n[\s\S]*?endstream/g, '')
    expect(objects).not.toMatch(/\/(JavaScript|JS|AcroForm|Widget|Launch|SubmitForm)\b/)
    expect(objects).not.toMatch(/\/OpenAction\s*<</)
    expect(new Set(objects.match(/\/S \/\w+/g))).toEqual(new Set(['/S /URI']))
    expect(objects.match(/\/Subtype \/(\w+)/g)?.filter((t) => !/Link|Type1/.test(t))).toEqual([])
  })
})
