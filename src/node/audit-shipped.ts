/**
 * `npm run audit:shipped [-- dist/licenses.txt]`, after a build: checks the npm packages that
 * actually ship (the list the build writes to `dist/licenses.txt`) against the registry's advisory
 * service, the one `npm audit` asks. `npm audit --omit=dev` also counts build-time packages that a
 * production dependency declares but whose code never reaches the bundle; this checks what ships.
 * Exit 1 on any high or critical advisory; a loud WARNING and exit 0 when the service cannot be
 * reached (some sandboxed CI networks answer 405), so an offline run still tests everything else.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The registry endpoint `npm audit` posts to: `{ "name": ["version", …] }` in, advisories by name out. */
export const ADVISORY_URL = 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk'
export const AUDIT_TIMEOUT_MS = 15_000
/** Severities that fail the run. */
export const FAILING = ['high', 'critical'] as const

export interface ShippedPackage {
  readonly name: string
  readonly version: string
}

export interface Advisory {
  readonly name: string
  readonly title: string
  readonly severity: string
  readonly url: string
  readonly vulnerableVersions: string
}

export type AuditOutcome =
  | { readonly kind: 'clean'; readonly packages: number; readonly lower: readonly Advisory[] }
  | { readonly kind: 'vulnerable'; readonly failing: readonly Advisory[]; readonly lower: readonly Advisory[] }
  | { readonly kind: 'unreachable'; readonly reason: string }

/**
 * The packages listed at the top of licenses.txt (`- name version (licence)`, as
 * `licenseList` writes them, before the licence texts), in order. Throws when the file lists none: a build always ships Vue.
 */
export function parseShipped(text: string): ShippedPackage[] {
  // Only the list at the top: the licence texts after the first rule could hold anything.
  const head = text.split(/^={72}$/m)[0] ?? ''
  const packages = [...head.matchAll(/^- ((?:@[^\s/]+\/)?[^\s@/]+) (\S+) \(.*\)$/gm)].map((m) => ({ name: m[1] ?? '', version: m[2] ?? '' }))
  if (packages.length === 0) throw new Error('licenses.txt lists no packages: is it the file the build wrote?')
  return packages
}

/** The request body: every shipped version under its package name. */
export function advisoryRequest(packages: readonly ShippedPackage[]): Record<string, string[]> {
  const body: Record<string, string[]> = {}
  for (const { name, version } of packages) {
    const versions = Object.prototype.hasOwnProperty.call(body, name) ? (body[name] ?? []) : []
    if (!versions.includes(version)) versions.push(version)
    body[name] = versions
  }
  return body
}

function advisoriesOf(json: unknown): Advisory[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('the advisory service answered something other than a JSON object')
  return Object.entries(json as Record<string, unknown>).flatMap(([name, list]) =>
    (Array.isArray(list) ? (list as unknown[]) : []).map((a) => {
      const r = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>
      const str = (v: unknown, fallback: string): string => (typeof v === 'string' && v !== '' ? v : fallback)
      // An advisory without a readable severity is treated as failing: better a false alarm than a miss.
      return { name, title: str(r.title, 'untitled advisory'), severity: str(r.severity, 'critical').toLowerCase(), url: str(r.url, ''), vulnerableVersions: str(r.vulnerable_versions, '') }
    }),
  )
}

/** Asks the advisory service about the shipped packages and sorts what it says. Never throws. */
export async function auditShipped(packages: readonly ShippedPackage[], fetcher: typeof fetch = fetch, timeoutMs = AUDIT_TIMEOUT_MS): Promise<AuditOutcome> {
  let json: unknown
  try {
    const response = await fetcher(ADVISORY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(advisoryRequest(packages)),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) return { kind: 'unreachable', reason: `HTTP ${response.status} ${response.statusText}`.trim() }
    json = await response.json()
  } catch (error) {
    return { kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) }
  }
  let advisories: Advisory[]
  try {
    advisories = advisoriesOf(json)
  } catch (error) {
    return { kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) }
  }
  const fails = (a: Advisory): boolean => (FAILING as readonly string[]).includes(a.severity)
  const failing = advisories.filter(fails)
  const lower = advisories.filter((a) => !fails(a))
  return failing.length > 0 ? { kind: 'vulnerable', failing, lower } : { kind: 'clean', packages: packages.length, lower }
}

/** What to print and the exit code for an outcome: 1 only for high or critical advisories. */
export function report(outcome: AuditOutcome): { readonly code: 0 | 1; readonly out: readonly string[]; readonly err: readonly string[] } {
  const line = (a: Advisory): string => `  ${a.severity}: ${a.name} ${a.vulnerableVersions} ${a.title}${a.url === '' ? '' : ` (${a.url})`}`.replace(/ {2,}/g, ' ').replace(/^ ?/, '  ')
  switch (outcome.kind) {
    case 'clean':
      return {
        code: 0,
        out: [`audit: no high or critical advisories in the ${outcome.packages} shipped packages.`, ...(outcome.lower.length === 0 ? [] : ['Lower-severity advisories:', ...outcome.lower.map(line)])],
        err: [],
      }
    case 'vulnerable':
      return { code: 1, out: [], err: ['audit: high or critical advisories in shipped packages:', ...outcome.failing.map(line), ...outcome.lower.map(line)] }
    case 'unreachable':
      return { code: 0, out: [], err: [`WARNING: the advisory service could not be reached; the audit was NOT run: ${outcome.reason}`] }
  }
}

/** Runs the audit on a licenses.txt; returns the exit code (1 as well when the file cannot be read). */
export async function runAuditShipped(path = 'dist/licenses.txt', fetcher: typeof fetch = fetch, io: { out(line: string): void; err(line: string): void } = { out: (l) => void process.stdout.write(`${l}\n`), err: (l) => void process.stderr.write(`${l}\n`) }): Promise<number> {
  let packages: ShippedPackage[]
  try {
    packages = parseShipped(readFileSync(path, 'utf8'))
  } catch (error) {
    io.err(`audit: ${path} could not be used (${error instanceof Error ? error.message : String(error)}); run the build first.`)
    return 1
  }
  const { code, out, err } = report(await auditShipped(packages, fetcher))
  out.forEach((l) => io.out(l))
  err.forEach((l) => io.err(l))
  return code
}

const invoked = process.argv[1]
if (invoked !== undefined && import.meta.url === pathToFileURL(invoked).href) {
  process.exitCode = await runAuditShipped(process.argv[2])
}
