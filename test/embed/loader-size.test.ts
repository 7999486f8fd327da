import { gzipSync } from 'node:zlib'
import { Script } from 'node:vm'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildEmbed } from '../../src/node/vite-embed-plugin.ts'

let code = ''

beforeAll(async () => {
  code = await buildEmbed(resolve(import.meta.dirname, '../../src/embed/loader.ts'))
}, 30_000)

describe('embed.js', () => {
  it('stays within 2.5 KiB gzipped', () => {
    const gzipped = gzipSync(code, { level: 9 }).length
    expect(gzipped, `embed.js is ${code.length} bytes, ${gzipped} gzipped`).toBeLessThanOrEqual(2560)
  })

  it('is a classic script: one IIFE, no imports, exports or globals of its own', () => {
    expect(() => new Script(code)).not.toThrow()
    expect(code.trim()).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/)
    expect(code).not.toMatch(/\bimport\s*\(|\bexport\b|sourceMappingURL/)
  })

  it('has no eval, no inline styles and never touches storage', () => {
    expect(code).not.toMatch(/\beval\(|new Function|innerHTML|setAttribute\(`style`|cssText|localStorage|sessionStorage|document\.cookie/)
  })
})
