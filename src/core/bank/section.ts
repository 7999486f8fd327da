/**
 * Reads one section file (lesson, questions, options, actions) and checks what refers across
 * files: conditions, detection bands, raised sections.
 */
import type { Action, BankIssue, Condition, DetectionBand, Frameworks, Lesson, LessonFact, Question, Raise, ScoredOption, Section } from './types.ts'
import { COSTS, EFFORTS, TIMEFRAMES, WHO } from './types.ts'
import { CIS, NIST, OWASP, duplicates, type FileReader, type Json, type Obj } from './reader.ts'

function readAction(r: FileReader, raw: Json, field: string): Action | undefined {
  const obj = r.object(raw, field)
  if (obj === undefined) return undefined
  r.known(obj, field, ['do', 'why', 'effort', 'who', 'timeframe', 'cost', 'service'])
  return {
    do: r.text(obj, 'do', field),
    why: r.text(obj, 'why', field),
    effort: r.oneOf(obj, 'effort', field, EFFORTS) ?? 'hours',
    who: r.oneOf(obj, 'who', field, WHO) ?? 'you',
    timeframe: r.oneOf(obj, 'timeframe', field, TIMEFRAMES) ?? 'week',
    cost: r.oneOf(obj, 'cost', field, COSTS) ?? 'free',
    service: r.text(obj, 'service', field),
  }
}

function readRaise(r: FileReader, raw: Json, field: string): Raise | undefined {
  const obj = r.object(raw, field)
  if (obj === undefined) return undefined
  r.known(obj, field, ['sections', 'factor', 'reason'])
  const sections = r.array(obj, 'sections', field, 1).flatMap((v, i) => {
    if (typeof v === 'string' && v !== '') return [v]
    r.fail(`${field}.sections[${i}]`, 'must be a section id')
    return []
  })
  return { sections, factor: r.number(obj, 'factor', field, 1, 3, true), reason: r.text(obj, 'reason', field) }
}

function readOptions(r: FileReader, obj: Obj, field: string, scored: boolean): ScoredOption[] {
  const options = r.array(obj, 'options', field, 2).flatMap((raw, i): ScoredOption[] => {
    const f = `${field}.options[${i}]`
    const o = r.object(raw, f)
    if (o === undefined) return []
    const notSure = o.notSure === true
    if (o.notSure !== undefined && typeof o.notSure !== 'boolean') r.fail(`${f}.notSure`, 'must be true or false')
    const notApplicable = o.notApplicable === true
    if (o.notApplicable !== undefined && typeof o.notApplicable !== 'boolean') r.fail(`${f}.notApplicable`, 'must be true or false')
    if (notApplicable && !scored) r.fail(`${f}.notApplicable`, 'only scored questions can have a "Doesn\'t apply" option (a profile question asks about the business itself)')
    if (notApplicable && notSure) r.fail(`${f}.notApplicable`, 'an option cannot be both "Not sure" and "Doesn\'t apply"')
    if (notApplicable && scored) {
      // Out of the score, the plan and the gaps: no score, no action, no detection band, no raise.
      r.known(o, f, ['id', 'label', 'notApplicable'])
      return [{ id: r.id(o, 'id', f), label: r.text(o, 'label', f), notSure: false, notApplicable: true, score: 0 }]
    }
    const extra = ['action', 'detection', 'raises']
    r.known(o, f, scored && !notSure ? ['id', 'label', 'score', 'notApplicable', ...extra] : scored ? ['id', 'label', 'notSure', 'notApplicable', ...extra] : ['id', 'label', 'notSure'])
    const score = scored && !notSure ? r.number(o, 'score', f, 0, 100) : 0
    const detection = r.text(o, 'detection', f, true)
    const raises = o.raises === undefined ? undefined : readRaise(r, o.raises, `${f}.raises`)
    const option: ScoredOption = {
      id: r.id(o, 'id', f),
      label: r.text(o, 'label', f),
      notSure,
      score,
      ...(detection === '' ? {} : { detection }),
      ...(raises === undefined ? {} : { raises }),
    }
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
  const naCount = options.filter((o) => o.notApplicable === true).length
  if (naCount > 1) r.fail(`${field}.options`, `may have at most one "Doesn't apply" option (notApplicable: true), found ${naCount}`)
  if (scored && options.length > 0 && !options.some((o) => !o.notSure && o.notApplicable !== true && o.score === 100)) {
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
  const f = obj.frameworks === undefined ? (r.fail(`${field}.frameworks`, 'is missing (NIST CSF 2.0 and CIS v8 references)'), undefined) : r.object(obj.frameworks, `${field}.frameworks`)
  if (f !== undefined) {
    const ff = `${field}.frameworks`
    r.known(f, ff, ['nist', 'cis', 'owasp'])
    frameworks = { nist: r.codes(f, 'nist', ff, NIST, 'PR.AA'), cis: r.codes(f, 'cis', ff, CIS, '6.3'), owasp: r.codes(f, 'owasp', ff, OWASP, 'API9:2023') }
    if (frameworks.nist.length === 0) r.fail(`${ff}.nist`, 'needs at least one NIST CSF 2.0 category id, such as PR.AA')
    if (frameworks.cis.length === 0) r.fail(`${ff}.cis`, 'needs at least one CIS Controls v8 safeguard id, such as 6.3')
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

export function readSection(r: FileReader, root: Json): Section | undefined {
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
      return [{ figure: r.text(fact, 'figure', f), source: r.url(fact, 'source', f) }]
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
export function checkConditions(sections: readonly Section[], issues: BankIssue[]): void {
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



/**
 * Checks what refers across the bank: detection band ids exist and, on a question, are given on
 * every option or none; raised sections exist.
 */
export function checkReferences(sections: readonly Section[], bands: readonly DetectionBand[], issues: BankIssue[]): void {
  const sectionIds = new Set(sections.map((s) => s.id))
  const bandIds = new Set(bands.map((b) => b.id))
  for (const section of sections) {
    section.questions.forEach((q, i) => {
      if (q.kind !== 'scored') return
      const fail = (field: string, message: string): void => void issues.push({ file: section.file, field: `questions[${i}]${field}`, message })
      const withBand = q.options.filter((o) => o.detection !== undefined).length
      if (withBand > 0 && withBand < q.options.length) fail('.options', 'give "detection" on every option of a detection question, or on none')
      q.options.forEach((o, j) => {
        if (o.detection !== undefined && !bandIds.has(o.detection)) fail(`.options[${j}].detection`, `"${o.detection}" is not a band in bank.json detection.bands (${[...bandIds].join(', ')})`)
        o.raises?.sections.forEach((id, k) => {
          if (!sectionIds.has(id)) fail(`.options[${j}].raises.sections[${k}]`, `refers to an unknown section "${id}"`)
        })
      })
    })
  }
}
