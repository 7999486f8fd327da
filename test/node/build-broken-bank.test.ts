/**
 * `vite build` fails on a broken question file, naming the file and the field: the real questions/
 * copied to a throwaway folder, one field broken, built through Vite's own build() API with the
 * question-bank plugin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from 'vite'
import { questionBank } from '../../src/node/vite-bank-plugin.ts'

let dir = ''
const questions = (): string => join(dir, 'questions')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'broken-bank-build-'))
  cpSync('questions', questions(), { recursive: true })
  writeFileSync(join(dir, 'main.js'), "import * as bank from 'virtual:question-bank'\nexport default bank\n")
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function edit(file: string, change: (json: { questions: Record<string, unknown>[] }) => void): void {
  const path = join(questions(), file)
  const json = JSON.parse(readFileSync(path, 'utf8')) as { questions: Record<string, unknown>[] }
  change(json)
  writeFileSync(path, JSON.stringify(json, null, 2))
}

async function buildError(): Promise<string> {
  try {
    await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [questionBank(questions())],
      build: { write: false, rolldownOptions: { input: join(dir, 'main.js') } },
    })
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('the build succeeded with a broken question bank')
}

describe('vite build with a broken question bank', () => {
  it('builds the unbroken copy (so the failures below are the breakage, not the setup)', async () => {
    await expect(build({ configFile: false, root: dir, logLevel: 'silent', plugins: [questionBank(questions())], build: { write: false, rolldownOptions: { input: join(dir, 'main.js') } } })).resolves.toBeDefined()
  })

  it('fails naming the file and the field of a bad weight', async () => {
    edit('02-detection-speed.json', (json) => {
      const first = json.questions.find((q) => 'weight' in q)
      if (first === undefined) throw new Error('no scored question')
      first.weight = 0
    })
    expect(await buildError()).toMatch(/02-detection-speed\.json: questions\[\d+\]\.weight: must be a number greater than 0/)
  })

  it('fails naming the file, line and column of a JSON syntax error', async () => {
    writeFileSync(join(questions(), '05-updates-devices.json'), '{\n  "id": "updates-devices",\n  "title": "x",,\n}\n')
    expect(await buildError()).toMatch(/05-updates-devices\.json: \(file\): is not valid JSON at line 3, column 16/)
  })

  it('fails naming the file and the key path of a broken Spanish translation', async () => {
    rmSync(questions(), { recursive: true, force: true })
    cpSync('questions', questions(), { recursive: true })
    const path = join(questions(), 'es', '04-accounts-mfa.json')
    const json = JSON.parse(readFileSync(path, 'utf8')) as { questions: Record<string, { options: Record<string, Record<string, unknown>> }> }
    const options = json.questions['accounts-mfa-coverage']?.options
    if (options?.none === undefined) throw new Error('no option "none" in accounts-mfa-coverage')
    options.none = { action: options.none.action }
    writeFileSync(path, JSON.stringify(json, null, 2))
    expect(await buildError()).toMatch(/questions\/es\/04-accounts-mfa\.json: questions\.accounts-mfa-coverage\.options\.none\.label: is missing/)
  })
})
