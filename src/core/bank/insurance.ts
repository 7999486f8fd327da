/**
 * Reads `questions/insurance.json`: the controls cyber insurers commonly ask about, each mapped onto
 * the bank's own questions and options. Checked against the parsed sections, so a control that
 * names a question or option the bank does not have, or leaves one of a question's options out,
 * fails the build naming the file and the field.
 */
import type { InsuranceControl, InsuranceRule, InsuranceSource, InsuranceStatus, Question, Section } from './types.ts'
import { INSURANCE_STATUSES } from './types.ts'
import { duplicates, type FileReader, type Json, type Obj } from './reader.ts'

const FILE_KEYS = ['about', 'controls']
const CONTROL_KEYS = ['id', 'topic', 'ask', 'rules', 'evidence', 'askedBy']
const RULE_KEYS = ['question', ...INSURANCE_STATUSES]
const SOURCE_KEYS = ['carrier', 'source']

/** Option lists per status; "unknown" may be left out (a question's "Not sure" is always unknown). */
function readRule(r: FileReader, json: Json, field: string, questions: ReadonlyMap<string, Question>): InsuranceRule | undefined {
  const obj = r.object(json, field)
  if (obj === undefined) return undefined
  r.known(obj, field, RULE_KEYS)
  const questionId = r.id(obj, 'question', field)
  const question = questions.get(questionId)
  if (questionId !== '' && question === undefined) r.fail(`${field}.question`, `names no question of the bank (got "${questionId}")`)
  const lists = Object.fromEntries(
    INSURANCE_STATUSES.map((status) => [status, optionList(r, obj, status, field, question)] as const),
  ) as Record<InsuranceStatus, string[]>
  if (question !== undefined) checkCoverage(r, field, question, lists)
  return { question: questionId, ...lists }
}

function optionList(r: FileReader, obj: Obj, status: InsuranceStatus, field: string, question: Question | undefined): string[] {
  return r.array(obj, status, field, 0, status === 'unknown').flatMap((value, i) => {
    const at = `${field}.${status}[${i}]`
    if (typeof value !== 'string' || value === '') {
      r.fail(at, 'must be an option id')
      return []
    }
    if (question !== undefined && !question.options.some((o) => o.id === value)) {
      r.fail(at, `"${value}" is not an option of question "${question.id}" (its options: ${question.options.map((o) => o.id).join(', ')})`)
      return []
    }
    return [value]
  })
}

/**
 * Every option of the question is placed exactly once ("Not sure" may be left to unknown), a
 * "Not sure" option is never placed above unknown, and for a scored question a better-scoring
 * option never gets a worse status: so improving an answer can never lower a control.
 */
function checkCoverage(r: FileReader, field: string, question: Question, lists: Readonly<Record<InsuranceStatus, readonly string[]>>): void {
  const placed = INSURANCE_STATUSES.flatMap((status) => lists[status].map((id) => ({ id, status })))
  for (const id of duplicates(placed.map((p) => p.id))) r.fail(field, `option "${id}" of question "${question.id}" is placed under more than one status`)
  const statusOf = new Map(placed.map((p) => [p.id, p.status]))
  for (const option of question.options) {
    const status = statusOf.get(option.id)
    if (status === undefined && !option.notSure) r.fail(field, `option "${option.id}" of question "${question.id}" is not placed: list it under meets, partly, misses or unknown`)
    if (status !== undefined && status !== 'unknown' && option.notSure) r.fail(field, `option "${option.id}" of question "${question.id}" means "Not sure": it can only be unknown`)
  }
  if (question.kind !== 'scored') return
  const rank = (id: string): number => INSURANCE_STATUSES.indexOf(statusOf.get(id) ?? 'unknown')
  const scored = question.options.filter((o) => !o.notSure && o.notApplicable !== true)
  for (const better of scored) {
    for (const worse of scored) {
      if (better.score > worse.score && rank(better.id) < rank(worse.id)) {
        r.fail(field, `option "${better.id}" (score ${better.score}) has a worse status than "${worse.id}" (score ${worse.score}): a better answer must never lower the control`)
      }
    }
  }
  // What the owner is told to do comes from the plan: an answer that leaves a control short must have an action.
  for (const option of scored) {
    const status = statusOf.get(option.id)
    if ((status === 'partly' || status === 'misses') && option.action === undefined) {
      r.fail(field, `option "${option.id}" of question "${question.id}" leaves the control ${status === 'partly' ? 'partly met' : 'unmet'} but has no action in the bank`)
    }
  }
}

function readSource(r: FileReader, json: Json, field: string): InsuranceSource | undefined {
  const obj = r.object(json, field)
  if (obj === undefined) return undefined
  r.known(obj, field, SOURCE_KEYS)
  return { carrier: r.text(obj, 'carrier', field), source: r.url(obj, 'source', field) }
}

function readControl(r: FileReader, json: Json, field: string, questions: ReadonlyMap<string, Question>): InsuranceControl | undefined {
  const obj = r.object(json, field)
  if (obj === undefined) return undefined
  r.known(obj, field, CONTROL_KEYS)
  const rules = r.array(obj, 'rules', field, 1).flatMap((j, i) => readRule(r, j, `${field}.rules[${i}]`, questions) ?? [])
  for (const id of duplicates(rules.map((rule) => rule.question))) r.fail(`${field}.rules`, `question "${id}" has more than one rule`)
  const evidence = r.array(obj, 'evidence', field, 1).flatMap((j, i) => {
    if (typeof j === 'string' && j.trim() !== '') return [j.trim()]
    r.fail(`${field}.evidence[${i}]`, 'must be non-empty text')
    return []
  })
  const askedBy = r.array(obj, 'askedBy', field, 1).flatMap((j, i) => readSource(r, j, `${field}.askedBy[${i}]`) ?? [])
  return { id: r.id(obj, 'id', field), topic: r.text(obj, 'topic', field), ask: r.text(obj, 'ask', field), rules, evidence, askedBy }
}

/** The insurance controls of `json` (the parsed insurance file), checked against the bank's sections. */
export function readInsurance(r: FileReader, json: Json, sections: readonly Section[]): InsuranceControl[] {
  const obj = r.object(json, '(file)')
  if (obj === undefined) return []
  r.known(obj, '', FILE_KEYS)
  if (obj.about !== undefined) r.text(obj, 'about', '')
  const questions = new Map(sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)))
  const controls = r.array(obj, 'controls', '', 1).flatMap((j, i) => readControl(r, j, `controls[${i}]`, questions) ?? [])
  for (const id of duplicates(controls.map((c) => c.id))) {
    controls.forEach((c, i) => {
      if (c.id === id) r.fail(`controls[${i}].id`, `duplicate control id "${id}"`)
    })
  }
  return controls
}
