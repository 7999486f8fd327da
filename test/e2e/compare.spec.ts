/**
 * "Compare with last time" on the results page: an earlier saved-answers file, chosen through the
 * labelled file input, shows what changed since (and reaches the PDF); a foreign file is refused
 * with an alert and changes nothing.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { encodeAnswersFile } from '../../src/core/answers-file.ts'
import { changeWords } from '../../src/core/compare.ts'
import { en } from '../../src/i18n/messages.ts'
import { findQuestion } from '../../src/core/answers.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { loadBank } from '../../src/node/bank-files.ts'
import { pdfText } from '../support/pdf-text.ts'
import { answersFor, expect, openResults, test } from './support.ts'

const bank = loadBank(fileURLToPath(new URL('../../questions', import.meta.url)))
const gates = { 'api-profile': 'portal' }
const json = (text: string): { name: string; mimeType: string; buffer: Buffer } => ({ name: 'earlier.json', mimeType: 'application/json', buffer: Buffer.from(text) })

test('an earlier answers file shows what changed since; a foreign file changes nothing', async ({ page }) => {
  await openResults(page, 'worst', gates)
  const score = (await page.locator('.overall__number').textContent())?.trim() ?? ''
  const now = answersFor('worst', gates)
  // Last time: "Not sure" where the worst answer now scores 40 (an action done since), and MFA everywhere where there is none now (worse).
  const earlier = { ...now, 'accounts-mfa-type': 'not-sure', 'accounts-mfa-coverage': 'everywhere' }
  const input = page.getByLabel('Compare with an earlier assessment')

  await input.setInputFiles(json('{"hello":"world"}'))
  await expect(page.getByRole('alert')).toHaveText('This file is not a saved-answers file from this assessment. Nothing was changed.')
  await expect(page.getByText('Since your assessment on')).toHaveCount(0)
  await expect(page.locator('.overall__number')).toHaveText(score)

  await input.setInputFiles(json(encodeAnswersFile(bank, { answers: earlier, businessName: '' }, new Date(2026, 0, 5, 12))))
  const heading = page.getByRole('heading', { name: 'Since your assessment on January 5, 2026' })
  await expect(heading).toBeFocused()
  await expect(page.getByRole('alert')).toHaveCount(0)
  const change = changeWords({ previous: scoreAssessment(bank, earlier).overall.score, current: Number(score), delta: null }, en.results.change)
  await expect(page.getByText(`Overall score: ${change}.`)).toBeVisible()
  const mfaType = findQuestion(bank, 'accounts-mfa-type')
  const label = mfaType?.options.find((o) => o.id === now['accounts-mfa-type'])?.label ?? ''
  await expect(page.getByText('Done since (1)')).toBeVisible()
  await expect(page.getByText(`${mfaType?.text ?? ''} "Not sure" → "${label}"`)).toBeVisible()
  await expect(page.getByText('Got worse (1)')).toBeVisible()
  await expect(page.locator('.overall__number')).toHaveText(score)

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF plan' }).click()])
  const text = (await pdfText(await readFile(await pdf.path()))).join('\n').replace(/\s+/g, ' ')
  expect(text).toContain(`Since your last assessment on January 5, 2026 Overall score: ${change}.`)

  await page.getByRole('button', { name: 'Clear comparison' }).click()
  await expect(heading).toHaveCount(0)
  await expect(input).toBeFocused()
})
