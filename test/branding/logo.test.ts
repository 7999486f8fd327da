import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS, checkLogo, checkedLogo, imageInfo, loadLogo } from '../../src/branding/logo.ts'
import { readBranding } from '../../src/node/report-io.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

const placeholder = new Uint8Array(readFileSync(new URL('../../public/logo.png', import.meta.url)))

/** A JPEG header: SOI, an APP0 segment, a DQT segment, then the given frame marker with the size. */
function jpeg(width: number, height: number, sof = 0xc0, extra: number[] = []): Uint8Array<ArrayBuffer> {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]
  const dqt = [0xff, 0xdb, 0x00, 0x04, 0x00, 0x01]
  const frame = [0xff, sof, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
  return new Uint8Array([0xff, 0xd8, ...app0, ...extra, ...dqt, ...frame, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9])
}

function png(width: number, height: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(33)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, width)
  new DataView(b.buffer).setUint32(20, height)
  return b
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('imageInfo', () => {
  it('reads the shipped placeholder logo: a 320 × 96 PNG', () => {
    expect(imageInfo(placeholder)).toEqual({ format: 'PNG', width: 320, height: 96 })
  })

  it('reads PNG sizes from the IHDR chunk, big-endian', () => {
    expect(imageInfo(png(1200, 300))).toEqual({ format: 'PNG', width: 1200, height: 300 })
    expect(imageInfo(png(0, 300))).toBeNull()
    expect(imageInfo(png(100, 100).subarray(0, 20))).toBeNull()
  })

  it('reads JPEG sizes from the first frame header, past other segments and fill bytes', () => {
    expect(imageInfo(jpeg(640, 480))).toEqual({ format: 'JPEG', width: 640, height: 480 })
    expect(imageInfo(jpeg(300, 2, 0xc2))).toEqual({ format: 'JPEG', width: 300, height: 2 })
    expect(imageInfo(jpeg(64, 48, 0xc0, [0xff]))).toEqual({ format: 'JPEG', width: 64, height: 48 })
    // DHT (C4) is not a frame header; the size comes from the SOF after it.
    expect(imageInfo(jpeg(64, 48, 0xc0, [0xff, 0xc4, 0x00, 0x02]))).toEqual({ format: 'JPEG', width: 64, height: 48 })
  })

  it('refuses JPEGs without a frame header before the scan, or cut short', () => {
    expect(imageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]))).toBeNull()
    expect(imageInfo(jpeg(64, 48).subarray(0, 30))).toBeNull()
  })

  it.each([
    ['HTML', text('<!doctype html><html><body>Not found</body></html>')],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['GIF', text('GIF89a\x01\x00\x01\x00')],
    ['empty', new Uint8Array()],
  ])('refuses %s bytes whatever the file is called', (_name, bytes) => {
    expect(imageInfo(bytes)).toBeNull()
  })
})

describe('loadLogo', () => {
  const base = 'https://assess.example.com/app/index.html'
  const serve = (body: BodyInit, init: ResponseInit = {}) => vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, init)))

  it('fetches a same-origin logo next to the app and returns its bytes, format and size', async () => {
    const fetcher = serve(placeholder)
    const logo = await loadLogo('brand/logo.png', fetcher, base)
    expect(logo).toEqual({ data: placeholder, format: 'PNG', width: 320, height: 96 })
    expect(fetcher.mock.calls[0]?.[0]).toBe('https://assess.example.com/app/brand/logo.png')
    expect(fetcher.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin', redirect: 'error' })
  })

  it.each(['https://evil.example/logo.png', '//evil.example/logo.png', '/logo.png', '../logo.png', 'logo.svg'])('refuses %s without fetching it', async (path) => {
    const fetcher = serve(placeholder)
    expect(await loadLogo(path, fetcher, base)).toMatch(/not a relative path/)
    expect(fetcher).not.toHaveBeenCalled()
  })

  it('refuses a file that is not a PNG or JPEG, one over 200 KB, and a failed request', async () => {
    expect(await loadLogo('logo.png', serve('<html>oops</html>'), base)).toBe('"logo.png" is not a PNG or JPEG image')
    const big = new Uint8Array(LOGO_MAX_BYTES + 1)
    big.set(png(10, 10))
    expect(await loadLogo('logo.png', serve(big), base)).toBe('"logo.png" is 201 KB; the limit is 200 KB')
    expect(await loadLogo('logo.png', serve(png(10, 10), { headers: { 'content-length': String(LOGO_MAX_BYTES + 10) } }), base)).toBe('"logo.png" is 201 KB; the limit is 200 KB')
    expect(await loadLogo('logo.png', serve('', { status: 404 }), base)).toBe('"logo.png" could not be loaded (HTTP 404)')
    expect(await loadLogo('logo.png', () => Promise.reject(new TypeError('Failed to fetch')), base)).toBe('"logo.png" could not be loaded (Failed to fetch)')
  })
})

