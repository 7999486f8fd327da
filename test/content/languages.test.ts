/**
 * One assessment, any language: answers are ids, so a file saved in English loads in Spanish (and
 * back), "Compare with last time" compares across languages with the same scores, and what leaves
 * the app in Spanish (the CSV, the email summary, the lead body) is Spanish, with the lead's keys
 * in English.
 */
import { describe, expect, it } from 'vitest'
import { encodeAnswersFile, parseAnswersFile } from '../../src/core/answers-file.ts'
import { parsePreviousAnswersFile } from '../../src/core/previous-file.ts'
import { compareAssessments } from '../../src/core/compare.ts'
import { derivePlan } from '../../src/core/plan.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { estimateDetection } from '../../src/core/detection.ts'
import { insuranceReadiness } from '../../src/core/insurance.ts'
import { planCsv } from '../../src/core/plan-csv.ts'
import { buildLead } from '../../src/core/lead.ts'
import { resultsMailto, summarise } from '../../src/embed/handoff.ts'
import { loadBank } from '../../src/node/bank-files.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { messages } from '../../src/i18n/messages.ts'
import { parseCsv } from '../support/csv.ts'
import { QUESTIONS_DIR } from './real-bank.ts'

const english = loadBank(QUESTIONS_DIR)
const spanish = loadBank(QUESTIONS_DIR, undefined, 'es')
const es = messages('es')
const mixed = sampleAnswers(english, 'mixed')
const weak = sampleAnswers(english, 'weak')
const savedAt = new Date('2026-03-05T10:00:00Z')

describe('answers across languages', () => {
  it('loads a file saved in English into the Spanish questions, and back, with every answer', () => {
    const file = encodeAnswersFile(english, { answers: mixed, businessName: 'Panadería Zoë' }, savedAt)
    expect(parseAnswersFile(file, spanish)).toEqual({ ok: true, data: { answers: mixed, businessName: 'Panadería Zoë' }, savedAt, dropped: [] })
    const back = encodeAnswersFile(spanish, { answers: mixed, businessName: '' }, savedAt)
    expect(parseAnswersFile(back, english)).toMatchObject({ ok: true, data: { answers: mixed } })
  })

  it('scores and plans the same answers the same in both languages: only the words differ', () => {
    const [a, b] = [scoreAssessment(english, mixed), scoreAssessment(spanish, mixed)]
    expect(b.overall.score).toBe(a.overall.score)
    expect(b.overall.tier?.id).toBe(a.overall.tier?.id)
    expect(b.sections.map((s) => s.score)).toEqual(a.sections.map((s) => s.score))
    expect(derivePlan(spanish, mixed).items.map((i) => i.question.id)).toEqual(derivePlan(english, mixed).items.map((i) => i.question.id))
  })

  it('compares with last time across languages: an English file, compared in Spanish, gives the same changes', () => {
    const file = encodeAnswersFile(english, { answers: weak, businessName: '' }, savedAt)
    const previous = parsePreviousAnswersFile(file, spanish)
    if (!previous.ok) throw new Error(previous.problem)
    const inSpanish = compareAssessments(spanish, previous.previous, mixed)
    const inEnglish = compareAssessments(english, previous.previous, mixed)
    expect(inSpanish.overall).toEqual(inEnglish.overall)
    expect(inSpanish.improved.map((c) => [c.question.id, c.from.id, c.to.id])).toEqual(inEnglish.improved.map((c) => [c.question.id, c.from.id, c.to.id]))
    expect(inSpanish.notComparable).toEqual([])
    expect(inSpanish.improved[0]?.question.text).toBe(spanish.sections.flatMap((s) => s.questions).find((q) => q.id === inSpanish.improved[0]?.question.id)?.text)
  })
})

describe('what leaves the app in Spanish', () => {
  const plan = derivePlan(spanish, mixed)
  const results = scoreAssessment(spanish, mixed)

  it('the CSV: Spanish header, time frames, who acts, yes and no; the same rows as in English', () => {
    const rows = parseCsv(planCsv(plan, es.results, insuranceReadiness(spanish, mixed, plan)))
    expect(rows[0]).toEqual([...es.results.csv.header])
    expect(rows.slice(1).map((r) => r[1])).toEqual(expect.arrayContaining(['sí', 'no']))
    expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(Object.values(es.results.labels.when).filter((w) => rows.some((r) => r[4] === w))))
    expect(rows.length).toBe(parseCsv(planCsv(derivePlan(english, mixed), messages('en').results)).length)
  })

  it('the email summary: a Spanish subject and body', () => {
    const summary = summarise(results, plan)
    if (summary === null) throw new Error('no summary')
    const link = decodeURIComponent(resultsMailto('ayuda@ejemplo.com', 'Acme TI', summary, es.results.email))
    expect(link).toContain(`subject=Mis resultados de ciberseguridad: ${summary.score}/100 (${summary.tier})`)
    expect(link).toContain('Hola, Acme TI:')
    expect(link).toContain('Lo que debo corregir primero:')
    expect(link).not.toMatch(/Hello|fix first|Overall score/)
  })

  it('the lead body: the same keys, Spanish values, and the language named', () => {
    const lead = buildLead({ contact: { name: 'Ana', email: 'ana@ejemplo.com' }, honeypot: '', includeAnswers: true, mspName: 'Acme TI', consentText: '', source: 'direct', page: null, results, plan, detection: estimateDetection(spanish, mixed), submittedAt: savedAt, language: 'es', words: es.results })
    const inEnglish = buildLead({ contact: { name: 'Ana', email: 'ana@ejemplo.com' }, honeypot: '', includeAnswers: true, mspName: 'Acme TI', consentText: '', source: 'direct', page: null, results: scoreAssessment(english, mixed), plan: derivePlan(english, mixed), detection: estimateDetection(english, mixed), submittedAt: savedAt, language: 'en', words: messages('en').results })
    expect(Object.keys(lead)).toEqual(Object.keys(inEnglish))
    expect(Object.keys(lead.result)).toEqual(Object.keys(inEnglish.result))
    expect(lead.language).toBe('es')
    expect(lead.consent.text).toBe(`${es.results.lead.consent('Acme TI')}.`)
    expect(lead.result.tier).toBe(results.overall.tier?.label)
    expect(lead.result.fixFirst.map((f) => f.timeframe).every((t) => Object.values(es.results.labels.when).includes(t))).toBe(true)
    expect(lead.result.fixFirst.map((f) => f.who).every((w) => Object.values(es.results.labels.who).includes(w))).toBe(true)
    expect(lead.answers?.map((a) => a.id)).toEqual(inEnglish.answers?.map((a) => a.id))
  })
})
