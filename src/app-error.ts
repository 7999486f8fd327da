/**
 * Unexpected errors, shown honestly instead of a blank page. `reportFailure` records the error
 * (and logs it for whoever debugs); the shell (App.vue) then replaces the broken screen with
 * ErrorPanel, which says the answers are safe and offers to try again. `errorBoundary` makes it
 * the app's errorHandler. When even the shell cannot render, `showStaticFallback` writes a plain
 * message with the DOM alone.
 *
 * Why module state: a failure can be reported from anywhere (a router guard, a lazy chunk that
 * did not load, main.ts before the app exists), and a page holds one app and one error panel.
 * `clearFailure` is the reset, used by "Try again" and between tests.
 */
import { shallowRef, type App } from 'vue'
import type { AppMessages } from './i18n/types.ts'
import { app as english } from './i18n/en/app.ts'

export interface AppFailure {
  /** The route to try again (a screen whose code could not load), or null to re-show the current one. */
  readonly retryTo: string | null
}

/** The failure being shown, if any. */
export const appFailure = shallowRef<AppFailure | null>(null)

/** Records an unexpected error: the shell shows ErrorPanel until `clearFailure`. */
export function reportFailure(error: unknown, retryTo: string | null = null): void {
  console.error('The assessment hit an unexpected error:', error)
  appFailure.value = { retryTo }
}

export function clearFailure(): void {
  appFailure.value = null
}

/** Vue plugin: every uncaught error from a component, hook or handler goes to `reportFailure`. */
export const errorBoundary = {
  install(app: App): void {
    app.config.errorHandler = (error) => reportFailure(error)
  },
}

/** Replaces `root`'s content with a plain message and a reload button, built with the DOM only (no Vue, no HTML strings). */
/**
 * Replaces the app with a note that it may be embedded only on the MSP's own site (the page
 * framing it is not in `embedOrigins`), and a plain link that opens the app in a new tab.
 */
export function showEmbedRefused(root: Element, mspName: string, words: AppMessages = english): void {
  const doc = root.ownerDocument
  doc.documentElement.classList.remove('embedded')
  const box = doc.createElement('div')
  box.className = 'static-error'
  const text = doc.createElement('p')
  text.textContent = words.failure.refused(mspName)
  const link = doc.createElement('a')
  const here = new URL(doc.defaultView?.location.href ?? doc.baseURI)
  here.hash = ''
  link.href = here.href
  link.target = '_blank'
  link.rel = 'noopener noreferrer'
  link.textContent = words.failure.openNewTab
  const para = doc.createElement('p')
  para.append(link)
  box.append(text, para)
  root.replaceChildren(box)
}

/** `words`: the language on show (English when the app did not get as far as choosing one). */
export function showStaticFallback(root: Element, words: AppMessages = english): void {
  const doc = root.ownerDocument
  const box = doc.createElement('div')
  box.className = 'static-error'
  box.setAttribute('role', 'alert')
  const heading = doc.createElement('h1')
  heading.textContent = words.failure.heading
  const text = doc.createElement('p')
  text.textContent = words.failure.start
  const button = doc.createElement('button')
  button.type = 'button'
  button.className = 'button'
  button.textContent = words.failure.reload
  button.addEventListener('click', () => doc.defaultView?.location.reload())
  box.append(heading, text, button)
  root.replaceChildren(box)
}
