/** What ships is pinned and checked: exact production versions, jsPDF past its advisories, an audit of what ships in CI before the tests. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> }
const ci = readFileSync('.ci/run', 'utf8')

describe('supply chain', () => {
  it('pins every production dependency to an exact version, the one installed', () => {
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/)
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range)
    }
  })

  it('ships jsPDF 4.2.1 or later (earlier versions carry known advisories)', () => {
    const [major = 0, minor = 0, patch = 0] = (pkg.dependencies.jspdf ?? '0.0.0').split('.').map(Number)
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4_002_001)
  })

  it('audits what ships in CI (after a build, before the tests), failing on high or critical', () => {
    const build = ci.indexOf('npm run build')
    const audit = ci.indexOf('npm run audit:shipped')
    expect(build).toBeGreaterThan(-1)
    expect(audit).toBeGreaterThan(build)
    expect(audit).toBeLessThan(ci.indexOf('npm test'))
    expect(ci).not.toContain('npm audit')
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['audit:shipped']).toBe('tsx src/node/audit-shipped.ts dist/licenses.txt')
    expect(ci).toMatch(/^set -euo pipefail$/m)
  })
})
