/**
 * The "Download PDF plan" button's logic: whether the report can be built yet, whether it is being
 * prepared, whether the last try failed, and `download()`. The report's input is built by
 * `reportInputFor`, the same door the Node CLI, preview and benchmark use, from the whole bank
 * (null until it has loaded: the button waits), the answers and, when the owner chose one, the
 * earlier assessment to compare with.
 */
import { computed, ref, type ComputedRef, type Ref } from 'vue'
import type { Bank } from '../core/bank/types.ts'
import type { Answers } from '../core/answers.ts'
import type { Branding } from '../branding/parse.ts'
import type { PreviousAssessment } from '../core/previous-file.ts'
import { reportInputFor } from '../report/input.ts'
import { downloadReport } from '../report/download.ts'
import type { Language } from '../i18n/languages.ts'
import { loadMessages } from '../i18n/load.ts'

export interface ReportSource {
  /** The whole bank, or null while its words and actions are loading. */
  readonly bank: Bank | null
  readonly answers: Answers
  readonly businessName: string
  readonly branding: Branding
  /** The earlier assessment the owner chose to compare with, or null: the PDF then says what changed since. */
  readonly previous?: PreviousAssessment | null
  /** The language on show: the PDF is written in it. */
  readonly language: Language
}

export interface ReportDownload {
  /** True once the whole bank is here, so a click can build the report. */
  readonly ready: ComputedRef<boolean>
  readonly downloading: Ref<boolean>
  readonly failed: Ref<boolean>
  /** Builds and saves the PDF, dated now; resolves true when it was saved, false when it failed or was not ready. */
  download: () => Promise<boolean>
}

export function useReportDownload(source: () => ReportSource): ReportDownload {
  const downloading = ref(false)
  const failed = ref(false)
  const ready = computed(() => source().bank !== null)

  async function download(): Promise<boolean> {
    const { bank, answers, businessName, branding, previous, language } = source()
    if (bank === null || downloading.value) return false
    downloading.value = true
    failed.value = false
    try {
      const messages = await loadMessages(language)
      await downloadReport(reportInputFor(bank, answers, { branding, date: new Date(), businessName, messages, ...(previous === undefined || previous === null ? {} : { previous }) }))
      return true
    } catch {
      failed.value = true
      return false
    } finally {
      downloading.value = false
    }
  }

  return { ready, downloading, failed, download }
}
