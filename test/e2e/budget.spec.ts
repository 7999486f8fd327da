/**
 * Size budgets of the production build (deterministic: bytes, not time). Runs after `npm run build`
 * in `npm test`; no browser needed.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { bundleSizes, languageSizes, sum } from '../../src/node/bundle-size.ts'
import { messages } from '../../src/i18n/messages.ts'
import { loadBank } from '../../src/node/bank-files.ts'

const dist = fileURLToPath(new URL('../../dist', import.meta.url))
const firstSection = loadBank(fileURLToPath(new URL('../../questions', import.meta.url))).sections[0]?.id ?? ''
const KiB = 1024

// Measured on this build (see the README's Performance section): the first load is 56.3 KiB, the
// first question 64.1 KiB (54.5 and 61.2 before the interface had a second language: the words as
// dictionaries and the language's choice and switch added 2.2 and 4.0 KiB; the emergency contacts,
// moved to their own page's chunk, took 0.5 off both); the budgets sit just above, so any growth fails. The
// goal is 50 KiB for the first load; Vue, vue-router and Pinia alone are 33.2 KiB of it (a minimal
// app, same settings).
const FIRST_LOAD_KIB = 57
const FIRST_QUESTION_KIB = 65.5

test(`the JS and CSS of the first load (the welcome screen) stay within ${FIRST_LOAD_KIB} KiB gzip`, () => {
  const sizes = bundleSizes(dist, firstSection)
  expect(sizes.firstLoad.some((f) => f.file.endsWith('.css'))).toBe(true)
  expect(sizes.firstLoad.length).toBeLessThan(sizes.firstQuestion.length)
  expect(sum(sizes.firstLoad, 'gzip')).toBeLessThanOrEqual(FIRST_LOAD_KIB * KiB)
})

test(`the JS and CSS loaded before the first question stay within ${FIRST_QUESTION_KIB} KiB gzip, question bank and the questionnaire's screen included`, () => {
  const sizes = bundleSizes(dist, firstSection)
  const files = sizes.firstQuestion.map((f) => f.file)
  expect(files.some((f) => f.endsWith('.css'))).toBe(true)
  expect(files.some((f) => new RegExp(`/${firstSection}-[\\w-]+\\.js$`).test(f)), 'the first section words are counted').toBe(true)
  expect(files.some((f) => /\/questionnaire-screen-[\w-]+\.js$/.test(f)), 'the questionnaire\'s screen is counted').toBe(true)
  expect(sum(sizes.firstQuestion, 'gzip')).toBeLessThanOrEqual(FIRST_QUESTION_KIB * KiB)
})

test('the prerendered index.html stays within 6 KiB gzip', () => {
  const html = readFileSync(join(dist, 'index.html'))
  expect(html.toString('utf8')).toContain('class="boot-shell"')
  expect(gzipSync(html).length).toBeLessThanOrEqual(6 * KiB)
})

test('another language is lazy: its dictionary and bank words are chunks of their own, none of it in the English first load', () => {
  const first = bundleSizes(dist, firstSection).firstQuestion.map((f) => readFileSync(join(dist, f.file), 'utf8')).join('\n')
  const es = messages('es')
  const spanishBank = loadBank(fileURLToPath(new URL('../../questions', import.meta.url)), undefined, 'es')
  // Words only the Spanish has: the dictionary's, the bank's section titles.
  for (const marker of [es.app.welcome.start, es.app.welcome.heading, es.results.page.heading, spanishBank.sections[0]?.title ?? '?']) {
    expect(first.includes(marker), marker).toBe(false)
  }
  const sizes = languageSizes(dist, 'es')
  expect(readFileSync(join(dist, sizes.dictionary.file), 'utf8')).toContain(es.app.welcome.start)
  expect(sizes.sections.length).toBe(spanishBank.sections.length)
  // The Spanish dictionary stays one modest chunk (about 9 KiB gzip today).
  expect(sizes.dictionary.gzip).toBeLessThanOrEqual(12 * KiB)
})

test('embed.js stays within 2.5 KiB gzip', () => {
  expect(bundleSizes(dist, firstSection).embed.gzip).toBeLessThanOrEqual(2.5 * KiB)
})

test('jsPDF and the report builder are not part of the first load', () => {
  const first = bundleSizes(dist, firstSection).firstQuestion
  // jsPDF writes "%PDF-" headers and its "Producer (jsPDF …)" field; the report builder draws the footer.
  const markers = ['%PDF-', 'Producer (', 'Page ${']
  const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))
  const withMarkers = chunks.filter((f) => markers.some((m) => readFileSync(join(dist, 'assets', f), 'utf8').includes(m)))
  expect(withMarkers.length, 'the markers exist somewhere, so their absence below means something').toBeGreaterThan(0)
  for (const f of first) expect(withMarkers, f.file).not.toContain(f.file.replace('assets/', ''))
})

test('html2canvas, canvg and DOMPurify are nowhere in dist/', () => {
  // Markers of each library's own code (jsPDF only names them): DOMPurify's allow-lists,
  // html2canvas's container class, canvg's SVG filter support.
  const markers = ['ALLOWED_ATTR', 'html2canvas-container', 'feColorMatrix']
  const assets = readdirSync(join(dist, 'assets'))
  expect(assets.filter((f) => /html2canvas|purify|canvg/i.test(f))).toEqual([])
  for (const f of assets.filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join(dist, 'assets', f), 'utf8')
    for (const marker of markers) expect(text.includes(marker), `${marker} in ${f}`).toBe(false)
  }
})
