/**
 * The question bank in the app: the only module that reads `questions/` (through the validated
 * `virtual:question-bank`, see src/node/vite-bank-plugin.ts).
 *
 * `bank` starts as the skeleton, which scoring, conditions and progress need, and fills in as each
 * section's words arrive. `fullBank` stays null until every section's words and every action are
 * here; only then is there a `Bank` (see `joinBank`), so nothing can derive a plan, an email
 * summary or a report from a bank whose actions are missing. Views that show words wait for
 * `isSectionLoaded` or `allSectionsLoaded`; a failed load rejects (the view offers a retry) and can
 * be tried again.
 *
 * Why module state: the bank is one per page and never changes once built; its parts are
 * immutable chunks that the browser's module cache already holds once per page. Keeping what has
 * loaded here (and not in a store) is the same cache one level up, shared by every view and the
 * store, with nothing to reset between two assessments on one page.
 */
import { computed, shallowRef, type Ref } from 'vue'
import { actions as actionsLoader, sectionText, skeleton as validated } from 'virtual:question-bank'
import type { Bank, BankSkeleton, DetectionModel, InsuranceControl } from './core/bank/types.ts'
import { fillSection, joinBank, type BankActions, type SectionText } from './core/bank/split.ts'
import { own } from './core/records.ts'

// Validated and split at build time by the plugin: these casts state what it guarantees.
const skeleton = validated as BankSkeleton

const current = shallowRef<BankSkeleton>(skeleton)
const texts = shallowRef<Readonly<Record<string, SectionText>>>({})
const actions = shallowRef<{ readonly actions: BankActions; readonly insurance: readonly InsuranceControl[]; readonly detection: DetectionModel } | null>(null)
const pending = new Map<string, Promise<void>>()

/** The bank, as far as its words have loaded (no actions: those are only on `fullBank`). */
export const bank: Readonly<Ref<BankSkeleton>> = computed(() => current.value)

/** The bank without its words or actions: ids, scores, conditions, titles, tiers, detection bands (no assumptions or benchmarks). Never changes. */
export const bankSkeleton: BankSkeleton = skeleton

/** Whether a section's words are here. Reactive. */
export function isSectionLoaded(id: string): boolean {
  return own(texts.value, id) !== undefined
}

/** The whole bank once every section's words and every action are here; null until then. */
export const fullBank: Readonly<Ref<Bank | null>> = computed(() => {
  const loadedActions = actions.value
  if (loadedActions === null || !skeleton.sections.every((s) => isSectionLoaded(s.id))) return null
  return joinBank({ skeleton, texts: texts.value, ...loadedActions })
})

/** True once every section's words and every action are here. */
export const allSectionsLoaded = computed(() => fullBank.value !== null)

/** Loads one part once; a failed load is forgotten so that it can be tried again. */
function loadPart<M extends { default: unknown }>(key: string, load: () => Promise<M>, apply: (module: M) => void): Promise<void> {
  const running = pending.get(key)
  if (running !== undefined) return running
  const promise = load().then(
    (module) => apply(module),
    (error: unknown) => {
      pending.delete(key)
      throw error
    },
  )
  pending.set(key, promise)
  return promise
}

/** Loads one section's words. Rejects on failure or for an unknown section. */
export function loadSection(id: string): Promise<void> {
  const loader = own(sectionText, id)
  if (loader === undefined) return Promise.reject(new Error(`No section "${id}" in the question bank`))
  return loadPart(id, loader, (module) => {
    const text = module.default as SectionText
    current.value = fillSection(current.value, id, text)
    texts.value = { ...texts.value, [id]: text }
  })
}

/** The key of the actions among pending loads; section ids never contain parentheses. */
const ACTIONS = '(actions)'

/** Loads every section's words, every action and the insurers' controls (what the results and the PDF need). */
export function loadAllSections(): Promise<void> {
  const loaded = loadPart(ACTIONS, actionsLoader, (module) => {
    actions.value = { actions: module.default as BankActions, insurance: module.insurance as readonly InsuranceControl[], detection: module.detection as DetectionModel }
  })
  return Promise.all([...skeleton.sections.map((s) => loadSection(s.id)), loaded]).then(() => undefined)
}
