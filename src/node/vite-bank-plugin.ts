/**
 * Vite plugin: validates `questions/` and serves it in two parts.
 *
 * - `virtual:question-bank` exports `skeleton` (the bank without its words: ids, scores,
 *   conditions, titles, tiers, detection bands), `sectionText`, one lazy loader per section, and
 *   `actions`, a lazy loader of every action;
 * - `virtual:question-bank/section/<id>` exports that section's words (see core/bank/split.ts);
 * - `virtual:question-bank/actions` exports the actions, the insurers' controls (`insurance`) and
 *   the whole detection model (`detection`), which only the results need.
 *
 * Validation happens here, at build and dev time, so a broken file fails `vite build` (and every
 * test that imports the bank) with a message naming the file and the field, and the browser never
 * downloads or runs the validator. Each section's words become a chunk of their own, so the first
 * screen carries only the skeleton and the section on screen.
 */
import type { Plugin } from 'vite'
import { readBankFiles } from './bank-files.ts'
import { parseBank } from '../core/bank/parse.ts'
import { splitBank } from '../core/bank/split.ts'

const ID = 'virtual:question-bank'
const SECTION = `${ID}/section/`
const ACTIONS = `${ID}/actions`

export function questionBank(dir: string): Plugin {
  /** The split bank of this build (or until a question file changes in dev): read once, not per module. */
  let cached: { readonly paths: readonly string[]; readonly bank: ReturnType<typeof splitBank> } | undefined

  /** Reads, validates and splits the bank (once); registers its files for watching. */
  function split(watch: (path: string) => void): ReturnType<typeof splitBank> {
    if (cached === undefined) {
      const files = readBankFiles(dir)
      cached = { paths: files.paths, bank: splitBank(parseBank(files.meta, files.sections, files.insurance)) }
    }
    cached.paths.forEach(watch)
    return cached.bank
  }

  return {
    name: 'question-bank',
    buildStart() {
      cached = undefined
    },
    resolveId(id) {
      return id === ID || id === ACTIONS || id.startsWith(SECTION) ? `\0${id}` : undefined
    },
    load(id) {
      if (id === `\0${ID}`) {
        const { skeleton } = split((p) => this.addWatchFile(p))
        const loaders = skeleton.sections.map((s) => `${JSON.stringify(s.id)}: () => import(${JSON.stringify(SECTION + s.id)})`)
        return [
          `export const skeleton = ${JSON.stringify(skeleton)}`,
          `export const sectionText = {${loaders.join(',\n')}}`,
          `export const actions = () => import(${JSON.stringify(ACTIONS)})`,
        ].join('\n')
      }
      if (id === `\0${ACTIONS}`) {
        const { actions, insurance, detection } = split((p) => this.addWatchFile(p))
        return `export default ${JSON.stringify(actions)}\nexport const insurance = ${JSON.stringify(insurance)}\nexport const detection = ${JSON.stringify(detection)}\n`
      }
      if (id.startsWith(`\0${SECTION}`)) {
        const sectionId = id.slice(SECTION.length + 1)
        const text = split((p) => this.addWatchFile(p)).texts[sectionId]
        if (text === undefined) this.error(`question bank: no section "${sectionId}"`)
        return `export default ${JSON.stringify(text)}\n`
      }
      return undefined
    },
    // Let the browser fetch the first section's words alongside the app's own code, so the first
    // question does not wait for the app to start before asking for them.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {})
        const first = split(() => undefined).skeleton.sections[0]?.id
        const chunk = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId === `\0${SECTION}${String(first)}`)
        return chunk === undefined ? [] : [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }]
      },
    },
    configureServer(server) {
      server.watcher.add(dir)
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return
        cached = undefined
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(`\0${ID}`) === true) server.moduleGraph.invalidateModule(mod)
        }
        server.ws.send({ type: 'full-reload' })
      })
    },
  }
}
