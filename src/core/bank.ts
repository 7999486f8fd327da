/**
 * The question bank: its types, and the one door through which raw files become typed data.
 *
 * Pure TypeScript: no Vue, no DOM, no file system. The caller hands over file names and texts
 * (the Vite plugin at build time, the Node loader in tests and scripts); `parseBank` returns a
 * `Bank` or throws a `BankError` listing every problem, each naming the file and the field.
 */

/** Who carries out an action. */
export type Who = 'you' | 'you-with-msp' | 'msp'
/** How long an action takes. */
export type Effort = 'hours' | 'days' | 'weeks'
/** When an action should be done: this week, within 30 days, within 90 days. */
export type Timeframe = 'week' | 'month' | 'quarter'
/** What an action costs. */
export type Cost = 'free' | 'low' | 'moderate'

export const WHO: readonly Who[] = ['you', 'you-with-msp', 'msp']
export const EFFORTS: readonly Effort[] = ['hours', 'days', 'weeks']
export const TIMEFRAMES: readonly Timeframe[] = ['week', 'month', 'quarter']
export const COSTS: readonly Cost[] = ['free', 'low', 'moderate']

/** What to do about an answer below the best. */
export interface Action {
  readonly do: string
  readonly why: string
  readonly effort: Effort
  readonly who: Who
  readonly timeframe: Timeframe
  readonly cost?: Cost
  readonly service?: string
}

/** An answer a question offers. */
export interface ChoiceOption {
  readonly id: string
  readonly label: string
  /** True for the one option per question that means "Not sure". */
  readonly notSure: boolean
}

/** An option of a scored question: a score from 0 to 100, and an action when below 100. */
export interface ScoredOption extends ChoiceOption {
  readonly score: number
  readonly action?: Action
}

/** Show a question only when an earlier profile question's answer is one of `anyOf`. */
export interface Condition {
  readonly question: string
  readonly anyOf: readonly string[]
}

/** Framework references: NIST CSF 2.0 categories, CIS Controls v8 safeguard ids, OWASP API 2023 ids. */
export interface Frameworks {
  readonly nist: readonly string[]
  readonly cis: readonly string[]
  readonly owasp: readonly string[]
}

interface QuestionBase {
  readonly id: string
  readonly sectionId: string
  readonly text: string
  readonly help?: string
  /** Estimated minutes an owner needs to answer. */
  readonly minutes: number
  readonly showIf?: Condition
  readonly frameworks: Frameworks
}

/** A question that counts in the score. */
export interface ScoredQuestion extends QuestionBase {
  readonly kind: 'scored'
  readonly weight: number
  readonly options: readonly ScoredOption[]
}

/** A question about the business (e.g. "do you have a customer portal?"): no score, gates others. */
export interface ProfileQuestion extends QuestionBase {
  readonly kind: 'profile'
  readonly options: readonly ChoiceOption[]
}

export type Question = ScoredQuestion | ProfileQuestion

/** A figure a lesson quotes, with its source. */
export interface LessonFact {
  readonly figure: string
  readonly source: string
}

export interface Lesson {
  readonly text: string
  readonly facts: readonly LessonFact[]
}

export interface Section {
  readonly id: string
  readonly file: string
  readonly title: string
  readonly lesson: Lesson
  readonly questions: readonly Question[]
}

/** A score band: a score of at least `min` earns this tier (the highest `min` that fits wins). */
export interface Tier {
  readonly id: string
  readonly label: string
  readonly min: number
  readonly summary: string
}

export interface Bank {
  readonly version: number
  readonly title: string
  /** Tiers in ascending order of `min`; the first has `min` 0. */
  readonly tiers: readonly Tier[]
  readonly sections: readonly Section[]
}

/** A file handed to the parser: its name (for messages) and its raw text. */
export interface BankFile {
  readonly name: string
  readonly text: string
}

