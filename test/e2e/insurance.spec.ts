/**
 * "What cyber insurers will ask", as an owner about to fill in a renewal meets it: the card on the
 * results page and the page in the downloaded PDF name the same questions with the same statuses,
 * in the same order; the opened card passes axe.
 */
import { readFile } from 'node:fs/promises'
import { axeViolations, expect, openResults, test } from './support.ts'
import { pdfText } from '../support/pdf-text.ts'

/** The weakest answers, but MFA on email, a written (untried) plan and a backup test nobody is sure of. */
const gates = { 'accounts-mfa-coverage': 'email-only', 'incident-plan': 'written-untried', 'backups-tested': 'not-sure' }

test('the insurers\' questions on the page and in the PDF agree, status for status', async ({ page }) => {
  await openResults(page, 'worst', gates)
  const card = page.getByRole('region', { name: 'What cyber insurers will ask' })
  await expect(card).toContainText('this is not advice or a quote')
  await card.getByText(/^Show the \d+ questions and what to do$/).click()
  await expect(card).toContainText('"Partly" counts as "No"')
  await expect(card).toContainText('a wrong answer can void the cover')
  const items = card.locator('.insurance__item')
  const rows = await items.evaluateAll((els) =>
    els.map((el) => ({ topic: el.querySelector('.insurance__topic')?.textContent.trim() ?? '', status: el.querySelector('.status')?.textContent.trim() ?? '', actions: el.querySelectorAll('.insurance__do').length })),
  )
  expect(rows.length).toBeGreaterThanOrEqual(12)
  const status = Object.fromEntries(rows.map((r) => [r.topic, r.status]))
  expect(status['MFA on email']).toBe('Meets')
  expect(status['MFA on remote access']).toBe('Partly')
  expect(status['A written incident plan']).toBe('Partly')
  expect(status['Restore tests']).toBe('Unknown')
  expect(status['Scam training for staff']).toBe("Doesn't meet")
  // Every question short of "Meets" names what to do from the plan; a met one does not.
  for (const r of rows) expect(r.actions > 0, r.topic).toBe(r.status !== 'Meets')
  expect(await axeViolations(page)).toEqual([])

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
  const pages = await pdfText(await readFile(await pdf.path()))
  const owner = pages.find((p) => p.includes('What cyber insurers will ask'))
  expect(owner, 'the insurers\' page of the PDF').toBeDefined()
  const text = (owner ?? '').replace(/\s+/g, ' ')
  let at = 0
  for (const r of rows) {
    const topic = text.indexOf(r.topic, at)
    expect(topic, r.topic).toBeGreaterThanOrEqual(at)
    // The status printed right after the topic's row starts (the question's wording sits between).
    const next = text.slice(topic + r.topic.length).search(/Meets|Partly|Doesn't meet|Unknown/)
    expect(text.slice(topic + r.topic.length + next).startsWith(r.status), r.topic).toBe(true)
    at = topic + r.topic.length + next
  }
  expect(pages.join(' ')).toContain('Evidence an insurer may ask for')
})
