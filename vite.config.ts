import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { questionBank } from './src/node/vite-bank-plugin.ts'
import { embedLoader } from './src/node/vite-embed-plugin.ts'
import { bundleLicenses } from './src/node/vite-licenses-plugin.ts'
import { preloadChunks } from './src/node/vite-preload-plugin.ts'
import { QUESTIONNAIRE_CHUNK, QUESTIONNAIRE_MODULES } from './src/node/chunk-groups.ts'

const questions = fileURLToPath(new URL('./questions', import.meta.url))
const unused = fileURLToPath(new URL('./src/node/jspdf-optional-deps-stub.ts', import.meta.url))
/** The host-side loader, emitted as `dist/embed.js` (classic script, stable name). */
export const EMBED_ENTRY = fileURLToPath(new URL('./src/embed/loader.ts', import.meta.url))

/** The policy the built app must run under (see README, Security). Served by `vite preview`. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

export default defineConfig({
  // Relative asset URLs: the built app runs from any folder of any static host.
  base: './',
  plugins: [vue(), questionBank(questions), embedLoader(EMBED_ENTRY), bundleLicenses(), preloadChunks(['src/views/SectionView.vue'])],
  define: {
    // Every component uses <script setup>: drop the Options API from Vue's runtime (smaller first load).
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    // jsPDF's optional helpers for html() and SVG: never used here, never shipped (see the module).
    alias: { html2canvas: unused, dompurify: unused, canvg: unused },
  },
  // The report worker (src/report/report-worker.ts): an ES module emitted as a file of its own in
  // assets/, loaded from the app's origin (never a blob: or data: URL), so `script-src 'self'` covers it.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // No inline scripts or data: URLs for assets, so a strict Content-Security-Policy holds.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The questionnaire's screen in one chunk (src/node/chunk-groups.ts says why); only its own
    // modules, not what they import (Vue and the store stay in the first load's chunk).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: QUESTIONNAIRE_CHUNK, test: QUESTIONNAIRE_MODULES, includeDependenciesRecursively: false }],
        },
      },
    },
    // dist/.vite/manifest.json: which chunks the first screen loads (the size budget test reads it).
    manifest: true,
  },
  preview: {
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
})
