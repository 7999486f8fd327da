/**
 * Store tests share this: each test gets fresh in-memory storage, and `reload()` builds a new store
 * over it, as a page reload would. The storage is provided to a fresh app, as main.ts does, so no
 * test reaches into production state; `reload(progress)` provides another (a failing one, say).
 */
import { beforeEach } from 'vitest'
import { createApp } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { useAssessmentStore } from '../../src/stores/assessment.ts'
import { PROGRESS_STORE, createProgressStore, type ProgressStore } from '../../src/storage.ts'
import { bankSkeleton as bank } from '../../src/bank.ts'
import { memoryStorage } from './memory-storage.ts'

export function storeHarness(): { reload: (progress?: ProgressStore) => ReturnType<typeof useAssessmentStore>; storage: () => ReturnType<typeof memoryStorage> } {
  let storage = memoryStorage()
  beforeEach(() => {
    storage = memoryStorage()
  })
  return {
    reload(progress = createProgressStore(() => storage, bank)) {
      const pinia = createPinia()
      createApp({ render: () => null }).provide(PROGRESS_STORE, progress).use(pinia)
      setActivePinia(pinia)
      return useAssessmentStore()
    },
    storage: () => storage,
  }
}
