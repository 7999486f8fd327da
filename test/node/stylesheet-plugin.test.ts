import { describe, expect, it } from 'vitest'
import { STYLESHEET_MARKER, stylesheetAfterShell } from '../../src/node/vite-stylesheet-plugin.ts'

const built = (body: string): string =>
  `<!doctype html>\n<html><head>\n    <script type="module" crossorigin src="./assets/index-a.js"></script>\n    <link rel="stylesheet" crossorigin href="./assets/index-a.css">\n  </head>\n  <body><div id="app"></div>${body}<p>after</p></body></html>`

describe('stylesheetAfterShell', () => {
  it('moves the stylesheet from <head> to the marker after the shell, preloads it from <head>, and drops crossorigin', () => {
    const html = stylesheetAfterShell(built(STYLESHEET_MARKER))
    const [head, body] = html.split('</head>')
    expect(head).toContain('<link rel="preload" as="style" href="./assets/index-a.css">')
    expect(head).not.toContain('rel="stylesheet"')
    expect(body).toContain('<div id="app"></div><link rel="stylesheet" href="./assets/index-a.css"><p>after</p>')
    expect(html).not.toContain(STYLESHEET_MARKER)
    expect(html).not.toMatch(/crossorigin href="\.\/assets\/index-a\.css"/)
    // The script keeps its crossorigin (module scripts are CORS requests either way).
    expect(head).toContain('<script type="module" crossorigin src="./assets/index-a.js">')
  })

  it('fails the build, naming index.html, when the marker is missing', () => {
    expect(() => stylesheetAfterShell(built(''))).toThrow(/index\.html: no <!-- app-stylesheet --> marker/)
  })

  it('fails the build when there is no stylesheet in <head> to move', () => {
    expect(() => stylesheetAfterShell(built(STYLESHEET_MARKER).replace(/\s*<link rel="stylesheet"[^>]*>/, ''))).toThrow(/index\.html: the build put no stylesheet/)
  })
})
