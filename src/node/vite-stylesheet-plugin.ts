/**
 * Vite plugin: the first paint needs only the HTML. A stylesheet linked from `<head>` blocks every
 * pixel until it has arrived (one more round trip after the HTML: about 0.6 s on slow 4G); one
 * linked from `<body>` blocks only what follows it. So the app's stylesheet moves from `<head>`
 * (where Vite puts it) to the `<!-- app-stylesheet -->` marker in index.html, after `#app` and its
 * wordless boot mark, which then paints from the HTML alone; a `preload` stays in `<head>`, so the
 * stylesheet is still fetched first, beside the script. The app's script waits for it either way
 * (module scripts wait for the stylesheets the parser has seen), so nothing renders unstyled.
 *
 * Without `crossorigin` (Vite adds it; the app's own origin needs no CORS): in a frame sandboxed
 * without allow-same-origin, whose opaque origin makes every CORS request fail, the stylesheet
 * still loads, and it is what reveals index.html's "cannot run here" fallback.
 */
import type { Plugin } from 'vite'

export const STYLESHEET_MARKER = '<!-- app-stylesheet -->'

/**
 * `html` with its stylesheet links moved from `<head>` to the marker, each preloaded from `<head>`
 * in its place. Throws, naming index.html, when the marker or a stylesheet is missing: a template
 * change must not quietly put the stylesheet back in the way of the first paint.
 */
export function stylesheetAfterShell(html: string): string {
  const head = /<head>[\s\S]*?<\/head>/.exec(html)?.[0]
  if (head === undefined) throw new Error('index.html: no <head> to take the stylesheet from')
  if (!html.includes(STYLESHEET_MARKER)) throw new Error(`index.html: no ${STYLESHEET_MARKER} marker in <body> to put the app's stylesheet at`)
  const links = [...head.matchAll(/[ \t]*<link rel="stylesheet"([^>]*)>\n?/g)]
  if (links.length === 0) throw new Error('index.html: the build put no stylesheet <link> in <head>')
  const plain = links.map((m) => m[0].replace(/ crossorigin(="[^"]*")?/, ''))
  const newHead = links.reduce((h, m, i) => h.replace(m[0], (plain[i] ?? '').replace('rel="stylesheet"', 'rel="preload" as="style"')), head)
  const body = plain.map((l) => l.trim()).join('')
  return html.replace(head, newHead).replace(STYLESHEET_MARKER, body)
}

export function stylesheetInBody(): Plugin {
  return {
    name: 'stylesheet-in-body',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => stylesheetAfterShell(html) },
  }
}