/** One problem found in the bank. */
export interface BankIssue {
  readonly file: string
  readonly field: string
  readonly message: string
}

/** Thrown by `parseBank`: every problem found, each naming file and field. */
export class BankError extends Error {
  readonly issues: readonly BankIssue[]
  constructor(issues: readonly BankIssue[]) {
    super(
      `The question bank has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  ${i.file}: ${i.field}: ${i.message}`).join('\n'),
    )
    this.name = 'BankError'
    this.issues = issues
  }
}

type Json = unknown
type Obj = Readonly<Record<string, Json>>

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const NIST = /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}(-\d{2})?$/
const CIS = /^\d{1,2}\.\d{1,2}$/
const OWASP = /^API([1-9]|10):2023$/
const URL_RE = /^https?:\/\/[^\s/$.?#].[^\s]*$/

/** Collects issues for one file; every reader returns a safe value so parsing can go on. */
class FileReader {
  constructor(
    readonly file: string,
    private readonly issues: BankIssue[],
  ) {}

  fail(field: string, message: string): void {
    this.issues.push({ file: this.file, field, message })
  }

  object(value: Json, field: string): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj
    this.fail(field, `must be an object (got ${describe(value)})`)
    return undefined
  }

  /** Reports fields that the schema does not know (usually a typo). */
  known(obj: Obj, field: string, keys: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) this.fail(join(field, key), `unknown field (known: ${keys.join(', ')})`)
    }
  }

  text(obj: Obj, key: string, field: string, optional = false): string {
    const value = obj[key]
    if (value === undefined && optional) return ''
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    this.fail(join(field, key), value === undefined ? 'is missing' : `must be non-empty text (got ${describe(value)})`)
    return ''
  }

  id(obj: Obj, key: string, field: string): string {
    const value = this.text(obj, key, field)
    if (value !== '' && !ID.test(value)) {
      this.fail(join(field, key), `must be lowercase letters, digits and single hyphens (got "${value}")`)
    }
    return value
  }

  number(obj: Obj, key: string, field: string, min: number, max: number, minExclusive = false): number {
    const value = obj[key]
    if (typeof value !== 'number' || !Number.isFinite(value) || (minExclusive ? value <= min : value < min) || value > max) {
      const range = minExclusive ? `greater than ${min} and at most ${max}` : `from ${min} to ${max}`
      this.fail(join(field, key), value === undefined ? 'is missing' : `must be a number ${range} (got ${describe(value)})`)
      return minExclusive ? max : min
    }
    return value
  }

  oneOf<T extends string>(obj: Obj, key: string, field: string, allowed: readonly T[], optional = false): T | undefined {
    const value = obj[key]
    if (value === undefined && optional) return undefined
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    this.fail(join(field, key), value === undefined ? 'is missing' : `must be one of ${allowed.join(', ')} (got ${describe(value)})`)
    return allowed[0]
  }

  array(obj: Obj, key: string, field: string, minLength: number, optional = false): readonly Json[] {
    const value = obj[key]
    if (value === undefined && optional) return []
    if (!Array.isArray(value)) {
      this.fail(join(field, key), value === undefined ? 'is missing' : `must be a list (got ${describe(value)})`)
      return []
    }
    if (value.length < minLength) this.fail(join(field, key), `must have at least ${minLength} item${minLength === 1 ? '' : 's'}`)
    return value
  }

  /** A list of strings that each match `pattern`. */
  codes(obj: Obj, key: string, field: string, pattern: RegExp, example: string): string[] {
    return this.array(obj, key, field, 0, true).flatMap((value, i) => {
      if (typeof value === 'string' && pattern.test(value)) return [value]
      this.fail(`${join(field, key)}[${i}]`, `must look like ${example} (got ${describe(value)})`)
      return []
    })
  }
}

