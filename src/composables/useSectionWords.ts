/**
 * Makes sure the words of some sections (or, with 'all', every section and every action) are
 * loaded: `ready` once they are, `failed` when loading failed (the view shows a retry), `retry()` to
 * try again. Loading starts at once and whenever the wanted sections change; once they are in, the
 * rest of the bank is prefetched in the background.
 */
import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'
import { allSectionsLoaded, bankLanguage, isSectionLoaded, loadAllSections, loadSection } from '../bank.ts'

/** Runs `task` once the browser is idle, so prefetching never delays what is on screen. */
function whenIdle(task: () => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const run = (): void => void task().then(resolve, reject)
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 })
    else setTimeout(run, 200)
  })
}

export function useSectionWords(which: () => readonly string[] | 'all'): { ready: ComputedRef<boolean>; failed: Ref<boolean>; retry: () => void } {
  const failed = ref(false)
  const ready = computed(() => {
    const wanted = which()
    return wanted === 'all' ? allSectionsLoaded.value : wanted.every((id) => isSectionLoaded(id))
  })

  function load(): void {
    failed.value = false
    const wanted = which()
    const first = wanted === 'all' ? loadAllSections() : Promise.all(wanted.map((id) => loadSection(id)))
    first
      .then(() => whenIdle(loadAllSections))
      .catch(() => {
        if (!ready.value) failed.value = true
      })
  }

  // Again after a language switch: the other parts follow in the new language.
  watch(() => `${String(which())}|${bankLanguage.value}`, load, { immediate: true })
  return { ready, failed, retry: load }
}
