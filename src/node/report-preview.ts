/**
 * `npm run report:preview [-- --profile mixed|weak|strong|unsure] [--branding file] [--business name]`:
 * builds a sample plan from the real bank and renders every page to PNG with `pdftoppm` (from
 * poppler-utils) so a person can look at it. Without pdftoppm it writes the PDF and says so.
 */
import { messages } from '../i18n/messages.ts'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { cleanBusinessName } from '../core/answers-file.ts'
import { reportBytes } from '../report/download.ts'
import { reportInputFor } from '../report/input.ts'
import { PROFILES, sampleAnswers, type Profile } from './report-samples.ts'
import { readBranding, realBank } from './report-io.ts'

const say = (line: string): void => void process.stdout.write(`${line}\n`)
const OUT = fileURLToPath(new URL('../../node_modules/.report-preview', import.meta.url))

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { profile: { type: 'string', default: 'mixed' }, branding: { type: 'string' }, business: { type: 'string', default: 'Acme Bakery & Café' } } })
  const profile = values.profile as Profile
  if (!PROFILES.includes(profile)) {
    console.error(`Unknown profile "${values.profile}": use one of ${PROFILES.join(', ')}.`)
    return 2
  }
  const bank = realBank()
  const { branding, logo, warnings } = readBranding(values.branding)
  warnings.forEach((w) => console.warn(`warning: ${w}`))
  const input = reportInputFor(bank, sampleAnswers(bank, profile), { branding, messages: messages('en'), date: new Date(), businessName: cleanBusinessName(values.business), ...(logo === undefined ? {} : { logo }) })
  const { bytes, pages } = await reportBytes(input)
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const pdf = join(OUT, `sample-${profile}.pdf`)
  writeFileSync(pdf, bytes)
  say(`Wrote ${pdf} (${pages} pages, ${(bytes.length / 1024).toFixed(1)} KiB).`)
  if (spawnSync('pdftoppm', ['-v']).error !== undefined) {
    say('pdftoppm was not found, so no PNGs were made. Install poppler-utils (Debian/Ubuntu: sudo apt-get install poppler-utils) or open the PDF above.')
    return 0
  }
  const run = spawnSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'page')], { stdio: 'inherit' })
  if (run.status !== 0) {
    console.error('pdftoppm failed; the PDF above is still there.')
    return 1
  }
  readdirSync(OUT)
    .filter((n) => n.endsWith('.png'))
    .sort()
    .forEach((n) => say(`  ${join(OUT, n)}`))
  return 0
}

process.exitCode = await main()
