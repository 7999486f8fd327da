/**
 * For loader tests in happy-dom, which cannot load the app into the loader's frames: from now on an
 * iframe keeps the address it is given in `data-src` instead of loading it.
 */
export function keepFrameAddresses(): void {
  Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
    configurable: true,
    get: () => '',
    set(this: HTMLIFrameElement, url: string) {
      this.dataset.src = url
    },
  })
}
