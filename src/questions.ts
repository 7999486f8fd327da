/**
 * The question bank in the app: the only module that reads `questions/` (through the validated
 * `virtual:question-bank`, see src/node/vite-bank-plugin.ts).
 *
 * `bank` starts as the skeleton, which scoring, conditions and progress need, and fills in as each
 * section's words and then the actions arrive. Views that show words wait for `isSectionLoaded`
 * or `allSectionsLoaded`; a failed load rejects (the view offers a retry) and can be tried again.
 */
import { computed, shallowRef, type Ref } from 'vue'
import { actions as actionsLoader, sectionText, skeleton as validated } from 'virtual:question-bank'
import type { Bank } from './core/bank.ts'
import { fillActions, fillSection, type BankActions, type SectionText } from './core/bank-split.ts'
import { own } from './core/records.ts'

// Validated and split at build time by the plugin: these casts state what it guarantees.
const skeleton = validated as Bank

/** The key of the actions among loaded parts; section ids never contain parentheses. */
const ACTIONS = '(actions)'

const current = shallowRef<Bank>(skeleton)
const loaded = shallowRef<ReadonlySet<string>>(new Set())
const pending = new Map<string, Promise<void>>()

/** The bank, as far as its words and actions have loaded. */
export const bank: Readonly<Ref<Bank>> = computed(() => current.value)

/** The bank without its words or actions: ids, scores, conditions, titles, tiers. Never changes. */
export const bankSkeleton: Bank = skeleton

/** Whether a section's words are here. Reactive. */
export function isSectionLoaded(id: string): boolean {
  return loaded.value.has(id)
}

/** True once every section's words and every action are here. */
export const allSectionsLoaded = computed(() => loaded.value.has(ACTIONS) && skeleton.sections.every((s) => loaded.value.has(s.id)))

/** Loads one part once; a failed load is forgotten so that it can be tried again. */
function loadPart(key: string, load: () => Promise<{ default: unknown }>, apply: (data: unknown) => Bank): Promise<void> {
  const running = pending.get(key)
  if (running !== undefined) return running
  const promise = load().then(
    (module) => {
      current.value = apply(module.default)
      loaded.value = new Set([...loaded.value, key])
    },
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
  return loadPart(id, loader, (data) => fillSection(current.value, id, data as SectionText))
}

/** Loads every section's words and every action (what the results and the PDF need). */
export function loadAllSections(): Promise<void> {
  const actions = loadPart(ACTIONS, actionsLoader, (data) => fillActions(current.value, data as BankActions))
  return Promise.all([...skeleton.sections.map((s) => loadSection(s.id)), actions]).then(() => undefined)
}
