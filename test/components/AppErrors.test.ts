// @vitest-environment happy-dom
/**
 * The shell's error boundary: a screen that throws, or whose code cannot load, is replaced by a
 * friendly panel that says the answers are safe and offers to try again; never a blank page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, type Component } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../../src/App.vue'
import { clearFailure, errorBoundary, showStaticFallback } from '../../src/app-error.ts'
import { PROGRESS_STORE, createProgressStore } from '../../src/storage.ts'
import { bankSkeleton } from '../../src/bank.ts'
import { memoryStorage } from '../support/memory-storage.ts'

let mounted: ReturnType<typeof mount> | undefined
let broken = true
let chunkFails = true
const Welcome: Component = { render: () => h('h1', { tabindex: -1 }, 'Welcome') }
const Flaky: Component = {
  setup() {
    if (broken) throw new Error('render failed')
    return () => h('h1', { tabindex: -1 }, 'Flaky screen')
  },
}

async function mountApp(storageWorks = true): Promise<{ wrapper: ReturnType<typeof mount>; router: ReturnType<typeof createRouter> }> {
  const blocked = (): Storage => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  const progress = createProgressStore(storageWorks ? () => memoryStorage() : blocked, bankSkeleton)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'welcome', component: Welcome },
      { path: '/flaky', component: Flaky },
      { path: '/lazy', component: () => (chunkFails ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(Welcome)) },
    ],
  })
  const wrapper = mount(App, { global: { plugins: [errorBoundary, createPinia(), router], provide: { [PROGRESS_STORE]: progress } }, attachTo: document.body })
  mounted = wrapper
  await router.push('/')
  await flushPromises()
  return { wrapper, router }
}

let logged: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  broken = true
  chunkFails = true
  clearFailure()
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  mounted?.unmount()
  logged.mockRestore()
  document.body.replaceChildren()
})

describe('the error boundary in App.vue', () => {
  it('replaces a screen that throws with a panel saying the answers are safe; "Try again" rebuilds it', async () => {
    const { wrapper, router } = await mountApp()
    await router.push('/flaky')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Something went wrong')
    expect(wrapper.get('[role="alert"]').text()).toContain('Your answers are safe.')
    expect(wrapper.find('.masthead').exists()).toBe(true)
    expect(document.activeElement?.textContent).toBe('Something went wrong')
    expect(logged).toHaveBeenCalledWith('The assessment hit an unexpected error:', expect.any(Error))
    broken = false
    await wrapper.get('button.button:not(.button--secondary):not(.button--quiet)').trigger('click')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Flaky screen')
  })

  it('shows the panel when a screen’s code cannot be loaded, and "Try again" loads it again', async () => {
    const { wrapper, router } = await mountApp()
    await router.push('/lazy').catch(() => undefined)
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Something went wrong')
    chunkFails = false
    await wrapper.findAll('button').find((b) => b.text() === 'Try again')?.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/lazy')
    expect(wrapper.get('h1').text()).toBe('Welcome')
  })

  it('"Back to the start" leaves the panel for the welcome screen', async () => {
    const { wrapper, router } = await mountApp()
    await router.push('/flaky')
    await flushPromises()
    await wrapper.findAll('button').find((b) => b.text() === 'Back to the start')?.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/')
    expect(wrapper.get('h1').text()).toBe('Welcome')
  })

  it('when nothing can be saved, says the answers last while the page is open and offers no reload', async () => {
    const { wrapper, router } = await mountApp(false)
    await router.push('/flaky')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('as long as this page stays open')
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Reload the page')
  })
})

describe('showStaticFallback', () => {
  it('writes a plain message and a reload button, as text', () => {
    const root = document.createElement('div')
    root.append(document.createElement('span'))
    showStaticFallback(root)
    expect(root.querySelector('h1')?.textContent).toBe('Something went wrong')
    expect(root.querySelector('[role="alert"] p')?.textContent).toMatch(/Answers you gave before are kept on this device/)
    expect(root.querySelector('button')?.textContent).toBe('Reload the page')
    expect(root.querySelector('span')).toBeNull()
  })
})
