/**
 * The recommended response headers and the embed's sandbox, as written in the README and the code:
 * one list of headers (Deploy, Response headers) written out for each host with the same five
 * headers and values, one policy everywhere (the one `vite preview` serves and the browser tests
 * check), no image schemes nothing needs, and no sandbox flag nothing needs.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const loader = readFileSync(new URL('../../src/embed/loader.ts', import.meta.url), 'utf8')
// Read from vite.config.ts (the policy `vite preview` serves), which the test project does not compile.
const config = readFileSync(new URL('../../vite.config.ts', import.meta.url), 'utf8')
const CONTENT_SECURITY_POLICY = /export const CONTENT_SECURITY_POLICY =\s*"([^"]+)"/.exec(config)?.[1] ?? ''
const FRAME_ANCESTORS = "frame-ancestors 'self' https://www.your-msp.com"

describe('the Content-Security-Policy', () => {
  it('allows images from the app itself only: no data: or blob: images', () => {
    const img = CONTENT_SECURITY_POLICY.split(/;\s*/).find((d) => d.startsWith('img-src'))
    expect(img).toBe("img-src 'self'")
  })

  it('is the same in every README example (the list, _headers, nginx, Apache)', () => {
    const examples = [...readme.matchAll(/Content-Security-Policy:? "?([^"\n]*frame-ancestors[^"\n]*)/g)].map((m) => m[1]?.trim()).filter((p) => p?.includes('connect-src') === false)
    expect(examples).toHaveLength(4)
    for (const policy of examples) expect(policy).toBe(`${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`)
  })

  it('with the lead form, is the same policy plus the endpoint\'s origin in connect-src (README, Lead form)', () => {
    const lead = [...readme.matchAll(/Content-Security-Policy: ([^\n]*connect-src[^\n]*)/g)].map((m) => m[1]?.trim())
    expect(lead).toEqual([`${CONTENT_SECURITY_POLICY.replace("img-src 'self';", "img-src 'self'; connect-src 'self' https://hook.eu1.make.com;")}; ${FRAME_ANCESTORS}`])
  })
})

describe('the response headers in the README', () => {
  /** Each fenced block that sets a Content-Security-Policy with frame-ancestors, as header name → value. */
  const examples = [...readme.matchAll(/```[a-z]*\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .filter((block) => /Content-Security-Policy:? "?[^\n]*frame-ancestors/.test(block) && !block.includes('connect-src'))
    .map((block) =>
      Object.fromEntries(
        block
          .split('\n')
          .map((line) => /(?:add_header|Header always set)?\s*([A-Za-z-]+):? "?([^"\n]+?)"?( always;)?$/.exec(line.trim()))
          .filter((m): m is RegExpExecArray => m !== null && /^[A-Z][A-Za-z]*(-[A-Z][A-Za-z]*)+$/.test(m[1] ?? '') && m[1] !== 'Header')
          .map((m) => [m[1], m[2]]),
      ),
    )

  it('are one list: the list and each host\'s copy (_headers, nginx, Apache) set the same five headers to the same values', () => {
    expect(examples).toHaveLength(4)
    const [list, ...copies] = examples
    expect(Object.keys(list ?? {}).sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options'])
    for (const copy of copies) expect(copy).toEqual(list)
  })

  it('include HSTS, and never X-Frame-Options (it would block the embed)', () => {
    for (const example of examples) {
      expect(example['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
      expect(Object.keys(example)).not.toContain('X-Frame-Options')
    }
  })
})

describe('the embed sandbox', () => {
  const flags = (s: string): string[] => s.split(/\s+/).sort()
  const SANDBOX = /const SANDBOX = '([^']+)'/.exec(loader)?.[1] ?? ''

  it('grants downloads, popups and scripts, and no form submission', () => {
    expect(flags(SANDBOX)).toEqual(['allow-downloads', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'])
  })

  it('is the same in the README as in the loader', () => {
    const documented = [...readme.matchAll(/sandbox="([^"]+)"/g)].map((m) => flags(m[1] ?? ''))
    expect(documented).toHaveLength(2)
    for (const d of documented) expect(d).toEqual(flags(SANDBOX))
  })

  it('is needed by no <form> in the app', () => {
    const sources = import.meta.glob('../../src/**/*.vue', { query: '?raw', import: 'default', eager: true })
    expect(Object.keys(sources).length).toBeGreaterThan(10)
    for (const [file, text] of Object.entries(sources)) expect(text, file).not.toMatch(/<form[\s>]/i)
  })
})
