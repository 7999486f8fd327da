import { createApp, shallowReactive } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router.ts'
import { loadResultsView, loadSectionView } from './lazy-views.ts'
import { BRANDING_KEY, applyTheme, loadBranding } from './branding/load.ts'
import { SAME_ORIGIN_WARNING, framedSameOrigin, notifyHost, setEmbedOrigins, startFrame } from './embed/frame.ts'
import { errorBoundary, showEmbedRefused, showStaticFallback } from './app-error.ts'
import { bankSkeleton, loadAllSections, loadSection } from './bank.ts'
import { PROGRESS_STORE, createProgressStore, storageEvents } from './storage.ts'
import { startReportWorkerEarly } from './report/worker-start.ts'
import { chooseLanguage } from './i18n/languages.ts'
import { LOCALE, createLocale } from './locale.ts'
import './styles.css'

/** Listens for the host's handshake at once (when embedded), loads the branding, then mounts. */
async function start(): Promise<void> {
  startFrame()
  if (framedSameOrigin(window)) console.warn(SAME_ORIGIN_WARNING)
  // Fetch the words of the section on screen, or of the first one (so "Start" on the welcome page
  // finds them ready), while the branding loads.
  const section = /^#\/section\/([a-z0-9-]+)/.exec(window.location.hash)?.[1] ?? bankSkeleton.sections[0]?.id
  if (section !== undefined) loadSection(section).catch(() => undefined)
  const branding = await loadBranding()
  applyTheme(branding.colours)
  const progress = createProgressStore(() => window.localStorage, bankSkeleton, () => new Date(), storageEvents(window))
  // The owner's saved choice, else the host page's data-lang (?lang=), else the browser's languages, else the MSP's default.
  const first = chooseLanguage({
    allowed: branding.languages,
    fallback: branding.defaultLanguage,
    saved: progress.savedLanguage(),
    requested: new URLSearchParams(window.location.search).get('lang'),
    browser: navigator.languages,
  })
  const shown = shallowReactive({ ...branding })
  const locale = await createLocale(first, { allowed: branding.languages, branding, shown, keep: (lang) => progress.setLanguage(lang), root: document })
  // Framed by a site not in branding.json's embedOrigins: a note and a link, not the questionnaire.
  const root = document.querySelector('#app')
  if (!setEmbedOrigins(branding.embedOrigins)) {
    if (root !== null) showEmbedRefused(root, shown.name, locale.messages.value?.app)
    return
  }
  createApp(App).use(errorBoundary).provide(BRANDING_KEY, shown).provide(PROGRESS_STORE, progress).provide(LOCALE, locale).use(createPinia()).use(createAppRouter()).mount('#app')
  // The shell itself failed to render: say so rather than leave a blank page.
  if (root !== null && root.childElementCount === 0) showStaticFallback(root, locale.messages.value?.app)
  notifyHost({ type: 'ready' })
  prefetchRest()
}

/**
 * Once the first screen is up: the questionnaire's code at once (so Start finds it here), then,
 * once the owner has had the first screen for a moment and the page is idle, every section's
 * words, the results' screen and the PDF's worker (started, so its script, jsPDF inside, loads and
 * is parsed off the main thread), so a connection that drops mid-assessment loses nothing and no
 * later screen (or the first PDF click) waits. The moment's wait keeps this work out of the way of
 * a quick Start on a slow phone. Failures are ignored: each screen loads what it needs again, with
 * a retry, when it opens.
 */
function prefetchRest(): void {
  void loadSectionView().catch(() => undefined)
  const idle = (run: () => void): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 })
    else setTimeout(run, 0)
  }
  setTimeout(
    () =>
      idle(() => {
        void loadAllSections().catch(() => undefined)
        void loadResultsView().catch(() => undefined)
        startReportWorkerEarly()
      }),
    PREFETCH_AFTER_MS,
  )
}

/**
 * How long the first screen has been up before the rest is fetched. A plain timer, not `whenIdle`
 * (which waits for the owner to pause): answering question after question must not keep putting
 * this off until the results.
 */
const PREFETCH_AFTER_MS = 1500

start().catch((error: unknown) => {
  console.error('The assessment could not start:', error)
  const root = document.querySelector('#app')
  if (root !== null) showStaticFallback(root)
})
