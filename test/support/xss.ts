/** The XSS vectors of test/fixtures/xss-vectors.json, and checks that a rendered tree holds none of them as markup. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const XSS_VECTORS: readonly string[] = (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/xss-vectors.json'), 'utf8')) as { vectors: string[] }).vectors

/** Each element of a tree as `tag[attribute names]`, in document order: injected markup changes it. */
export function shape(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].map((e) => `${e.tagName.toLowerCase()}[${[...e.attributes].map((a) => a.name).sort().join(',')}]`)
}

/** Every link target in a tree: each must be https:, mailto:, tel: or an in-app route. */
export function hrefs(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((e) => ['href', 'src', 'action', 'formaction', 'data'].flatMap((a) => e.getAttribute(a) ?? []))
}

export const SAFE_URL = /^(https:\/\/|mailto:|tel:|#\/)/
