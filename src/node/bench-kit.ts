/**
 * Shared by the benchmark scripts: the median, the built app served by `vite preview` on a port of
 * its own, and the system Chromium. Benchmarks are scripts that print figures, never timed tests.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const say = (line: string): void => void process.stdout.write(`${line}\n`)

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Why the built app cannot be measured in Chromium here, or null when it can. */
export function browserUnavailable(): string | null {
  if (!existsSync(`${ROOT}dist/index.html`)) return 'dist/ is not built (run npm run build first)'
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`
  return null
}

/** Serves dist/ with `vite preview` (strict CSP included) and Chromium; `run` gets the base URL. */
export async function withBuiltApp<T>(port: number, run: (browser: Browser, base: string) => Promise<T>): Promise<T> {
  const server = spawn(`${ROOT}node_modules/.bin/vite`, ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore' })
  const base = `http://127.0.0.1:${port}/`
  try {
    let up = false
    for (let i = 0; i < 50 && !up; i += 1) {
      await new Promise((r) => setTimeout(r, 200))
      up = await fetch(base).then((r) => r.ok, () => false)
    }
    if (!up) throw new Error(`vite preview did not start on port ${port}`)
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
    try {
      return await run(browser, base)
    } finally {
      await browser.close()
    }
  } finally {
    server.kill()
  }
}
