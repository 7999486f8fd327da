import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOM, isFormulaLike, neutraliseCell, planCsv, planRows, toCsv } from '../../src/core/plan-csv.ts'
import { en } from '../../src/i18n/messages.ts'

import { derivePlan, numberedActions, topActions, type Plan, type PlanItem } from '../../src/core/plan.ts'
import { insuranceReadiness } from '../../src/core/insurance.ts'
import { TIMEFRAMES, type Timeframe } from '../../src/core/bank/types.ts'
import { FIXTURE_ANSWERS, buildBank, fixtureBank } from '../support/fixture-bank.ts'
import { answersFor } from '../support/answers-arbitrary.ts'
import { parseCsv } from '../support/csv.ts'

const PLAN_CSV_HEADER = en.results.csv.header

const report = fixtureBank('report')

/** The classic payloads (OWASP "CSV Injection", and what spreadsheets have been shown to run). */
const PAYLOADS = [
  '=HYPERLINK("http://evil","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\tplain after a tab',
  '\r=1+1',
  '\rplain after a CR',
  '\n=1+1',
  '  =1+1',
  ' \t@SUM(A1)',
  '\u00a0-2+3',
  '\uFF1D1+1',
  '\uFF0B1',
  '\uFF0D1',
  '\uFF20SUM(A1)',
]

/** The plan with every text the CSV writes replaced by `text(field, item)`: nothing here comes through the bank's checks. */
function hostile(plan: Plan, text: (field: string, index: number) => string): Plan {
  const items = plan.items.map((item, i): PlanItem => ({
    ...item,
    answer: text('answer', i),
    action: { ...item.action, do: text('do', i), why: text('why', i) },
    section: { ...item.section, title: text('section', i) },
    question: { ...item.question, text: text('question', i), frameworks: { nist: [text('nist', i)], cis: [], owasp: [text('owasp', i), 'API9:2023'] } },
  }))
  const byTimeframe = Object.fromEntries(TIMEFRAMES.map((t) => [t, items.filter((p) => p.action.timeframe === t)])) as Record<Timeframe, PlanItem[]>
  return { items, byTimeframe }
}

