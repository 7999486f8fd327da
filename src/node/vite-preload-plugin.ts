/**
 * Vite plugin: lets the browser fetch chunks the owner needs next alongside the first load, from
 * index.html (`modulepreload` for their JS and static imports, `preload` for their CSS), before any
 * script runs. Used for the questionnaire's screen, a chunk of its own: on a slow line the Start
 * click then finds it here instead of waiting a round trip.
 */
import type { Plugin } from 'vite'

export function preloadChunks(sources: readonly string[]): Plugin {
  return {
    name: 'preload-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle
        if (bundle === undefined) return []
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
        const wanted = new Set<string>()
        const css = new Set<string>()
        const visit = (fileName: string): void => {
          const chunk = chunks.find((c) => c.fileName === fileName)
          if (chunk === undefined || wanted.has(fileName) || chunk.isEntry) return
          wanted.add(fileName)
          chunk.viteMetadata?.importedCss.forEach((f) => css.add(f))
          chunk.imports.forEach(visit)
        }
        for (const source of sources) {
          // The chunk a module is the face of, or (grouped with others, see vite.config.ts) the one it is in.
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/${source}`) === true) ?? chunks.find((c) => c.moduleIds.some((id) => id.endsWith(`/${source}`)))
          if (chunk === undefined) throw new Error(`preload-chunks: no chunk for ${source}`)
          visit(chunk.fileName)
        }
        return [
          ...[...wanted].map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
          ...[...css].map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
        ]
      },
    },
  }
}
