import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter, loadSectionView } from './router.ts'
import { BRANDING_KEY, applyTheme, loadBranding } from './branding/load.ts'
import { SAME_ORIGIN_WARNING, framedSameOrigin, notifyHost, setEmbedOrigins, startFrame } from './embed/frame.ts'
import { errorBoundary, showEmbedRefused, showStaticFallback } from './app-error.ts'
import { bankSkeleton, loadAllSections, loadSection } from './bank.ts'
import { PROGRESS_STORE, createProgressStore, storageEvents } from './storage.ts'
import { REPORT_WORKER_URL } from './report/worker-url.ts'
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
  // Framed by a site not in branding.json's embedOrigins: a note and a link, not the questionnaire.
  const root = document.querySelector('#app')
  if (!setEmbedOrigins(branding.embedOrigins)) {
    if (root !== null) showEmbedRefused(root, branding.name)
    return
  }
  const progress = createProgressStore(() => window.localStorage, bankSkeleton, () => new Date(), storageEvents(window))
  createApp(App).use(errorBoundary).provide(BRANDING_KEY, branding).provide(PROGRESS_STORE, progress).use(createPinia()).use(createAppRouter()).mount('#app')
  // The shell itself failed to render: say so rather than leave a blank page.
  if (root !== null && root.childElementCount === 0) showStaticFallback(root)
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