describe('neutraliseCell', () => {
  it('puts a single quote before every classic formula payload, leading whitespace or not', () => {
    for (const payload of PAYLOADS) {
      expect(isFormulaLike(payload), JSON.stringify(payload)).toBe(true)
      expect(neutraliseCell(payload)).toBe(`'${payload}`)
    }
  })

  it('leaves ordinary text alone, including the characters later in the cell', () => {
    for (const text of ['Turn on MFA', 'a=b', 'Price: -5', "'=1+1", ' plain', '', '2.1', 'API9:2023', 'e-mail @ work']) {
      expect(neutraliseCell(text), JSON.stringify(text)).toBe(text)
    }
  })
})

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting only where needed', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['line\r\nbreak', 'lf\nonly', ''],
      [''],
    ])
    expect(csv).toBe('\uFEFFa,"b,c","say ""hi"""\r\n"line\r\nbreak","lf\nonly",\r\n""\r\n')
  })

  it('neutralises and quotes in that order: a payload with quotes stays one quoted, defused field', () => {
    expect(toCsv([['=HYPERLINK("http://evil","x")']])).toBe(`${BOM}"'=HYPERLINK(""http://evil"",""x"")"\r\n`)
    expect(toCsv([["=cmd|' /C calc'!A0", '\r=1']])).toBe(`${BOM}'=cmd|' /C calc'!A0,"'\r=1"\r\n`)
  })

  it('reads back as exactly the rows and fields it was given, in order, and no cell can run as a formula', () => {
    const char = fc.constantFrom('a', 'Z', ' ', ',', '"', "'", '\r', '\n', '\t', '=', '+', '-', '@', '\uFF1D', '\u00a0', 'é', '€', '1', ';')
    const field = fc.oneof(fc.string(), fc.string({ unit: char }), fc.constantFrom(...PAYLOADS))
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const csv = toCsv(rows)
        expect(csv.startsWith(BOM)).toBe(true)
        const parsed = parseCsv(csv)
        expect(parsed).toEqual(rows.map((row) => row.map(neutraliseCell)))
        for (const [r, row] of parsed.entries()) {
          for (const [c, cell] of row.entries()) {
            if (isFormulaLike(cell)) throw new Error(`cell ${r}:${c} ${JSON.stringify(cell)} can run as a formula`)
            if (cell !== rows[r]?.[c]) expect(cell).toBe(`'${rows[r]?.[c] ?? ''}`)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('planCsv', () => {
  it('writes a plain-English header, then one row per action numbered as in the PDF', () => {
    const plan = derivePlan(report, FIXTURE_ANSWERS)
    const rows = parseCsv(planCsv(plan, en.results))
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER])
    expect(rows[0]).toEqual(['Rank', 'Fix first', 'Action', 'Why it matters', 'Time frame', 'Who acts', 'Effort', 'Cost', 'Section', 'Question', 'Your answer', 'Insurers ask', 'NIST CSF 2.0', 'CIS Controls v8', 'OWASP API Top 10 2023'])
    expect(rows.slice(1)).toEqual(planRows(plan, en.results))
    expect(rows.slice(1).map((r) => r[2])).toEqual(numberedActions(plan).map((p) => p.action.do))
    expect(rows[1]).toEqual([
      '1',
      'yes',
      'Turn on multi-factor authentication for email',
      'Stolen passwords are the most common way in.',
      'This week',
      'You',
      'A few hours',
      'Free',
      'Email and customer portal',
      'Is multi-factor authentication on for email?',
      'No',
      '',
      'PR.AA',
      'CIS 6.3',
      '',
    ])
    expect(planCsv(plan, en.results)).toMatch(/^\uFEFF[^\n]*\r\n(?:[^\r\n]*\r\n)+$/)
  })

  it('names, for each action, the insurers\' questions it helps answer, with their status', () => {
    const bank = buildBank()
    const answers = { gate: 'portal', inventory: 'some', alerts: 'email', logs: 'no' }
    const plan = derivePlan(bank, answers)
    const rows = parseCsv(planCsv(plan, en.results, insuranceReadiness(bank, answers, plan)))
    const column = PLAN_CSV_HEADER.indexOf('Insurers ask')
    const byQuestion = Object.fromEntries(numberedActions(plan).map((p, i) => [p.question.id, rows[i + 1]?.[column]]))
    expect(byQuestion).toEqual({ inventory: 'Watched apps (Partly)', alerts: 'Watched apps (Partly)', logs: "Logs (Doesn't meet)" })
    expect(parseCsv(planCsv(plan, en.results)).slice(1).map((r) => r[column])).toEqual(['', '', ''])
  })

  it('gives the header only for an empty plan', () => {
    const empty = derivePlan(report, {})
    expect(planCsv(empty, en.results)).toBe(`${BOM}${PLAN_CSV_HEADER.join(',')}\r\n`)
  })

  it('marks exactly topActions as fix first, ranks 1 to N in numberedActions order, for any answers', () => {
    const core = buildBank()
    fc.assert(
      fc.property(answersFor(core), (answers) => {
        const plan = derivePlan(core, answers)
        const rows = parseCsv(planCsv(plan, en.results)).slice(1)
        expect(rows).toHaveLength(plan.items.length)
        expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)))
        const top = topActions(plan).length
        expect(rows.map((r) => r[1])).toEqual(rows.map((_, i) => (i < top ? 'yes' : 'no')))
        expect(rows.map((r) => `${r[9] ?? ''}|${r[2] ?? ''}`)).toEqual(numberedActions(plan).map((p) => `${p.question.text}|${p.action.do}`))
        rows.forEach((r) => expect(r).toHaveLength(PLAN_CSV_HEADER.length))
      }),
    )
  })

  it('defuses formula payloads in every text column, and keeps ids readable as text', () => {
    const plan = hostile(derivePlan(report, FIXTURE_ANSWERS), (field, i) => `${PAYLOADS[i % PAYLOADS.length] ?? ''} ${field}`)
    const rows = parseCsv(planCsv(plan, en.results)).slice(1)
    expect(rows).toHaveLength(plan.items.length)
    for (const row of rows) {
      for (const cell of row) expect(isFormulaLike(cell), JSON.stringify(cell)).toBe(false)
      for (const column of [2, 3, 8, 9, 10, 12]) expect(row[column]?.startsWith("'")).toBe(true)
      expect(row[14]).toMatch(/^'.*; API9:2023$/)
      expect(row[13]).toBe('')
    }
  })
})
