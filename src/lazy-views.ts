/**
 * The screens that are chunks of their own, so the welcome page loads with less. The router loads
 * them for their routes; main.ts fetches the questionnaire's as soon as the first screen is up
 * (index.html preloads it too, src/node/vite-preload-plugin.ts) and the results' at idle, so no
 * screen waits for its code. Apart from router.ts so main.ts can name them without an import cycle.
 */
export const loadSectionView = () => import('./views/SectionView.vue')
export const loadResultsView = () => import('./views/ResultsView.vue')
