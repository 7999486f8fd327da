import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

const port = 4173
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`)
}

/**
 * Browser tests drive the system Chromium (never a downloaded browser) against the production
 * build, served by `vite preview` with the strict Content-Security-Policy from vite.config.ts.
 * Set CHROMIUM_PATH to use a Chromium elsewhere than /usr/bin/chromium.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../node_modules/.e2e-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  // Measured on this 2-core machine: the longest tests (the whole questionnaire clicked through)
  // take 8–10 s when it is quiet and up to 31 s beside a CPU-bound process and a second test
  // run; 60 s leaves room for that, and retries stay at 0.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium,
      // Local Network Access: Chromium asks the user before a page fetches another loopback origin
      // (the lead form's test receiver on 127.0.0.1:4176); a headless test cannot answer the prompt.
      // A real endpoint is a public https address, which needs no such permission.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=LocalNetworkAccessChecks'],
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      cwd: '../..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      // Measured on this 2-core machine: the longest tests (the whole questionnaire clicked through)
  // take 8–10 s when it is quiet and up to 31 s beside a CPU-bound process and a second test
  // run; 60 s leaves room for that, and retries stay at 0.
  timeout: 60_000,
    },
    {
      // "An MSP's website" embedding the app from another origin (4174), and an unrelated third origin (4175).
      command: 'node fixtures/server.js',
      url: 'http://127.0.0.1:4174/host.html',
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      // The MSP's automation for the lead form (4176): answers CORS preflights and records what it receives (lead.spec.ts).
      command: 'node fixtures/receiver.js',
      url: 'http://127.0.0.1:4176/health',
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
})
