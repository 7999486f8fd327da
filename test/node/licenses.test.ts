/** The licence list the build writes (src/node/vite-licenses-plugin.ts): which packages, and what it says about each. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build, type Rolldown } from 'vite'
import { bundleLicenses, bundledPackages, licenseList, packageRoot } from '../../src/node/vite-licenses-plugin.ts'

const nm = resolve('node_modules')
const version = (name: string): string => (JSON.parse(readFileSync(join(nm, name, 'package.json'), 'utf8')) as { version: string }).version
const dir = mkdtempSync(join(tmpdir(), 'licenses-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('packageRoot', () => {
  it.each([
    ['/app/node_modules/vue/dist/vue.js', '/app/node_modules/vue'],
    ['/app/node_modules/@vue/shared/dist/shared.esm-bundler.js', '/app/node_modules/@vue/shared'],
    ['/app/node_modules/a/node_modules/b/index.js?commonjs-es-import', '/app/node_modules/a/node_modules/b'],
    ['/app/src/main.ts', null],
    ['\0virtual:question-bank', null],
    ['\0/app/node_modules/x/y.js?commonjs-proxy', null],
    ['/app/node_modules/@scope', null],
  ])('%s → %s', (id, root) => {
    expect(packageRoot(id)).toBe(root)
  })
})

describe('bundledPackages', () => {
  it('names each package once, with the version, licence and licence text from the package itself', () => {
    const packages = bundledPackages([join(nm, 'jspdf/dist/jspdf.es.min.js'), join(nm, 'jspdf/package.json'), join(nm, '@vue/shared/dist/shared.esm-bundler.js'), join(nm, 'pako/dist/pako.esm.mjs'), resolve('src/main.ts'), '\0virtual:question-bank'])
    expect(packages.map((p) => `${p.name} ${p.version}`)).toEqual([`@vue/shared ${version('@vue/shared')}`, `jspdf ${version('jspdf')}`, `pako ${version('pako')}`])
    expect(packages.map((p) => p.license)).toEqual(['MIT', 'MIT', '(MIT AND Zlib)'])
    for (const p of packages) expect(p.licenseText).toMatch(/Permission is hereby granted|THE SOFTWARE IS PROVIDED/)
  })

  it('writes a list, then each licence in full', () => {
    const text = licenseList([
      { name: 'a', version: '1.0.0', license: 'MIT', licenseText: 'MIT text' },
      { name: 'b', version: '2.0.0', license: 'ISC', licenseText: null },
    ])
    expect(text).toContain('2 npm packages bundled')
    expect(text).toContain('- a 1.0.0 (MIT)\n- b 2.0.0 (ISC)')
    expect(text).toContain('a 1.0.0\nLicence: MIT\n\nMIT text')
    expect(text).toContain('The package has no licence file; package.json declares: ISC.')
  })
})

describe('the plugin in a build', () => {
  it('emits licenses.txt with exactly the packages in the bundle', async () => {
    writeFileSync(join(dir, 'main.js'), "import { zlibSync } from 'fflate'\ndocument.title = String(zlibSync(new Uint8Array([1])).length)\n")
    const output = (await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      resolve: { alias: { fflate: join(nm, 'fflate/esm/browser.js') } },
      plugins: [bundleLicenses()],
      build: { write: false, rolldownOptions: { input: join(dir, 'main.js') } },
    })) as Rolldown.RolldownOutput
    const asset = output.output.find((o) => o.fileName === 'licenses.txt')
    expect(asset?.type).toBe('asset')
    const text = asset?.type === 'asset' ? String(asset.source) : ''
    expect(text).toContain(`1 npm package bundled`)
    expect(text).toContain(`- fflate ${version('fflate')} (MIT)`)
  })
})
