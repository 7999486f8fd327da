/**
 * The questionnaire's screen: a chunk of its own, so the welcome page loads with less. The router
 * loads it for the section routes; the welcome page fetches it as soon as it is up, before the
 * Start click. Apart from router.ts so the welcome page can name it without an import cycle.
 */
export const loadSectionView = () => import('./views/SectionView.vue')
