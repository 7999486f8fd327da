/**
 * Loading the branding before the app mounts, applying its colours, and handing it to views.
 * Every failure falls back to the defaults and says so with console.warn, never a blank page.
 */
import { inject, type InjectionKey } from 'vue'
import { DEFAULT_BRANDING, parseBranding, type BrandColours, type Branding } from './parse.ts'
import { themeProperties } from './colour.ts'

export const BRANDING_TIMEOUT_MS = 3000

/** Injection key for the loaded branding (provided by main.ts). */
export const BRANDING_KEY: InjectionKey<Branding> = Symbol('branding')

/** The branding provided to the app (the default when none was provided, e.g. in component tests). */
export function useBranding(): Branding {
  return inject(BRANDING_KEY, DEFAULT_BRANDING)
}

/**
 * Fetches `./branding.json` (next to the app) with a short timeout and validates it. Warnings go to
 * console.warn. Never rejects. The logo's bytes are checked later, off the path to the first screen,
 * by `checkedLogo` (branding-logo.ts): the masthead shows it and the PDF embeds it only once checked.
 */
export async function loadBranding(fetcher: typeof fetch = fetch, base = document.baseURI): Promise<Branding> {
  let raw: unknown
  try {
    const response = await fetcher(new URL('branding.json', base).href, {
      cache: 'no-cache',
      credentials: 'same-origin',
      redirect: 'error',
      signal: AbortSignal.timeout(BRANDING_TIMEOUT_MS),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    raw = await response.json()
  } catch (error) {
    console.warn(`branding.json could not be loaded (${error instanceof Error ? error.message : String(error)}); using the default branding.`)
    return DEFAULT_BRANDING
  }
  const { branding, warnings } = parseBranding(raw)
  warnings.forEach((w) => console.warn(w))
  return branding
}

/** Sets the theme's CSS custom properties through the CSSOM (allowed under `style-src 'self'`). */
export function applyTheme(colours: BrandColours, style: CSSStyleDeclaration = document.documentElement.style): void {
  for (const [name, value] of Object.entries(themeProperties(colours))) style.setProperty(name, value)
}
