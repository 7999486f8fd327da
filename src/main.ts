import { createApp, shallowReactive } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router.ts'
import { loadSectionView } from './section-view.ts'
import { BRANDING_KEY, applyTheme, loadBranding } from './branding/load.ts'
import { SAME_ORIGIN_WARNING, framedSameOrigin, notifyHost, setEmbedOrigins, startFrame } from './embed/frame.ts'
import { errorBoundary, showEmbedRefused, showStaticFallback } from './app-error.ts'
import { bankSkeleton, loadAllSections, loadSection } from './bank.ts'
import { PROGRESS_STORE, createProgressStore, storageEvents } from './storage.ts'
import { REPORT_WORKER_URL } from './report/worker-url.ts'
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
 * Once the first screen is up: the questionnaire's code at once (so Start finds it here), then at
 * idle every section's words, the results' part and the PDF's worker script, so a connection that
 * drops mid-assessment loses nothing and no later screen (or the first PDF click) waits. Failures are ignored: each screen loads what it needs
 * again, with a retry, when it opens.
 */
function prefetchRest(): void {
  void loadSectionView().catch(() => undefined)
  const idle = (run: () => void): void => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 })
    else setTimeout(run, 1500)
  }
  idle(() => {
    void loadAllSections().catch(() => undefined)
    // The PDF's worker (jsPDF inside): into the cache for when the results open.
    const link = document.createElement('link')
    link.rel = 'prefetch'
    link.href = REPORT_WORKER_URL
    document.head.append(link)
  })
}

start().catch((error: unknown) => {
  console.error('The assessment could not start:', error)
  const root = document.querySelector('#app')
  if (root !== null) showStaticFallback(root)
})
