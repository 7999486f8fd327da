/**
 * Colour arithmetic for branding: #rrggbb parsing, WCAG 2 contrast ratios, darkening a colour just
 * enough to reach a contrast target, and the CSS custom properties the theme sets. Pure.
 */

export const WHITE = '#ffffff'
/** The muted text colour of the stylesheet (--color-muted): the weakest text a background must carry. */
export const MUTED = '#475569'
/** WCAG 2 AA contrast for normal text. */
export const AA = 4.5

type Rgb = readonly [number, number, number]

/** `#rrggbb` (either case) to [r, g, b] in 0–255, or null. */
export function parseHex(value: unknown): Rgb | null {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) return null
  const n = parseInt(value.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

function rgbOf(hex: string): Rgb {
  const rgb = parseHex(hex)
  if (rgb === null) throw new Error(`not a #rrggbb colour: ${hex}`)
  return rgb
}

/** WCAG 2 relative luminance of a #rrggbb colour (0 black – 1 white). */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Mixes `hex` towards `other` by `t` (0 = hex, 1 = other). */
export function mix(hex: string, other: string, t: number): string {
  const [r1, g1, b1] = rgbOf(hex)
  const [r2, g2, b2] = rgbOf(other)
  return toHex([r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t])
}

/**
 * The least darkening of `hex` (mixing towards black) that reaches `min` contrast against every
 * background; `hex` itself when it already does; null when even black does not (dark backgrounds).
 */
export function darkenToContrast(hex: string, backgrounds: readonly string[], min = AA): string | null {
  const ok = (c: string): boolean => backgrounds.every((bg) => contrast(c, bg) >= min)
  if (ok(hex)) return hex
  if (!ok('#000000')) return null
  let lo = 0
  let hi = 1
  for (let i = 0; i < 16; i += 1) {
    const t = (lo + hi) / 2
    if (ok(mix(hex, '#000000', t))) hi = t
    else lo = t
  }
  // Rounding to whole channel values can cost a hair of contrast: step on until the result holds.
  let result = mix(hex, '#000000', hi)
  while (!ok(result)) {
    hi = Math.min(1, hi + 0.01)
    result = mix(hex, '#000000', hi)
  }
  return result
}

/** The light tint of the accent used behind selected answers. */
export function accentSoft(accent: string): string {
  return mix(accent, WHITE, 0.9)
}

/** The CSS custom properties for a (validated) set of colours. */
export function themeProperties(colours: { readonly accent: string; readonly text: string; readonly background: string }): Record<string, string> {
  return {
    '--color-accent': colours.accent,
    '--color-accent-soft': accentSoft(colours.accent),
    '--color-text': colours.text,
    '--color-bg': colours.background,
  }
}
