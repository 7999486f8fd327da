import { answerScreen, axeViolations, expect, openResults, test } from './support.ts'

test('"Under attack right now?" skips the questionnaire to the emergency contact and where to report', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('link', { name: 'Under attack right now? Get help first' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Under attack right now/ })).toBeFocused()
  await expect(page.getByRole('link', { name: /^Call / })).toHaveAttribute('href', /^tel:\+?\d+$/)
  const report = page.getByRole('region', { name: /Report it \(United States\)/ })
  await expect(report.getByText('CISA', { exact: true })).toBeVisible()
  await expect(report.getByText(/FBI Internet Crime Complaint Center/)).toBeVisible()
  await page.getByText('In another country?').click()
  await expect(page.getByRole('region', { name: 'United Kingdom' }).getByText(/Report Fraud/).first()).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('link', { name: /Back to the assessment/ }).click()
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible()
})

test('the results estimate how long a breach could go unnoticed, beside T-Mobile and industry figures', async ({ page }) => {
  await openResults(page, 'worst', { 'api-profile': 'portal' })
  const region = page.getByRole('region', { name: 'How long could a breach go unnoticed?' })
  await expect(region.getByText(/Estimate: a breach could go unnoticed for/)).toBeVisible()
  await expect(region.getByRole('listitem').filter({ hasText: /T-Mobile API breach.*41 days/ })).toBeVisible()
  await expect(region.getByRole('listitem').filter({ hasText: /Mandiant median dwell time/ })).toBeVisible()
  await region.getByText('How this estimate is made').click()
  await expect(region.getByText(/estimate built from your answers/i)).toBeVisible()
})

test('each section opens with a lesson that cites its sources', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  const lesson = page.getByRole('region', { name: 'The lesson' })
  await expect(lesson).toContainText('T-Mobile')
  await expect(lesson.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//)
  await answerScreen(page, 'best')
})
