/**
 * The strict Content-Security-Policy, proved twice: in the browser (the whole flow and the PDF
 * download, built in the report worker, under the policy, with a listener counting violations) and
 * on the build itself (no inline script or style in index.html, no eval or new Function in any
 * shipped script, the worker included, and the worker started from a file, never a blob: URL).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { completeAssessment, expect, test } from './support.ts'

const dist = 'dist'
const scripts = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(dist, 'assets', f))
  .concat(join(dist, 'embed.js'))

test('the whole flow and the PDF download run under the strict policy with zero violations and zero console errors', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const response = await page.goto('./')
  const policy = response?.headers()['content-security-policy'] ?? ''
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    expect(policy.split(/;\s*/)).toContain(directive)
  }
  expect(policy).not.toMatch(/unsafe-(inline|eval)|nonce-|sha\d+-/)
  await completeAssessment(page, 'worst', { 'api-profile': 'portal', 'breach-profile': 'one' })
  await page.goto('./#/help-now')
  await page.goto('./#/results')
  const button = page.getByRole('button', { name: 'Download PDF plan' })
  // Built first in the report worker, a module worker from the app's own origin (script-src 'self'
  // covers it: no worker-src is given): its script loads and runs under the policy, so the click saves its bytes.
  await expect(button).toHaveAttribute('data-pdf-ready', 'true', { timeout: 20_000 })
  expect(page.workers().map((w) => new URL(w.url()).origin)).toEqual([new URL(page.url()).origin])
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  expect(errors).toEqual([])
})

test('the policy really is enforced: an inline script injected by the test is blocked and reported', async ({ page, problems }) => {
  await page.goto('./')
  const result = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }))
    const s = document.createElement('script')
    s.textContent = 'window.__inline = 1'
    document.head.append(s)
    return { ran: (window as unknown as { __inline?: number }).__inline === 1, directive: await reported }
  })
  expect(result).toEqual({ ran: false, directive: 'script-src-elem' })
  // The shared fixture saw it too (so it would fail any other test with a violation).
  expect(problems).toContain('console error: CSP violation: script-src-elem inline')
  problems.length = 0
})

test.describe('the build', () => {
  // The page loads nothing: these tests read dist/ only, so the console check has nothing to watch.
  test('index.html has no inline script, inline style or style attribute', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs = '', body = '']) => !/\bsrc=/.test(attrs) || body.trim() !== '')
    expect(inlineScripts.map((m) => m[0])).toEqual([])
    expect(html).not.toMatch(/<style\b/i)
    expect(html).not.toMatch(/\sstyle=/i)
    expect(html).not.toMatch(/\son[a-z]+=/i)
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/)
  })

  test(`no shipped script (${scripts.length} files) uses eval, new Function or string timers`, () => {
    expect(scripts.length).toBeGreaterThan(3)
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8')
      expect(code, file).not.toMatch(/(?<![\w$.])eval\s*\(/)
      expect(code, file).not.toMatch(/new\s+Function\s*\(/)
      expect(code, file).not.toMatch(/(?<![\w$.])Function\s*\(\s*["'`]/)
      expect(code, file).not.toMatch(/set(Timeout|Interval)\s*\(\s*["'`]/)
    }
  })

  test('the report worker is a script file of its own in assets/, started from its same-origin URL, never from a blob: or data: URL', () => {
    const workers = readdirSync(join(dist, 'assets')).filter((f) => /^report-worker-[\w-]+\.js$/.test(f))
    expect(workers).toHaveLength(1)
    const starters = scripts.filter((f) => /new (Shared)?Worker\(/.test(readFileSync(f, 'utf8')))
    expect(starters).toHaveLength(1)
    // Its URL (src/report/worker-url.ts) is a plain string naming that file, in the first load, which starts the worker at idle.
    const holders = scripts.filter((f) => readFileSync(f, 'utf8').includes(`report-worker-`))
    expect(holders.length).toBeGreaterThan(0)
    for (const f of holders) expect(readFileSync(f, 'utf8')).toContain(workers[0])
    for (const f of scripts) {
      const code = readFileSync(f, 'utf8')
      expect(code, f).not.toMatch(/new (Shared)?Worker\(\s*(URL\.createObjectURL|["'`](blob|data):)/)
      expect(code, f).not.toMatch(/["'`]data:(text|application)\/javascript/)
    }
  })

  test('licenses.txt lists what the bundle holds, with versions and licence texts', () => {
    const text = readFileSync(join(dist, 'licenses.txt'), 'utf8')
    for (const name of ['jspdf', 'pinia', 'vue-router', '@vue/runtime-core']) {
      const { version } = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }
      expect(text).toContain(`- ${name} ${version} (MIT)`)
    }
    expect(text).not.toMatch(/^- (vite|vitest|typescript|eslint|@playwright\/test) /m)
    expect(text.match(/Permission is hereby granted/g)?.length ?? 0).toBeGreaterThanOrEqual(5)
  })
})
