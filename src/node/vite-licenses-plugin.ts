/**
 * Vite plugin: writes `licenses.txt` into the build, listing every npm package whose code is in
 * the app's bundle (name, version, licence and the package's own licence text), so whoever hosts
 * the app can meet the notice requirements of what it ships. Which packages: the node_modules
 * modules Rollup/Rolldown actually put in a chunk, not everything in package.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { Plugin } from 'vite'

export interface BundledPackage {
  readonly name: string
  readonly version: string
  /** The SPDX expression from package.json, or "UNKNOWN". */
  readonly license: string
  /** The text of the package's LICENSE / LICENCE / COPYING file, or null when it has none. */
  readonly licenseText: string | null
}

const NODE_MODULES = `${sep}node_modules${sep}`
const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

/** The folder of the package a module id belongs to, or null for the app's own and virtual modules. */
export function packageRoot(id: string): string | null {
  const file = id.replace(/[?#].*$/, '')
  const at = file.lastIndexOf(NODE_MODULES)
  if (file.startsWith('\0') || at === -1) return null
  const parts = file.slice(at + NODE_MODULES.length).split(sep)
  const depth = parts[0]?.startsWith('@') === true ? 2 : 1
  if (parts.length <= depth) return null
  return file.slice(0, at + NODE_MODULES.length) + parts.slice(0, depth).join(sep)
}

function readPackage(root: string): BundledPackage | null {
  const manifest = join(root, 'package.json')
  if (!existsSync(manifest)) return null
  const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown; license?: unknown }
  const file = readdirSync(root).find((f) => LICENSE_FILE.test(f))
  return {
    name: typeof json.name === 'string' ? json.name : root.split(sep).slice(-2).join('/'),
    version: typeof json.version === 'string' ? json.version : 'UNKNOWN',
    license: typeof json.license === 'string' ? json.license : 'UNKNOWN',
    licenseText: file === undefined ? null : readFileSync(join(root, file), 'utf8').trim(),
  }
}

/** The packages the given module ids come from, once each, sorted by name. */
export function bundledPackages(ids: Iterable<string>): BundledPackage[] {
  const roots = new Set<string>()
  for (const id of ids) {
    const root = packageRoot(id)
    if (root !== null) roots.add(root)
  }
  const byName = new Map<string, BundledPackage>()
  for (const root of roots) {
    const pkg = readPackage(root)
    if (pkg !== null) byName.set(`${pkg.name}@${pkg.version}`, pkg)
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

/** The text of licenses.txt for these packages. */
export function licenseList(packages: readonly BundledPackage[]): string {
  const rule = '='.repeat(72)
  const head = [
    'Third-party software in this build of the cyber-readiness assessment',
    `${packages.length} npm package${packages.length === 1 ? '' : 's'} bundled into the app's JavaScript, written by the build.`,
    '',
    ...packages.map((p) => `- ${p.name} ${p.version} (${p.license})`),
  ]
  const bodies = packages.map((p) => [rule, `${p.name} ${p.version}`, `Licence: ${p.license}`, '', p.licenseText ?? `The package has no licence file; package.json declares: ${p.license}.`].join('\n'))
  return `${[...head, '', ...bodies].join('\n')}\n`
}

/** Emits `licenses.txt` listing the packages in the client bundle. */
export function bundleLicenses(fileName = 'licenses.txt'): Plugin {
  return {
    name: 'bundle-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? Object.keys(item.modules) : []))
      this.emitFile({ type: 'asset', fileName, source: licenseList(bundledPackages(ids)) })
    },
  }
}