describe('the pixel cap (a tiny file can still decode to hundreds of MB)', () => {
  const base = 'https://assess.example.com/'
  // [width, height, accepted]: the cap is width × height ≤ 4,000,000.
  const sizes: readonly [number, number, boolean][] = [
    [1, 1, true],
    [320, 96, true],
    [2000, 2000, true],
    [2001, 1999, true],
    [4_000_000 / 1000, 1000, true],
    [2001, 2000, false],
    [4001, 1000, false],
    [8000, 8000, false],
    [20000, 1, true],
    [20000, 200, true],
    [20000, 201, false],
    [20000, 20000, false],
  ]

  it('is 4 megapixels', () => {
    expect(LOGO_MAX_PIXELS).toBe(4_000_000)
  })

  it.each(sizes)('PNG %i × %i: accepted %s', (width, height, accepted) => {
    const logo = checkLogo('logo.png', png(width, height))
    if (accepted) expect(logo).toMatchObject({ format: 'PNG', width, height })
    else expect(logo).toMatch(new RegExp(`^"logo.png" is ${width} × ${height} pixels \\([\\d.]+ megapixels\\); the limit is 4 megapixels`))
  })

  it.each(sizes.filter(([w, h]) => w <= 0xffff && h <= 0xffff))('JPEG %i × %i: accepted %s', (width, height, accepted) => {
    const logo = checkLogo('logo.jpg', jpeg(width, height))
    if (accepted) expect(logo).toMatchObject({ format: 'JPEG', width, height })
    else expect(logo).toMatch(/pixels .*; the limit is 4 megapixels/)
  })

  it('names the size and the limit in the console warning of the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await checkedLogo('huge.png', () => Promise.resolve(new Response(png(8000, 8000))), base)).toBeNull()
    expect(warn.mock.calls).toEqual([['branding.json: "logo" "huge.png" is 8000 × 8000 pixels (64 megapixels); the limit is 4 megapixels, e.g. 2000 × 2000; no logo is shown.']])
    warn.mockRestore()
    expect(await loadLogo('long.png', () => Promise.resolve(new Response(png(20000, 201))), base)).toBe('"long.png" is 20000 × 201 pixels (4.02 megapixels); the limit is 4 megapixels, e.g. 2000 × 2000')
  })

  it('applies to the Node report too (npm run report --branding)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logo-cap-'))
    writeFileSync(join(dir, 'huge.png'), png(8000, 8000))
    writeFileSync(join(dir, 'ok.png'), png(2000, 2000))
    writeFileSync(join(dir, 'huge.json'), JSON.stringify({ ...DEFAULT_BRANDING, logo: 'huge.png' }))
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ ...DEFAULT_BRANDING, logo: 'ok.png' }))
    const huge = readBranding(join(dir, 'huge.json'))
    expect(huge.logo).toBeUndefined()
    expect(huge.warnings).toEqual(['the logo "huge.png" is 8000 × 8000 pixels (64 megapixels); the limit is 4 megapixels, e.g. 2000 × 2000; no logo is shown'])
    expect(readBranding(join(dir, 'ok.json')).logo).toMatchObject({ width: 2000, height: 2000 })
  })
})

describe('checkedLogo', () => {
  const base = 'https://assess.example.com/'
  it('checks a logo once per page, however often it is asked for, and warns once when it is refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const fetcher = vi.fn(() => Promise.resolve(new Response('<html>')))
    const results = await Promise.all([checkedLogo('refused.png', fetcher, base), checkedLogo('refused.png', fetcher, base)])
    expect(results).toEqual([null, null])
    expect(fetcher).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls).toEqual([['branding.json: "logo" "refused.png" is not a PNG or JPEG image; no logo is shown.']])
    warn.mockRestore()
  })

  it('gives the checked bytes of a good logo', async () => {
    const logo = await checkedLogo('good.png', () => Promise.resolve(new Response(png(30, 12))), base)
    expect(logo).toMatchObject({ format: 'PNG', width: 30, height: 12 })
  })
})
