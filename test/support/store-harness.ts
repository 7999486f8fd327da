/**
 * Store tests share this: each test gets fresh in-memory storage, and `reload()` builds a new store
 * over it, as a page reload would.
 */
import { beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { storageProvider, useAssessmentStore } from '../../src/stores/assessment.ts'
import { createProgressStore } from '../../src/storage.ts'
import { bankSkeleton as bank } from '../../src/questions.ts'
import { memoryStorage } from './memory-storage.ts'

export function storeHarness(): { reload: () => ReturnType<typeof useAssessmentStore>; storage: () => ReturnType<typeof memoryStorage> } {
  let storage = memoryStorage()
  beforeEach(() => {
    storage = memoryStorage()
    storageProvider.create = () => createProgressStore(() => storage, bank)
  })
  return {
    reload() {
      setActivePinia(createPinia())
      return useAssessmentStore()
    },
    storage: () => storage,
  }
}
