/**
 * The question-bank plugin serves each language of bank.json: `virtual:question-bank/es` has the
 * same exports as the English module (skeleton, one loader per section, actions), with Spanish
 * words and the same ids, and each Spanish section's words are a chunk of their own. English is
 * served as before, with the languages list beside it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, type Rollup } from 'vite'
import { questionBank } from '../../src/node/vite-bank-plugin.ts'
import { QUESTIONS_DIR, realBank } from '../content/real-bank.ts'

let dir = ''
let chunks: Rollup.OutputChunk[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bank-languages-'))
  writeFileSync(
    join(dir, 'main.js'),
    [
      "import { languages, skeleton } from 'virtual:question-bank'",
      "import * as es from 'virtual:question-bank/es'",
      // Kept alive as side effects: an app build drops what its entry only exports.
      'globalThis.bank = { languages, skeleton, es }',
      "globalThis.loadBank = () => Promise.all([es.actions(), ...Object.values(es.sectionText).map((f) => f())])",
    ].join('\n'),
  )
  const result = await build({ configFile: false, root: dir, logLevel: 'silent', plugins: [questionBank(QUESTIONS_DIR)], build: { write: false, minify: false, rolldownOptions: { input: join(dir, 'main.js') } } })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RolldownOutput[]
  chunks = outputs.flatMap((o) => o.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk'))
}, 60_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('the question-bank plugin in other languages', () => {
  it('exports the languages list, English first', () => {
    const entry = chunks.find((c) => c.isEntry)
    expect(entry?.code).toMatch(/\[\s*"en",\s*"es"\s*\]/)
  })

  it('serves the Spanish skeleton beside the English one, with the same ids (its titles are words: the skeleton carries them)', () => {
    const entry = chunks.find((c) => c.isEntry)?.code ?? ''
    expect(entry).toContain('Evaluación de ciberseguridad para pequeñas empresas')
    expect(entry).toContain('Small-business cyber-readiness assessment')
    expect(entry).toContain('Exposición de API y apps conectadas')
    expect(entry.match(/"?id"?: "api-exposure"/g)).toHaveLength(2)
  })

  it('makes each Spanish section\'s words, and the Spanish actions, a chunk of their own', () => {
    const lazy = chunks.filter((c) => !c.isEntry)
    const sections = realBank().sections
    for (const section of sections) {
      expect(lazy.some((c) => c.facadeModuleId === `\0virtual:question-bank/es/section/${section.id}`), section.id).toBe(true)
    }
    const actions = lazy.find((c) => c.facadeModuleId === '\0virtual:question-bank/es/actions')
    expect(actions?.code).toContain('Copias de seguridad y recuperación ante desastres')
    expect(actions?.code).not.toContain('Backup and disaster recovery')
  })
})
