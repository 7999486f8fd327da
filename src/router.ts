/**
 * Routes, listed explicitly. Hash history: works on any static host and inside iframes, and a
 * reload keeps the owner on the screen they were on.
 */
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import WelcomeView from './views/WelcomeView.vue'
import { loadResultsView, loadSectionView } from './lazy-views.ts'

export function createAppRouter(): Router {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'welcome', component: WelcomeView },
      { path: '/section/:id', name: 'section', component: loadSectionView, props: true },
      { path: '/results', name: 'results', component: loadResultsView },
      { path: '/help-now', name: 'help-now', component: () => import('./views/HelpNowView.vue') },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
}
