/**
 * `npm run bench:report`: how long the full PDF plan takes to build, and how big it is. A script,
 * not a timed test, so a slow machine never fails the build.
 *
 * Node: the real bank with every answer at its worst ("weak": the most actions), default branding,
 * no logo; 5 warm-up runs, then the median of 20. Chromium (when `dist/` is built and Chromium is
 * installed): the built app served by `vite preview` on port 4180, the results page with the same
 * answers, and the time from clicking "Download PDF plan" to the download starting (median of 12
 * after 3 warm-ups; this includes the download plumbing, so it is an upper bound).
 * Prints a table and one JSON line. Targets: median ≤ 150 ms, size ≤ 150 KiB without a logo.
 */
import { messages } from '../i18n/messages.ts'
import { existsSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { encodeProgress, STORAGE_KEY } from '../storage.ts'
import { DEFAULT_BRANDING } from '../branding/parse.ts'
import { imageInfo } from '../branding/logo.ts'
import { reportBytes } from '../report/download.ts'
import { reportInputFor } from '../report/input.ts'
import { PROFILES, sampleAnswers } from './report-samples.ts'
import { realBank } from './report-io.ts'
import { ROOT, browserUnavailable, median, say, withBuiltApp } from './bench-kit.ts'

const TARGET_MS = 150
const TARGET_KIB = 150

const bank = realBank()
const date = new Date(2026, 2, 5)
const weak = sampleAnswers(bank, 'weak')

async function nodeTimes(): Promise<number[]> {
  const input = reportInputFor(bank, weak, { branding: DEFAULT_BRANDING, messages: messages('en'), date, businessName: 'Acme Bakery' })
  for (let i = 0; i < 5; i += 1) await reportBytes(input)
  const times: number[] = []
  for (let i = 0; i < 20; i += 1) {
    const start = performance.now()
    await reportBytes(input)
    times.push(performance.now() - start)
  }
  return times
}

/** Time from click to download in the built app, or a reason why it could not be measured. */
async function chromiumTimes(): Promise<{ times: number[]; bytes: number } | string> {
  const unavailable = browserUnavailable()
  if (unavailable !== null) return unavailable
  return withBuiltApp(4180, async (browser, base) => {
    const page = await browser.newPage({ acceptDownloads: true })
    const envelope = encodeProgress({ answers: weak, position: 'results' }, new Date())
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, envelope] as const)
    await page.goto(`${base}#/results`)
    const button = page.getByRole('button', { name: 'Download PDF plan' })
    const times: number[] = []
    let bytes = 0
    for (let i = 0; i < 15; i += 1) {
      const start = performance.now()
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
      if (i >= 3) times.push(performance.now() - start)
      bytes = readFileSync(await download.path()).length
    }
    return { times, bytes }
  })
}

async function main(): Promise<void> {
  const times = await nodeTimes()
  const sizes = await Promise.all(
    PROFILES.map(async (profile) => {
      const { bytes, pages } = await reportBytes(reportInputFor(bank, sampleAnswers(bank, profile), { branding: DEFAULT_BRANDING, messages: messages('en'), date, businessName: 'Acme Bakery' }))
      return { profile, kib: bytes.length / 1024, pages }
    }),
  )
  const logoPath = `${ROOT}public/logo.png`
  const logoData = existsSync(logoPath) ? new Uint8Array(readFileSync(logoPath)) : undefined
  const logoInfo = logoData === undefined ? null : imageInfo(logoData)
  const withLogo = logoData === undefined || logoInfo === null ? null : (await reportBytes(reportInputFor(bank, weak, { branding: DEFAULT_BRANDING, messages: messages('en'), date, logo: { data: logoData, ...logoInfo } }))).bytes.length / 1024
  const browser = await chromiumTimes()
  const nodeMedian = median(times)
  const weakKib = sizes.find((s) => s.profile === 'weak')?.kib ?? 0
  say(`Report benchmark: real bank (${bank.sections.length} sections), "weak" answers, default branding`)
  say('| measure | value | target |')
  say('| --- | --- | --- |')
  say(`| Node median of ${times.length} (after 5 warm-ups) | ${nodeMedian.toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}) | <= ${TARGET_MS} ms ${nodeMedian <= TARGET_MS ? 'ok' : 'MISSED'} |`)
  if (typeof browser === 'string') say(`| Chromium | not measured: ${browser} | |`)
  else say(`| Chromium median of ${browser.times.length}, click to download | ${median(browser.times).toFixed(1)} ms (${(browser.bytes / 1024).toFixed(1)} KiB downloaded) | <= ${TARGET_MS} ms ${median(browser.times) <= TARGET_MS ? 'ok' : 'MISSED'} |`)
  for (const s of sizes) say(`| size, "${s.profile}" answers | ${s.kib.toFixed(1)} KiB, ${s.pages} pages | <= ${TARGET_KIB} KiB ${s.kib <= TARGET_KIB ? 'ok' : 'MISSED'} |`)
  if (withLogo !== null) say(`| size, "weak" with public/logo.png | ${withLogo.toFixed(1)} KiB | (no target) |`)
  say(
    JSON.stringify({
      nodeMedianMs: Number(nodeMedian.toFixed(2)),
      chromiumMedianMs: typeof browser === 'string' ? null : Number(median(browser.times).toFixed(2)),
      weakKiB: Number(weakKib.toFixed(1)),
      withLogoKiB: withLogo === null ? null : Number(withLogo.toFixed(1)),
      pages: Object.fromEntries(sizes.map((s) => [s.profile, s.pages])),
    }),
  )
}

await main()
