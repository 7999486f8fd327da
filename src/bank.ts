/**
 * The question bank in the app: the only module that reads `questions/` (through the validated
 * `virtual:question-bank`, see src/node/vite-bank-plugin.ts), in the language on show.
 *
 * `bank` starts as the skeleton, which scoring, conditions and progress need, and fills in as each
 * section's words arrive. `fullBank` stays null until every section's words and every action are
 * here; only then is there a `Bank` (see `joinBank`), so nothing can derive a plan, an email
 * summary or a report from a bank whose actions are missing. Views that show words wait for
 * `isSectionLoaded` or `allSectionsLoaded`; a failed load rejects (the view offers a retry) and can
 * be tried again.
 *
 * Languages: English is built in; another language's skeleton (`virtual:question-bank/es`) is a
 * chunk of its own, fetched by `useBankLanguage`, and its words load part by part as the English
 * do. Every language has the same ids, scores and conditions, so answers, scores and the plan
 * carry over a switch unchanged: only the words change.
 *
 * Why module state: the bank is one per page and never changes once built; its parts are
 * immutable chunks that the browser's module cache already holds once per page. Keeping what has
 * loaded here (and not in a store) is the same cache one level up, shared by every view and the
 * store, with nothing to reset between two assessments on one page.
 */
import { computed, shallowRef, type Ref, type ShallowRef } from 'vue'
import { actions as actionsLoader, sectionText, skeleton as validated, translations } from 'virtual:question-bank'
import type { Bank, BankSkeleton, DetectionModel, EmergencyCountry, InsuranceControl } from './core/bank/types.ts'
import { fillSection, joinBank, type BankActions, type SectionText } from './core/bank/split.ts'
import { own } from './core/records.ts'

type Loader<M> = () => Promise<M>
type ActionsModule = { default: unknown; insurance: unknown; detection: unknown; emergency: unknown }

/** What has loaded of the bank in one language. */
interface Parts {
  readonly skeleton: BankSkeleton
  readonly sectionText: Readonly<Record<string, Loader<{ default: unknown }>>>
  readonly actionsLoader: Loader<ActionsModule>
  readonly current: ShallowRef<BankSkeleton>
  readonly texts: ShallowRef<Readonly<Record<string, SectionText>>>
  readonly actions: ShallowRef<{ readonly actions: BankActions; readonly insurance: readonly InsuranceControl[]; readonly detection: DetectionModel; readonly emergency: readonly EmergencyCountry[] } | null>
  readonly pending: Map<string, Promise<void>>
}

function parts(skeleton: BankSkeleton, text: Parts['sectionText'], actions: Parts['actionsLoader']): Parts {
  return { skeleton, sectionText: text, actionsLoader: actions, current: shallowRef(skeleton), texts: shallowRef({}), actions: shallowRef(null), pending: new Map() }
}

// Validated and split at build time by the plugin: these casts state what it guarantees.
const english = parts(validated as BankSkeleton, sectionText, actionsLoader)
const loaded = new Map<string, Parts>([['en', english]])
const shown = shallowRef<Parts>(english)
const shownLanguage = shallowRef('en')

/** The language of the words on show (`en` until `useBankLanguage` switches). Reactive. */
export const bankLanguage: Readonly<Ref<string>> = computed(() => shownLanguage.value)

/** The bank, as far as its words have loaded (no actions: those are only on `fullBank`). */
export const bank: Readonly<Ref<BankSkeleton>> = computed(() => shown.value.current.value)

/** The English bank without its words or actions: ids, scores, conditions, titles, tiers, detection bands. Never changes; for ids and structure only (words: `bank`). */
export const bankSkeleton: BankSkeleton = english.skeleton

function sectionLoaded(p: Parts, id: string): boolean {
  return own(p.texts.value, id) !== undefined
}

/** Whether a section's words are here, in the language on show. Reactive. */
export function isSectionLoaded(id: string): boolean {
  return sectionLoaded(shown.value, id)
}

/** The whole bank once every section's words and every action are here; null until then. */
export const fullBank: Readonly<Ref<Bank | null>> = computed(() => {
  const p = shown.value
  const loadedActions = p.actions.value
  if (loadedActions === null || !p.skeleton.sections.every((s) => sectionLoaded(p, s.id))) return null
  return joinBank({ skeleton: p.skeleton, texts: p.texts.value, ...loadedActions })
})

/** True once every section's words and every action are here. */
export const allSectionsLoaded = computed(() => fullBank.value !== null)

/** Loads one part once; a failed load is forgotten so that it can be tried again. */
function loadPart<M>(p: Parts, key: string, load: Loader<M>, apply: (module: M) => void): Promise<void> {
  const running = p.pending.get(key)
  if (running !== undefined) return running
  const promise = load().then(
    (module) => apply(module),
    (error: unknown) => {
      p.pending.delete(key)
      throw error
    },
  )
  p.pending.set(key, promise)
  return promise
}

function loadSectionOf(p: Parts, id: string): Promise<void> {
  const loader = own(p.sectionText, id)
  if (loader === undefined) return Promise.reject(new Error(`No section "${id}" in the question bank`))
  return loadPart(p, id, loader, (module) => {
    const text = module.default as SectionText
    p.current.value = fillSection(p.current.value, id, text)
    p.texts.value = { ...p.texts.value, [id]: text }
  })
}

/** The key of the actions among pending loads; section ids never contain parentheses. */
const ACTIONS = '(actions)'

function loadAllOf(p: Parts): Promise<void> {
  const done = loadPart(p, ACTIONS, p.actionsLoader, (module) => {
    p.actions.value = { actions: module.default as BankActions, insurance: module.insurance as readonly InsuranceControl[], detection: module.detection as DetectionModel, emergency: module.emergency as readonly EmergencyCountry[] }
  })
  return Promise.all([...p.skeleton.sections.map((s) => loadSectionOf(p, s.id)), done]).then(() => undefined)
}

/** Loads one section's words in the language on show. Rejects on failure or for an unknown section. */
export function loadSection(id: string): Promise<void> {
  return loadSectionOf(shown.value, id)
}

/** Loads every section's words, every action and the insurers' controls (what the results and the PDF need), in the language on show. */
export function loadAllSections(): Promise<void> {
  return loadAllOf(shown.value)
}

/**
 * Shows the bank in `lang`: fetches its skeleton (once) and the words `need`s (some sections, or
 * 'all' for the results), then switches, so the screen changes in one step. Other parts follow as
 * they are wanted. Rejects, changing nothing, when a part cannot be fetched or the bank has no
 * such language.
 */
export async function useBankLanguage(lang: string, need: readonly string[] | 'all' = []): Promise<void> {
  let p = loaded.get(lang)
  if (p === undefined) {
    const loader = own(translations, lang)
    if (loader === undefined) throw new Error(`The question bank has no language "${lang}"`)
    const module = await loader()
    p = loaded.get(lang) ?? parts(module.skeleton as BankSkeleton, module.sectionText, module.actions)
    loaded.set(lang, p)
  }
  const target = p
  await (need === 'all' ? loadAllOf(target) : Promise.all(need.map((id) => loadSectionOf(target, id))))
  shown.value = target
  shownLanguage.value = lang
}
