/**
 * What a built copy (dist/) makes a browser download, read from Vite's manifest: the JS and CSS of
 * the first load (the entry, its static imports, their CSS), what is loaded before the first
 * question (that, the questionnaire's screen and the first section's words), and every chunk loaded later. Shared by the budget test and `npm run bench`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { QUESTIONNAIRE_CHUNK } from './chunk-groups.ts'

interface ManifestChunk {
  readonly name?: string
  readonly file: string
  readonly src?: string
  readonly isEntry?: boolean
  readonly imports?: readonly string[]
  readonly dynamicImports?: readonly string[]
  readonly css?: readonly string[]
}

export interface FileSize {
  readonly file: string
  readonly raw: number
  readonly gzip: number
}

export interface BundleSizes {
  /** What the page itself loads for the welcome screen: the entry, its static imports and their CSS. */
  readonly firstLoad: readonly FileSize[]
  /** Everything loaded before the first question can be answered: the first load, the questionnaire's screen and the first section's words. */
  readonly firstQuestion: readonly FileSize[]
  /** Every other JS or CSS file, loaded on demand. */
  readonly lazy: readonly FileSize[]
  readonly embed: FileSize
}

export const SECTION_CHUNK = 'virtual:question-bank/section/'
/** The questionnaire's screen: a chunk of its own, made by hand (src/node/chunk-groups.ts). */
const isQuestionnaire = (chunk: ManifestChunk): boolean => chunk.name === QUESTIONNAIRE_CHUNK

export function sizeOf(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file))
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length }
}

export function sum(files: readonly FileSize[], key: 'raw' | 'gzip'): number {
  return files.reduce((total, f) => total + f[key], 0)
}

/** What a language other than English adds, all lazy: its dictionary, its bank's skeleton, each section's words, the actions. */
export interface LanguageSizes {
  readonly dictionary: FileSize
  readonly skeleton: FileSize
  readonly sections: readonly FileSize[]
  readonly actions: FileSize
}

function readManifest(dist: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>
}

/** The chunks of `lang` (`es`) in a build: the dictionary (src/i18n/<lang>/index.ts) and the bank's words (virtual:question-bank/<lang>…). */
export function languageSizes(dist: string, lang: string): LanguageSizes {
  const manifest = readManifest(dist)
  const chunk = (key: string): FileSize => {
    const c = manifest[key]
    if (c === undefined) throw new Error(`The manifest has no chunk ${key}`)
    return sizeOf(dist, c.file)
  }
  const bank = `virtual:question-bank/${lang}`
  return {
    dictionary: chunk(`src/i18n/${lang}/index.ts`),
    skeleton: chunk(bank),
    sections: Object.keys(manifest).filter((k) => k.startsWith(`${bank}/section/`)).map(chunk),
    actions: chunk(`${bank}/actions`),
  }
}

/** Reads dist/.vite/manifest.json; `firstSection` is the id of the section the owner starts with. */
export function bundleSizes(dist: string, firstSection: string): BundleSizes {
  const manifest = readManifest(dist)
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry === true)
  if (entry === undefined) throw new Error('The manifest has no entry chunk')
  const wanted = new Set<string>()
  const visit = (key: string): void => {
    if (wanted.has(key) || manifest[key] === undefined) return
    wanted.add(key)
    manifest[key].imports?.forEach(visit)
  }
  visit(entry[0])
  const files = (keys: Iterable<string>): string[] => [...keys].flatMap((k) => { const c = manifest[k]; return c === undefined ? [] : [c.file, ...(c.css ?? [])] })
  const load = [...new Set(files(wanted))]
  visit(SECTION_CHUNK + firstSection)
  const screen = Object.entries(manifest).find(([, chunk]) => isQuestionnaire(chunk))
  if (screen === undefined) throw new Error(`The manifest has no chunk named ${QUESTIONNAIRE_CHUNK}`)
  visit(screen[0])
  const first = [...new Set(files(wanted))]
  const all = [...new Set(files(Object.keys(manifest)))]
  return {
    firstLoad: load.map((f) => sizeOf(dist, f)),
    firstQuestion: first.map((f) => sizeOf(dist, f)),
    lazy: all.filter((f) => !first.includes(f)).map((f) => sizeOf(dist, f)),
    embed: sizeOf(dist, 'embed.js'),
  }
}
