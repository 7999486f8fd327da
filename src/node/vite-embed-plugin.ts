/**
 * Vite plugin: builds the host-side loader (`src/embed/loader.ts`) as one classic, dependency-free
 * script and adds it to the app's build as `embed.js`, unhashed, so MSPs can paste a stable URL.
 * The dev server serves it at `/embed.js` too. `buildEmbed` is also used by the size test.
 */
import { build, type Plugin } from 'vite'

/** Bundles `entry` into a minified IIFE (no imports, no exports, no globals) and returns its code. */
export async function buildEmbed(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      copyPublicDir: false,
      modulePreload: false,
      rolldownOptions: { input: entry, output: { format: 'iife', entryFileNames: 'embed.js' } },
    },
  })
  const results = Array.isArray(output) ? output : [output]
  for (const result of results) {
    if (!('output' in result)) continue
    const chunk = result.output.find((o) => o.type === 'chunk' && o.isEntry)
    if (chunk !== undefined && chunk.type === 'chunk') return chunk.code
  }
  throw new Error(`embed loader: no output for ${entry}`)
}

export function embedLoader(entry: string): Plugin {
  return {
    name: 'embed-loader',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildEmbed(entry) })
    },
    configureServer(server) {
      server.middlewares.use('/embed.js', (_req, res, next) => {
        buildEmbed(entry).then((code) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8')
          res.end(code)
        }, next)
      })
    },
  }
}
