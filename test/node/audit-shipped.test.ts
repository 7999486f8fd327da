/** The CI audit of what ships: the list from licenses.txt, the request, and advisories → exit code. No network: fetch is stubbed. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ADVISORY_URL, advisoryRequest, auditShipped, parseShipped, report, runAuditShipped } from '../../src/node/audit-shipped.ts'
import { licenseList } from '../../src/node/vite-licenses-plugin.ts'

const shipped = [
  { name: '@vue/runtime-dom', version: '3.5.45', license: 'MIT', licenseText: 'MIT License\n\n- not a package line (x)' },
  { name: 'jspdf', version: '4.2.1', license: '(MIT OR Apache-2.0)', licenseText: null },
  { name: 'fflate', version: '0.8.3', license: 'MIT', licenseText: 'Copyright\n\n- fake 1.0.0 (MIT)' },
]
const text = licenseList(shipped)
const packages = [
  { name: '@vue/runtime-dom', version: '3.5.45' },
  { name: 'jspdf', version: '4.2.1' },
  { name: 'fflate', version: '0.8.3' },
]

function answer(body: unknown, init: ResponseInit = {}): ReturnType<typeof vi.fn<typeof fetch>> {
  return vi.fn<typeof fetch>(() => Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init })))
}

const advisory = (severity: string, title = 'Prototype pollution') => ({ id: 1, title, severity, url: 'https://github.com/advisories/GHSA-xxxx', vulnerable_versions: '<4.3.0' })

describe('parseShipped', () => {
  it('reads the packages licenseList writes, scoped names included, and nothing from licence texts', () => {
    expect(parseShipped(text)).toEqual(packages)
  })

  it('refuses a file that lists no package', () => {
    expect(() => parseShipped('<!doctype html>')).toThrow(/lists no packages/)
  })

  it('builds the bulk request: versions under each name, once', () => {
    expect(advisoryRequest([...packages, { name: 'jspdf', version: '4.2.1' }, { name: 'jspdf', version: '4.0.0' }])).toEqual({ '@vue/runtime-dom': ['3.5.45'], jspdf: ['4.2.1', '4.0.0'], fflate: ['0.8.3'] })
  })
})

describe('auditShipped and its exit code', () => {
  it('posts the shipped packages to the bulk advisory endpoint', async () => {
    const fetcher = answer({})
    await auditShipped(packages, fetcher)
    const [url, init] = fetcher.mock.calls[0] ?? []
    expect(url).toBe(ADVISORY_URL)
    expect(init).toMatchObject({ method: 'POST' })
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '')).toEqual({ '@vue/runtime-dom': ['3.5.45'], jspdf: ['4.2.1'], fflate: ['0.8.3'] })
    expect(init?.signal).toBeInstanceOf(AbortSignal)
  })

  it.each([
    ['no advisories', {}, 0],
    ['a low and a moderate advisory', { jspdf: [advisory('low'), advisory('moderate')] }, 0],
    ['a high advisory', { jspdf: [advisory('high')] }, 1],
    ['a critical advisory', { fflate: [advisory('low'), advisory('CRITICAL')] }, 1],
    ['an advisory without a severity', { fflate: [{ title: 'Something bad' }] }, 1],
  ])('%s: exit %i', async (_name, body, code) => {
    const result = report(await auditShipped(packages, answer(body)))
    expect(result.code).toBe(code)
    if (code === 1) expect(result.err.join('\n')).toMatch(/^audit: high or critical advisories in shipped packages:\n {2}(high|critical): (jspdf|fflate)/)
  })

  it('names the advisory, the package and where to read more', async () => {
    const { err } = report(await auditShipped(packages, answer({ jspdf: [advisory('high', 'Denial of service')] })))
    expect(err).toEqual(['audit: high or critical advisories in shipped packages:', '  high: jspdf <4.3.0 Denial of service (https://github.com/advisories/GHSA-xxxx)'])
  })

  it.each([
    ['a 405', answer({ error: 'Method Not Allowed' }, { status: 405, statusText: 'Method Not Allowed' }), /HTTP 405 Method Not Allowed/],
    ['a 503', answer('', { status: 503 }), /HTTP 503/],
    ['a network error', vi.fn<typeof fetch>(() => Promise.reject(new TypeError('fetch failed'))), /fetch failed/],
    ['a timeout', vi.fn<typeof fetch>(() => Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))), /timeout/],
    ['an answer that is not an object', answer(['x']), /other than a JSON object/],
    ['an answer that is not JSON', vi.fn<typeof fetch>(() => Promise.resolve(new Response('<html>'))), /JSON/],
  ])('service unreachable (%s): a loud warning that the audit was NOT run, exit 0', async (_name, fetcher, reason) => {
    const { code, err } = report(await auditShipped(packages, fetcher))
    expect(code).toBe(0)
    expect(err).toHaveLength(1)
    expect(err[0]).toMatch(/^WARNING: the advisory service could not be reached; the audit was NOT run: /)
    expect(err[0]).toMatch(reason)
  })

  it('runs on a licenses.txt file, and fails when there is none (build first)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'))
    const path = join(dir, 'licenses.txt')
    writeFileSync(path, text)
    const lines: string[] = []
    const io = { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(l) }
    expect(await runAuditShipped(path, answer({}), io)).toBe(0)
    expect(lines).toEqual(['audit: no high or critical advisories in the 3 shipped packages.'])
    expect(await runAuditShipped(path, answer({ jspdf: [advisory('high')] }), io)).toBe(1)
    expect(await runAuditShipped(join(dir, 'missing.txt'), answer({}), io)).toBe(1)
    expect(lines.at(-1)).toMatch(/could not be used .*run the build first/)
  })
})
