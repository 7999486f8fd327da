/**
 * The questionnaire's screen: a chunk of its own, so the welcome page loads with less. The router
 * loads it for the section routes; main.ts fetches it as soon as the first screen is up, before
 * the Start click, and index.html preloads it (src/node/vite-preload-plugin.ts).
 */
export const loadSectionView = () => import('./views/SectionView.vue')
