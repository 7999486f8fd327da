import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router.ts'
import { BRANDING_KEY, applyTheme, loadBranding } from './branding-load.ts'
import { notifyHost, startFrame } from './embed/frame.ts'
import './styles.css'

/** Listens for the host's handshake at once (when embedded), loads the branding, then mounts. */
async function start(): Promise<void> {
  startFrame()
  const branding = await loadBranding()
  applyTheme(branding.colours)
  createApp(App).provide(BRANDING_KEY, branding).use(createPinia()).use(createAppRouter()).mount('#app')
  notifyHost({ type: 'ready' })
}

void start()