function join(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`
}

function describe(value: Json): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return 'an object'
}

/** JSON.parse with a message that gives line and column on a syntax error. */
function parseJson(file: BankFile, issues: BankIssue[]): Json {
  try {
    return JSON.parse(file.text) as Json
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    let where = ''
    if (position?.[1] !== undefined) {
      const before = file.text.slice(0, Number(position[1]))
      const line = before.split('\n').length
      const column = before.length - before.lastIndexOf('\n')
      where = ` at line ${line}, column ${column}`
    }
    issues.push({ file: file.name, field: '(file)', message: `is not valid JSON${where}: ${message}` })
    return undefined
  }
}

function readTiers(r: FileReader, meta: Obj): Tier[] {
  const tiers = r.array(meta, 'tiers', '', 2).flatMap((raw, i): Tier[] => {
    const field = `tiers[${i}]`
    const obj = r.object(raw, field)
    if (obj === undefined) return []
    r.known(obj, field, ['id', 'label', 'min', 'summary'])
    return [{ id: r.id(obj, 'id', field), label: r.text(obj, 'label', field), min: r.number(obj, 'min', field, 0, 100), summary: r.text(obj, 'summary', field) }]
  })
  if (tiers.length > 0 && !tiers.some((t) => t.min === 0)) r.fail('tiers', 'one tier must have min 0, so every score has a tier')
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1]
    if (previous !== undefined && tier.min <= previous.min) r.fail(`tiers[${i}].min`, 'tiers must be listed with strictly increasing min')
  })
  duplicates(tiers.map((t) => t.id)).forEach((id) => r.fail('tiers', `duplicate tier id "${id}"`))
  return tiers
}

function readAction(r: FileReader, raw: Json, field: string): Action | undefined {
  const obj = r.object(raw, field)
  if (obj === undefined) return undefined
  r.known(obj, field, ['do', 'why', 'effort', 'who', 'timeframe', 'cost', 'service'])
  const cost = r.oneOf(obj, 'cost', field, COSTS, true)
  const service = r.text(obj, 'service', field, true)
  return {
    do: r.text(obj, 'do', field),
    why: r.text(obj, 'why', field),
    effort: r.oneOf(obj, 'effort', field, EFFORTS) ?? 'hours',
    who: r.oneOf(obj, 'who', field, WHO) ?? 'you',
    timeframe: r.oneOf(obj, 'timeframe', field, TIMEFRAMES) ?? 'week',
    ...(cost === undefined ? {} : { cost }),
    ...(service === '' ? {} : { service }),
  }
}

function readOptions(r: FileReader, obj: Obj, field: string, scored: boolean): ScoredOption[] {
  const options = r.array(obj, 'options', field, 2).flatMap((raw, i): ScoredOption[] => {
    const f = `${field}.options[${i}]`
    const o = r.object(raw, f)
    if (o === undefined) return []
    const notSure = o.notSure === true
    if (o.notSure !== undefined && typeof o.notSure !== 'boolean') r.fail(`${f}.notSure`, 'must be true or false')
    r.known(o, f, scored && !notSure ? ['id', 'label', 'score', 'action'] : scored ? ['id', 'label', 'notSure', 'action'] : ['id', 'label', 'notSure'])
    const score = scored && !notSure ? r.number(o, 'score', f, 0, 100) : 0
    const option: ScoredOption = { id: r.id(o, 'id', f), label: r.text(o, 'label', f), notSure, score }
    if (!scored) return [option]
    if (score < 100) {
      if (o.action === undefined) r.fail(`${f}.action`, 'is missing: every option below the best (score 100) needs an action')
      const action = o.action === undefined ? undefined : readAction(r, o.action, `${f}.action`)
      return [action === undefined ? option : { ...option, action }]
    }
    if (o.action !== undefined) r.fail(`${f}.action`, 'the best option (score 100) needs no action')
    return [option]
  })
  const notSureCount = options.filter((o) => o.notSure).length
  if (notSureCount !== 1) r.fail(`${field}.options`, `must have exactly one "Not sure" option (notSure: true), found ${notSureCount}`)
  if (scored && options.length > 0 && !options.some((o) => !o.notSure && o.score === 100)) {
    r.fail(`${field}.options`, 'must have a best option with score 100')
  }
  duplicates(options.map((o) => o.id)).forEach((id) => r.fail(`${field}.options`, `duplicate option id "${id}"`))
  return options
}

function readQuestion(r: FileReader, raw: Json, field: string, sectionId: string): Question | undefined {
  const obj = r.object(raw, field)
  if (obj === undefined) return undefined
  const kind = r.oneOf(obj, 'kind', field, ['scored', 'profile'] as const, true) ?? 'scored'
  const common = ['id', 'kind', 'text', 'help', 'minutes', 'showIf', 'frameworks', 'options']
  r.known(obj, field, kind === 'scored' ? [...common, 'weight'] : common)
  const help = r.text(obj, 'help', field, true)
  let showIf: Condition | undefined
  if (obj.showIf !== undefined) {
    const c = r.object(obj.showIf, `${field}.showIf`)
    if (c !== undefined) {
      r.known(c, `${field}.showIf`, ['question', 'anyOf'])
      const anyOf = r.array(c, 'anyOf', `${field}.showIf`, 1).map((v) => (typeof v === 'string' ? v : ''))
      showIf = { question: r.text(c, 'question', `${field}.showIf`), anyOf }
    }
  }
  let frameworks: Frameworks = { nist: [], cis: [], owasp: [] }
  if (obj.frameworks !== undefined) {
    const f = r.object(obj.frameworks, `${field}.frameworks`)
    if (f !== undefined) {
      const ff = `${field}.frameworks`
      r.known(f, ff, ['nist', 'cis', 'owasp'])
      frameworks = { nist: r.codes(f, 'nist', ff, NIST, 'PR.AA'), cis: r.codes(f, 'cis', ff, CIS, '6.3'), owasp: r.codes(f, 'owasp', ff, OWASP, 'API9:2023') }
    }
  }
  const base = {
    id: r.id(obj, 'id', field),
    sectionId,
    text: r.text(obj, 'text', field),
    ...(help === '' ? {} : { help }),
    minutes: r.number(obj, 'minutes', field, 0, 10, true),
    ...(showIf === undefined ? {} : { showIf }),
    frameworks,
  }
  if (kind === 'profile') {
    return { ...base, kind, options: readOptions(r, obj, field, false).map(({ id, label, notSure }) => ({ id, label, notSure })) }
  }
  return { ...base, kind, weight: r.number(obj, 'weight', field, 0, 10, true), options: readOptions(r, obj, field, true) }
}

function readSection(r: FileReader, root: Json): Section | undefined {
  const obj = r.object(root, '(file)')
  if (obj === undefined) return undefined
  r.known(obj, '', ['id', 'title', 'lesson', 'questions'])
  const id = r.id(obj, 'id', '')
  let lesson: Lesson = { text: '', facts: [] }
  const l = obj.lesson === undefined ? (r.fail('lesson', 'is missing'), undefined) : r.object(obj.lesson, 'lesson')
  if (l !== undefined) {
    r.known(l, 'lesson', ['text', 'facts'])
    const facts = r.array(l, 'facts', 'lesson', 1).flatMap((raw, i): LessonFact[] => {
      const f = `lesson.facts[${i}]`
      const fact = r.object(raw, f)
      if (fact === undefined) return []
      r.known(fact, f, ['figure', 'source'])
      const source = r.text(fact, 'source', f)
      if (source !== '' && !URL_RE.test(source)) r.fail(`${f}.source`, `must be an http(s) URL (got "${source}")`)
      return [{ figure: r.text(fact, 'figure', f), source }]
    })
    lesson = { text: r.text(l, 'text', 'lesson'), facts }
  }
  const questions = r.array(obj, 'questions', '', 1).flatMap((raw, i) => {
    const q = readQuestion(r, raw, `questions[${i}]`, id)
    return q === undefined ? [] : [q]
  })
  return { id, file: r.file, title: r.text(obj, 'title', ''), lesson, questions }
}

/** Checks that every condition names an earlier profile question and options it really has. */
function checkConditions(sections: readonly Section[], issues: BankIssue[]): void {
  const seen = new Map<string, Question>()
  for (const section of sections) {
    section.questions.forEach((q, i) => {
      if (q.showIf !== undefined) {
        const field = `questions[${i}].showIf`
        const target = seen.get(q.showIf.question)
        const fail = (f: string, message: string): void => void issues.push({ file: section.file, field: f, message })
        if (target === undefined) {
          const later = sections.some((s) => s.questions.some((o) => o.id === q.showIf?.question))
          fail(`${field}.question`, later ? `"${q.showIf.question}" must come before the question it controls` : `refers to an unknown question "${q.showIf.question}"`)
        } else if (target.kind !== 'profile') {
          fail(`${field}.question`, `"${target.id}" is a scored question; conditions may only depend on profile questions (kind: "profile"), so a better answer never hides or reveals scored questions`)
        } else {
          q.showIf.anyOf.forEach((optionId, j) => {
            if (!target.options.some((o) => o.id === optionId)) fail(`${field}.anyOf[${j}]`, `"${target.id}" has no option "${optionId}"`)
          })
        }
      }
      seen.set(q.id, q)
    })
  }
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => id !== '' && ids.indexOf(id) !== i))]
}

/**
 * Parses and validates the bank: `meta` is the bank file (version, title, tiers), `sections` the
 * section files in order. Returns the typed bank, or throws a `BankError` naming every problem.
 */
export function parseBank(meta: BankFile, sections: readonly BankFile[]): Bank {
  const issues: BankIssue[] = []
  const metaReader = new FileReader(meta.name, issues)
  const metaJson = parseJson(meta, issues)
  const metaObj = metaJson === undefined ? undefined : metaReader.object(metaJson, '(file)')
  let version = 0
  let title = ''
  let tiers: Tier[] = []
  if (metaObj !== undefined) {
    metaReader.known(metaObj, '', ['version', 'title', 'tiers'])
    version = metaReader.number(metaObj, 'version', '', 1, Number.MAX_SAFE_INTEGER)
    if (!Number.isInteger(version)) metaReader.fail('version', 'must be a whole number')
    title = metaReader.text(metaObj, 'title', '')
    tiers = readTiers(metaReader, metaObj)
  }
  if (sections.length === 0) issues.push({ file: meta.name, field: '(bank)', message: 'there are no section files' })
  const parsed = sections.flatMap((file) => {
    const json = parseJson(file, issues)
    if (json === undefined) return []
    const section = readSection(new FileReader(file.name, issues), json)
    return section === undefined ? [] : [section]
  })
  const sectionIds = parsed.map((s) => s.id)
  for (const id of duplicates(sectionIds)) {
    parsed.filter((s) => s.id === id).forEach((s) => issues.push({ file: s.file, field: 'id', message: `duplicate section id "${id}" (also in ${parsed.filter((o) => o.id === id && o !== s).map((o) => o.file).join(', ')})` }))
  }
  const questionIds = parsed.flatMap((s) => s.questions.map((q) => q.id))
  for (const id of duplicates(questionIds)) {
    for (const s of parsed) {
      s.questions.forEach((q, i) => {
        if (q.id === id) issues.push({ file: s.file, field: `questions[${i}].id`, message: `duplicate question id "${id}": question ids must be unique across all files` })
      })
    }
  }
  checkConditions(parsed, issues)
  if (issues.length > 0) throw new BankError(issues)
  return { version, title, tiers, sections: parsed }
}

/** Every question of the bank, in order. */
export function allQuestions(bank: Bank): Question[] {
  return bank.sections.flatMap((s) => s.questions)
}
