/**
 * Node-side inputs of the report scripts: the real bank, the MSP's branding file (checked by
 * `parseBranding`) and its logo, read from disk next to the branding file.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Bank } from '../core/bank/types.ts'
import { DEFAULT_BRANDING, parseBranding, type Branding } from '../branding/parse.ts'
import { checkLogo, type LogoImage } from '../branding/logo.ts'
import { loadBank } from './bank-files.ts'
import type { Language } from '../i18n/languages.ts'

/** The repository's `questions/` folder. */
export const QUESTIONS_DIR = fileURLToPath(new URL('../../questions', import.meta.url))

/** The real question bank in `lang` (English by default), validated (throws a BankError naming file and field). */
export function realBank(lang: Language = 'en'): Bank {
  return loadBank(QUESTIONS_DIR, undefined, lang)
}

export interface BrandingFile {
  readonly branding: Branding
  readonly logo?: LogoImage
  /** Problems found: each bad field fell back to its default. */
  readonly warnings: readonly string[]
}

/** The logo named by the branding file, resolved next to it; a sentence when it cannot be used. */
function readLogo(path: string, base: string): LogoImage | string {
  try {
    const logo = checkLogo(path, new Uint8Array(readFileSync(resolve(base, path))))
    return typeof logo === 'string' ? `the logo ${logo}; no logo is shown` : logo
  } catch (error) {
    return `the logo "${path}" could not be read (${error instanceof Error ? error.message : String(error)}); no logo is shown`
  }
}

/** Reads a branding JSON file; without a path, the default branding. Throws when the file is not JSON. */
export function readBranding(path?: string): BrandingFile {
  if (path === undefined) return { branding: DEFAULT_BRANDING, warnings: [] }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`The branding file "${path}" could not be read as JSON (${error instanceof Error ? error.message : String(error)}).`)
  }
  const { branding, warnings } = parseBranding(raw)
  if (branding.logo === null) return { branding, warnings }
  const logo = readLogo(branding.logo, dirname(resolve(path)))
  return typeof logo === 'string' ? { branding, warnings: [...warnings, logo] } : { branding, logo, warnings }
}
