/**
 * The MSP's logo: a same-origin PNG or JPEG of at most 200 KB and 4 megapixels. `imageInfo` reads
 * the format and pixel size from the file's own header (magic numbers, PNG IHDR, JPEG SOF), so a
 * renamed HTML page or SVG is refused whatever its name or Content-Type says. `checkLogo` is the one
 * rule for the bytes (size, format, pixels), used by `loadLogo` in the browser and by the Node report.
 */

export const LOGO_MAX_BYTES = 200 * 1024
/**
 * The most pixels (width × height) a logo may have. A flat-colour 8000 × 8000 PNG is under 200 KB
 * yet takes seconds and hundreds of MB to decode into the PDF; a crisp header logo needs far fewer.
 */
export const LOGO_MAX_PIXELS = 4_000_000
import { LOGO_PATH } from './parse.ts'

export { LOGO_PATH }

/** What the PDF needs to draw the logo. */
export interface LogoImage {
  readonly data: Uint8Array
  readonly format: 'PNG' | 'JPEG'
  readonly width: number
  readonly height: number
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
// Start-of-frame markers that carry the image size (all SOFn except DHT C4, JPG C8, DAC CC).
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function u16(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
}

function u32(b: Uint8Array, i: number): number {
  return u16(b, i) * 0x10000 + u16(b, i + 2)
}

function sized(format: 'PNG' | 'JPEG', width: number, height: number): Omit<LogoImage, 'data'> | null {
  const fine = (n: number): boolean => n >= 1 && n <= 20000
  return fine(width) && fine(height) ? { format, width, height } : null
}

function jpegSize(b: Uint8Array): Omit<LogoImage, 'data'> | null {
  let i = 2
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1] ?? 0
    if (marker === 0xff) {
      i += 1 // fill byte
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2 // markers without a length
      continue
    }
    if (marker === 0xd9 || marker === 0xda) return null // end of image or start of scan before any frame header
    if (JPEG_SOF.has(marker)) return i + 8 < b.length ? sized('JPEG', u16(b, i + 7), u16(b, i + 5)) : null
    i += 2 + u16(b, i + 2)
  }
  return null
}

/** Format and pixel size of a PNG or JPEG from its bytes; null for anything else or a truncated header. */
export function imageInfo(bytes: Uint8Array): Omit<LogoImage, 'data'> | null {
  if (PNG_SIGNATURE.every((v, i) => bytes[i] === v)) {
    const ihdr = String.fromCharCode(...bytes.subarray(12, 16))
    return bytes.length >= 24 && ihdr === 'IHDR' ? sized('PNG', u32(bytes, 16), u32(bytes, 20)) : null
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegSize(bytes)
  return null
}

/**
 * The one check of a logo's bytes: at most LOGO_MAX_BYTES, a real PNG or JPEG, at most
 * LOGO_MAX_PIXELS. The checked logo, or a sentence (starting with the quoted path) saying why not.
 */
export function checkLogo(path: string, data: Uint8Array): LogoImage | string {
  if (data.length > LOGO_MAX_BYTES) return tooBig(path, data.length)
  const info = imageInfo(data)
  if (info === null) return `"${path}" is not a PNG or JPEG image`
  const pixels = info.width * info.height
  if (pixels > LOGO_MAX_PIXELS) {
    const mp = (n: number): string => `${Number((n / 1_000_000).toFixed(2))} megapixels`
    return `"${path}" is ${info.width} × ${info.height} pixels (${mp(pixels)}); the limit is ${mp(LOGO_MAX_PIXELS)}, e.g. 2000 × 2000`
  }
  return { data, ...info }
}

function tooBig(path: string, bytes: number): string {
  return `"${path}" is ${Math.ceil(bytes / 1024)} KB; the limit is ${LOGO_MAX_BYTES / 1024} KB`
}

/** The logo's bytes, format and size, or a sentence saying why it cannot be used. */
export async function loadLogo(path: string, fetcher: typeof fetch = fetch, base = document.baseURI): Promise<LogoImage | string> {
  if (!LOGO_PATH.test(path)) return `"${path}" is not a relative path to a .png or .jpg file next to the app`
  const url = new URL(path, base)
  if (url.origin !== new URL(base).origin) return `"${path}" is not on the app's own site`
  try {
    const response = await fetcher(url.href, { credentials: 'same-origin', redirect: 'error', signal: AbortSignal.timeout(5000) })
    if (!response.ok) return `"${path}" could not be loaded (HTTP ${response.status})`
    const declared = Number(response.headers.get('content-length'))
    if (declared > LOGO_MAX_BYTES) return tooBig(path, declared)
    return checkLogo(path, new Uint8Array(await response.arrayBuffer()))
  } catch (error) {
    return `"${path}" could not be loaded (${error instanceof Error ? error.message : String(error)})`
  }
}

const checked = new Map<string, Promise<LogoImage | null>>()

/**
 * The logo checked once per page, for the masthead and the PDF alike: its bytes when it can be
 * used; null, with one console warning, when it cannot. Never rejects.
 */
export function checkedLogo(path: string, fetcher: typeof fetch = fetch, base = document.baseURI): Promise<LogoImage | null> {
  const known = checked.get(path)
  if (known !== undefined) return known
  const result = loadLogo(path, fetcher, base).then((logo) => {
    if (typeof logo !== 'string') return logo
    console.warn(`branding.json: "logo" ${logo}; no logo is shown.`)
    return null
  })
  checked.set(path, result)
  return result
}
