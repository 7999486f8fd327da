/**
 * Vite plugin: validates `questions/` and serves it as the module `virtual:question-bank`.
 *
 * Validation happens here, at build and dev time, so a broken file fails `vite build` (and every
 * test that imports the bank) with a message naming the file and the field, and the browser never
 * downloads or runs the validator.
 */
import type { Plugin } from 'vite'
import { readBankFiles } from './bank-files.ts'
import { parseBank } from '../core/bank.ts'

const ID = 'virtual:question-bank'
const RESOLVED = `\0${ID}`

export function questionBank(dir: string): Plugin {
  return {
    name: 'question-bank',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      const files = readBankFiles(dir)
      files.paths.forEach((p) => this.addWatchFile(p))
      const bank = parseBank(files.meta, files.sections)
      return `export default ${JSON.stringify(bank)}`
    },
    configureServer(server) {
      server.watcher.add(dir)
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod !== undefined) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      })
    },
  }
}
