/**
 * The owner's first visit, measured as they meet it, side by side with a general form engine and a
 * floor: part of `npm run bench`, a script that prints figures, never a timed test.
 *
 * Every run is a fresh Chromium with a fresh profile (cold cache), driven by the peer harness
 * `../shared/peers/measure.mjs` (the same script for every app: ARIA roles and names only):
 * first contentful paint; navigation to the first question usable, the Start click included
 * (made as soon as the button is usable); the results reached by answering every question, then
 * the first click on the PDF button to the finished download (cold: the first click after the
 * results appear). On desktop (unthrottled) and on the phone profile (Lighthouse's slow 4G, 4×
 * CPU, gzip bodies). Measured for this app, SurveyJS with its PDF add-on (built from
 * `../shared/peers/surveyjs` in a copy), and a bare HTML page with one radio group and a link to
 * a static PDF: the floor. Ratios to SurveyJS come from the same run.
 *
 * `PEERS_DIR` points elsewhere than ../shared/peers; `BENCH_RUNS` sets the runs per profile
 * (default 5 desktop, 3 phone). Without the peers folder this part says so and is skipped.
 */
import { execFileSync, execSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, say } from './bench-kit.ts'

/** The figures measure.mjs reports, by its own keys (medians, min, max over the measured runs). */
interface PeerResult {
  readonly median: Readonly<Record<string, number | null>>
  readonly min: Readonly<Record<string, number | null>>
  readonly max: Readonly<Record<string, number | null>>
  readonly ok: number
  readonly runs: number
  readonly errors: readonly string[]
}

export interface ColdFigures {
  readonly app: string
  readonly profile: 'desktop' | 'phone'
  readonly fcpMs: number | null
  readonly firstQuestionMs: number | null
  readonly pdfClickMs: number | null
  readonly firstLoadGzipBytes: number | null
}

const PROFILE_ARGS: Readonly<Record<ColdFigures['profile'], readonly string[]>> = {
  desktop: [],
  phone: ['--net', 'mobile', '--cpu', '4', '--compress', 'gzip'],
}

/** The peers folder copied once to a cache folder, SurveyJS installed and built there (kept between runs). */
function preparePeers(source: string): string | null {
  const copy = join(ROOT, 'node_modules', '.cache', 'peers')
  if (!existsSync(join(copy, 'surveyjs', 'dist', 'index.html')) || !existsSync(join(copy, 'node_modules', 'playwright-core'))) {
    mkdirSync(copy, { recursive: true })
    cpSync(source, copy, { recursive: true })
    try {
      execSync('npm ci --silent', { cwd: copy, stdio: 'ignore' })
      execSync('npm ci --silent && npm run build:all', { cwd: join(copy, 'surveyjs'), stdio: 'ignore' })
    } catch {
      return null
    }
  }
  return copy
}

/** The floor: one question as bare HTML (no script, no style) and a link that downloads a static PDF. */
function floorSite(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'floor-'))
  writeFileSync(join(dir, 'plan.pdf'), pdf)
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title>' +
      '<fieldset><legend>Do you use MFA?</legend><label><input type="radio" name="q" value="a"> Yes</label><label><input type="radio" name="q" value="b"> No</label></fieldset>' +
      '<p><a href="plan.pdf" download>Download PDF plan</a></p></html>\n',
  )
  return dir
}

function measure(peers: string, dist: string, label: string, profile: ColdFigures['profile'], runs: number, start: boolean): ColdFigures {
  const out = join(mkdtempSync(join(tmpdir(), 'measure-')), 'result.json')
  const args = [join(peers, 'measure.mjs'), dist, '/', '--runs', String(runs), '--warmup', '1', '--label', label, '--json', out, ...PROFILE_ARGS[profile], ...(start ? ['--start', '^start'] : [])]
  try {
    execFileSync(process.execPath, args, { cwd: peers, stdio: 'ignore', timeout: 30 * 60_000 })
  } catch {
    // measure.mjs exits non-zero only when every run failed; the JSON (if any) says why.
  }
  const result = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as PeerResult) : null
  const pick = (key: string): number | null => result?.median[key] ?? null
  return { app: label, profile, fcpMs: pick('fcp'), firstQuestionMs: pick('b_firstRadio'), pdfClickMs: pick('d_download'), firstLoadGzipBytes: pick('a_jsCss_gzip') }
}

const ms = (v: number | null): string => (v === null ? 'not measured' : `${Math.round(v)} ms`)
const ratio = (a: number | null, b: number | null): string => (a === null || b === null || b === 0 ? '-' : `${(a / b).toFixed(2)}×`)

/** Runs the cold measurements and prints one table per profile; returns the figures (for the JSON line). */
export function coldBench(pdf: Uint8Array): ColdFigures[] | null {
  const source = process.env.PEERS_DIR ?? join(ROOT, '..', 'shared', 'peers')
  say('')
  say('Cold: a fresh browser per run, as the owner meets it (the peer harness, ../shared/peers/measure.mjs)')
  if (!existsSync(join(source, 'measure.mjs'))) {
    say(`| cold figures | not measured: no ${source}/measure.mjs (set PEERS_DIR) |`)
    return null
  }
  const peers = preparePeers(source)
  if (peers === null) {
    say('| cold figures | not measured: the peers could not be installed or built (npm registry?) |')
    return null
  }
  const floor = floorSite(pdf)
  const figures: ColdFigures[] = []
  for (const profile of ['desktop', 'phone'] as const) {
    const runs = Number(process.env.BENCH_RUNS ?? (profile === 'desktop' ? 5 : 3))
    const ours = measure(peers, join(ROOT, 'dist'), 'this app', profile, runs, true)
    const peer = measure(peers, join(peers, 'surveyjs', 'dist'), 'SurveyJS + survey-pdf', profile, runs, false)
    const bare = measure(peers, floor, 'bare HTML floor', profile, runs, false)
    figures.push(ours, peer, bare)
    say('')
    say(`${profile === 'desktop' ? 'Desktop (unthrottled)' : 'Phone (slow 4G, 4x CPU, gzip)'}, median of ${runs} runs`)
    say('| measure | this app | SurveyJS | ratio | floor (bare HTML) |')
    say('| --- | --- | --- | --- | --- |')
    say(`| first contentful paint | ${ms(ours.fcpMs)} | ${ms(peer.fcpMs)} | ${ratio(ours.fcpMs, peer.fcpMs)} | ${ms(bare.fcpMs)} |`)
    say(`| first question usable (Start click included) | ${ms(ours.firstQuestionMs)} | ${ms(peer.firstQuestionMs)} | ${ratio(ours.firstQuestionMs, peer.firstQuestionMs)} | ${ms(bare.firstQuestionMs)} |`)
    say(`| first PDF click to finished download (cold) | ${ms(ours.pdfClickMs)} | ${ms(peer.pdfClickMs)} | ${ratio(ours.pdfClickMs, peer.pdfClickMs)} | ${ms(bare.pdfClickMs)} (static file) |`)
    say(`| JS+CSS before the first question, gzip | ${ours.firstLoadGzipBytes ?? '-'} B | ${peer.firstLoadGzipBytes ?? '-'} B | ${ratio(ours.firstLoadGzipBytes, peer.firstLoadGzipBytes)} | ${bare.firstLoadGzipBytes ?? 0} B |`)
  }
  return figures
}
