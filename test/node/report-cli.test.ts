import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeAnswersFile } from '../../src/core/answers-file.ts'
import { derivePlan, numberedActions, topActions } from '../../src/core/plan.ts'
import { planCsv } from '../../src/core/plan-csv.ts'
import { en, messages } from '../../src/i18n/messages.ts'

import { insuranceReadiness } from '../../src/core/insurance.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'
import { USAGE, parseDay, runReportCli, type CliOutput } from '../../src/node/report-cli.ts'
import { realBank } from '../../src/node/report-io.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { pdfText } from '../support/pdf-text.ts'
import { parseCsv } from '../support/csv.ts'

const PLAN_CSV_HEADER = en.results.csv.header

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'))
const bank = realBank()

function capture(): CliOutput & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] }
  return { lines, out: (l) => void lines.out.push(l), err: (l) => void lines.err.push(l) }
}

function answersFile(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const weak = answersFile('weak.json', encodeAnswersFile(bank, { answers: sampleAnswers(bank, 'weak'), businessName: 'Acme Bakery' }, new Date('2026-03-05T10:00:00Z')))

describe('npm run report', () => {
  it('builds the plan from a saved-answers file, with the name from the file, and is deterministic with --date', async () => {
    const io = capture()
    const out = join(dir, 'plan.pdf')
    expect(await runReportCli([weak, '--out', out, '--date', '2026-03-05'], io)).toBe(0)
    expect(io.lines.err).toEqual([])
    expect(io.lines.out[0]).toMatch(/^Wrote .*plan\.pdf: \d+ pages, [\d.]+ KiB; score \d+ \/ 100, \d+ actions\.$/)
    // Then where the answers leave the insurers' questions: every one "Doesn't meet" in the weak profile.
    const n = bank.insurance.length
    expect(io.lines.out[1]).toBe(`What cyber insurers will ask (${n} questions): 0 meets, 0 partly, ${n} doesn't meet, 0 unknown.`)
    expect(io.lines.out.slice(2)).toEqual(bank.insurance.map((c) => `  Doesn't meet  ${c.topic}`))
    const first = readFileSync(out)
    const pages = await pdfText(first)
    expect(pages[0]).toContain('for Acme Bakery')
    expect(pages[0]).toContain('March 5, 2026')
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`)
    expect(await runReportCli([weak, '--out', out, '--date', '2026-03-05'], capture())).toBe(0)
    expect(readFileSync(out).equals(first)).toBe(true)
  }, 20_000)

  it('applies a branding file checked by parseBranding, warns about bad fields, and reads the logo next to it', async () => {
    const brandingPath = join(dir, 'branding.json')
    writeFileSync(brandingPath, JSON.stringify({ name: 'Acme IT', phone: '+1 555 0142', email: 'not-an-email', logo: 'missing.png' }))
    const io = capture()
    const out = join(dir, 'branded.pdf')
    const code = await runReportCli([weak, '--out', out, '--branding', brandingPath, '--business', 'Other Name', '--date', '2026-03-05'], io)
    expect(code, io.lines.err.join('\n')).toBe(0)
    const warnings = io.lines.err.join('\n')
    expect(warnings).toMatch(/"email" must be an email address/)
    expect(warnings).toMatch(/the logo "missing.png" could not be read/)
    const text = (await pdfText(readFileSync(out))).join('\n')
    expect(text).toContain('Acme IT')
    expect(text).toContain('Phone +1 555 0142')
    expect(text).toContain(DEFAULT_BRANDING.email)
    expect(text).toContain('for Other Name')
  })

  it('cleans a --business name like any other: visible text on one line', async () => {
    const out = join(dir, 'hostile.pdf')
    expect(await runReportCli([weak, '--out', out, '--business', '\u202eOther\u0000\r\nName\u200b', '--date', '2026-03-05'], capture())).toBe(0)
    const raw = readFileSync(out).toString('latin1')
    expect(raw).toContain('/Title (Cyber-readiness action plan for Other Name)')
  })

  it('writes only the plan as CSV with --csv alone, numbered as in the PDF', async () => {
    const io = capture()
    const csv = join(dir, 'only.csv')
    expect(await runReportCli([weak, '--csv', csv, '--date', '2026-03-05'], io)).toBe(0)
    expect(io.lines.err).toEqual([])
    const plan = derivePlan(bank, sampleAnswers(bank, 'weak'))
    expect(io.lines.out).toEqual([`Wrote ${csv}: ${plan.items.length} actions, one row each, numbered as in the PDF.`])
    const insurance = insuranceReadiness(bank, sampleAnswers(bank, 'weak'), plan)
    const bytes = readFileSync(csv)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text).toBe(planCsv(plan, en.results, insurance))
    expect(text).toContain("MFA on email (Doesn't meet)")
    const rows = parseCsv(text)
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER])
    expect(rows).toHaveLength(plan.items.length + 1)
    expect(rows.slice(1, 6).map((r) => r[2])).toEqual(topActions(plan).map((p) => p.action.do))
    expect(rows.slice(1).map((r) => r[2])).toEqual(numberedActions(plan).map((p) => p.action.do))
    expect(existsSync(join(process.cwd(), 'cyber-readiness-plan-acme-bakery-2026-03-05.pdf'))).toBe(false)
  })

  it('writes the PDF and the CSV when given --out and --csv', async () => {
    const io = capture()
    const [pdf, csv] = [join(dir, 'both.pdf'), join(dir, 'both.csv')]
    expect(await runReportCli([weak, '--out', pdf, '--csv', csv, '--date', '2026-03-05'], io)).toBe(0)
    expect(io.lines.out).toHaveLength(2 + 1 + bank.insurance.length)
    expect(io.lines.out[0]).toMatch(/both\.csv: \d+ actions/)
    expect(io.lines.out[1]).toMatch(/both\.pdf: \d+ pages/)
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(parseCsv(readFileSync(csv, 'utf8')).length).toBeGreaterThan(5)
    expect(USAGE).toContain('--csv plan.csv')
  })

  it('refuses a wrong file, a bad date and missing arguments with a message and an error code', async () => {
    const wrong = answersFile('wrong.json', JSON.stringify({ hello: 'world' }))
    let io = capture()
    expect(await runReportCli([wrong, '--out', join(dir, 'x.pdf')], io)).toBe(1)
    expect(io.lines.err.join('\n')).toContain('This file is not a saved-answers file from this assessment.')
    io = capture()
    expect(await runReportCli([weak, '--date', '2026-02-30'], io)).toBe(2)
    expect(io.lines.err.join('\n')).toContain('--date must be a day such as 2026-03-05')
    io = capture()
    expect(await runReportCli([], io)).toBe(2)
    expect(io.lines.err).toContain(USAGE)
    io = capture()
    expect(await runReportCli([join(dir, 'absent.json')], io)).toBe(1)
    expect(io.lines.err.join('\n')).toMatch(/could not be read/)
  })

  it('with --previous, the owner part says what changed since the earlier file (an older set of questions is fine)', async () => {
    const answers = sampleAnswers(bank, 'weak')
    const best = bank.sections.flatMap((s) => s.questions).find((q) => q.kind === 'scored' && answers[q.id] !== undefined && answers[q.id] !== q.options[0]?.id)
    if (best === undefined) throw new Error('no question to improve')
    const better = answersFile('better.json', encodeAnswersFile(bank, { answers: { ...answers, [best.id]: best.options[0]?.id ?? '' }, businessName: 'Acme Bakery' }, new Date('2026-03-05T10:00:00Z')))
    const earlier = answersFile('earlier.json', JSON.stringify({ ...JSON.parse(encodeAnswersFile(bank, { answers: { ...answers, retired: 'yes' }, businessName: '' }, new Date(2026, 0, 5, 12))), bankVersion: bank.version - 1 }))
    const io = capture()
    const out = join(dir, 'compared.pdf')
    expect(await runReportCli([better, '--previous', earlier, '--out', out, '--date', '2026-03-05'], io)).toBe(0)
    expect(io.lines.err).toEqual(['warning: 1 earlier answer(s) could not be compared (their question or option no longer exists): retired'])
    expect(io.lines.out[0]).toMatch(/; since 2026-01-05: from \d+ to \d+, up \d+, 1 improved, 0 worse\.$/)
    const text = (await pdfText(readFileSync(out))).join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('Since your last assessment on January 5, 2026')
    expect(text).toContain(`Done since: 1 answer improved ("${best.text}").`)
  })

  it('refuses a bad --previous file with a clear message and an error code, and writes nothing', async () => {
    for (const [name, text, message] of [
      ['foreign.json', JSON.stringify({ hello: 'world' }), 'This file is not a saved-answers file from this assessment. Nothing was written.'],
      ['newer.json', JSON.stringify({ ...JSON.parse(encodeAnswersFile(bank, { answers: { x: 'y' }, businessName: '' }, new Date())), bankVersion: bank.version + 1 }), 'newer set of questions'],
      ['broken.json', '{"format":', 'could not be read as JSON'],
    ] as const) {
      const io = capture()
      const out = join(dir, `never-${name}.pdf`)
      expect(await runReportCli([weak, '--previous', answersFile(name, text), '--out', out], io)).toBe(1)
      expect(io.lines.err.join('\n')).toContain(message)
      expect(io.lines.out).toEqual([])
      expect(() => readFileSync(out)).toThrow()
    }
    const io = capture()
    expect(await runReportCli([weak, '--previous', join(dir, 'absent.json'), '--out', join(dir, 'never.pdf')], io)).toBe(1)
    expect(io.lines.err.join('\n')).toMatch(/previous answers file .* could not be read/)
  })

  it('with --lang es, writes the PDF and the CSV in Spanish, from the same answers file (answers are ids), and names the file in Spanish', async () => {
    const io = capture()
    const csv = join(dir, 'plan-es.csv')
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      expect(await runReportCli([weak, '--lang', 'es', '--csv', csv, '--out', join(dir, 'plan-es.pdf'), '--date', '2026-12-01'], io)).toBe(0)
      expect(await runReportCli([weak, '--lang', 'es', '--date', '2026-12-01'], capture())).toBe(0)
      expect(existsSync(join(dir, 'plan-de-ciberseguridad-acme-bakery-2026-12-01.pdf'))).toBe(true)
    } finally {
      process.chdir(cwd)
    }
    expect(io.lines.err).toEqual([])
    const spanish = realBank('es')
    const pages = await pdfText(readFileSync(join(dir, 'plan-es.pdf')))
    const text = pages.join('\n').replace(/\s+/g, ' ')
    for (const s of ['Plan de acción de ciberseguridad', 'para Acme Bakery', '1 de diciembre de 2026', `Página 1 de ${pages.length}`, 'Corrija esto primero', 'Para su proveedor de TI', 'Lo que le preguntarán las aseguradoras', spanish.sections[0]?.title ?? '?']) {
      expect(text).toContain(s)
    }
    for (const english of ['Fix these first', 'For your IT partner', 'Page 1 of', 'Overall score', 'What cyber insurers will ask', 'Who acts', 'This week', 'Not sure', 'December']) {
      expect(text, english).not.toContain(english)
    }
    const rows = parseCsv(readFileSync(csv, 'utf8'))
    expect(rows[0]).toEqual([...messages('es').results.csv.header])
    expect(rows[1]?.[8]).toBe(spanish.sections.find((s) => s.title === rows[1]?.[8])?.title)
  }, 30_000)

  it('refuses a --lang it does not have', async () => {
    const io = capture()
    expect(await runReportCli([weak, '--lang', 'fr'], io)).toBe(2)
    expect(io.lines.err.join('\n')).toContain('--lang must be one of en, es (got "fr")')
  })

  it('reads --date as a local day and rejects days that do not exist', () => {
    expect(parseDay('2026-03-05')?.getDate()).toBe(5)
    expect(parseDay('2026-13-01')).toBeNull()
    expect(parseDay('5 March')).toBeNull()
  })
})
