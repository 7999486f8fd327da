/**
 * Vite plugin: validates `questions/` (and every translation in `questions/<lang>/`) and serves it
 * in parts.
 *
 * - `virtual:question-bank` exports `skeleton` (the bank without its words: ids, scores,
 *   conditions, titles, tiers, detection bands), `sectionText`, one lazy loader per section,
 *   `actions`, a lazy loader of every action, and `languages`, the languages the bank has
 *   (`["en", "es"]`, English first);
 * - `virtual:question-bank/section/<id>` exports that section's words (see core/bank/split.ts);
 * - `virtual:question-bank/actions` exports the actions, the insurers' controls (`insurance`), the
 *   whole detection model (`detection`), which only the results need, and the emergency contacts
 *   (`emergency`, re-exported from their own module, so a complete `Bank` can be joined);
 * - `virtual:question-bank/emergency` exports where to report an attack in every language
 *   (`{ en: [...], es: [...] }`): the emergency page imports it, so it travels in that page's
 *   chunk and not in the first load (the skeleton's `emergency` is empty);
 * - `virtual:question-bank/<lang>`, `virtual:question-bank/<lang>/section/<id>` and
 *   `virtual:question-bank/<lang>/actions` are the same three in another language (`es`): the
 *   same exports, ids and structure, every word translated (see core/bank/translation.ts). The
 *   English index's `translations` holds a lazy loader of each (`{ es: () => import(…) }`), so
 *   another language's skeleton is a chunk of its own, fetched only when it is chosen.
 *
 * Validation happens here, at build and dev time, so a broken file in any language fails
 * `vite build` (and every test that imports the bank) with a message naming the file and the
 * field, and the browser never downloads or runs the validator. Each section's words become a
 * chunk of their own, so the first screen carries only the skeleton and the section on screen.
 */
import type { Plugin } from 'vite'
import { readBankFiles } from './bank-files.ts'
import { parseBanks } from '../core/bank/parse.ts'
import { splitBank, type BankParts } from '../core/bank/split.ts'
import { localiseBank, SOURCE_LANGUAGE } from '../core/bank/translation.ts'
import { own } from '../core/records.ts'

const ID = 'virtual:question-bank'

/** A module of the bank: which language (English when the id has no `/<lang>`) and which part. */
interface BankModule {
  readonly lang: string
  readonly part: { readonly kind: 'index' } | { readonly kind: 'actions' } | { readonly kind: 'section'; readonly id: string } | { readonly kind: 'emergency' }
}

/** `virtual:question-bank[/<lang>][/section/<id> | /actions]` or `virtual:question-bank/emergency` (every language's), or undefined for any other id. */
function bankModule(id: string): BankModule | undefined {
  if (id === `${ID}/emergency`) return { lang: SOURCE_LANGUAGE, part: { kind: 'emergency' } }
  const match = /^virtual:question-bank(?:\/([a-z]{2}))?(?:\/actions|\/section\/(.+))?$/.exec(id)
  if (match === null) return undefined
  const lang = match[1] ?? SOURCE_LANGUAGE
  if (match[2] !== undefined) return { lang, part: { kind: 'section', id: match[2] } }
  return { lang, part: id.endsWith('/actions') ? { kind: 'actions' } : { kind: 'index' } }
}

/** The module id of a part in a language: English ids carry no language, as they always have. */
function moduleId(lang: string, part: string): string {
  return `${ID}${lang === SOURCE_LANGUAGE ? '' : `/${lang}`}${part}`
}

interface SplitBanks {
  readonly languages: readonly string[]
  /** Language → the bank in that language, split into the parts the app ships. */
  readonly parts: Readonly<Record<string, BankParts>>
}

export function questionBank(dir: string): Plugin {
  /** The split banks of this build (or until a question file changes in dev): read once, not per module. */
  let cached: { readonly paths: readonly string[]; readonly banks: SplitBanks } | undefined

  /** Reads, validates and splits the bank in every language (once); registers its files for watching. */
  function split(watch: (path: string) => void): SplitBanks {
    if (cached === undefined) {
      const files = readBankFiles(dir)
      const { bank, languages, translations } = parseBanks(files.meta, files.sections, files.insurance, files.translations)
      const parts = Object.fromEntries(languages.map((lang) => {
        const translation = own(translations, lang)
        return [lang, splitBank(translation === undefined ? bank : localiseBank(bank, translation))] as const
      }))
      cached = { paths: files.paths, banks: { languages, parts } }
    }
    cached.paths.forEach(watch)
    return cached.banks
  }

  return {
    name: 'question-bank',
    buildStart() {
      cached = undefined
    },
    resolveId(id) {
      return bankModule(id) === undefined ? undefined : `\0${id}`
    },
    load(id) {
      const module = id.startsWith('\0') ? bankModule(id.slice(1)) : undefined
      if (module === undefined) return undefined
      const banks = split((p) => this.addWatchFile(p))
      const parts = own(banks.parts, module.lang)
      if (parts === undefined) return this.error(`question bank: no language "${module.lang}" (bank.json's languages: ${banks.languages.join(', ')})`)
      const { part } = module
      if (part.kind === 'emergency') return `export default ${JSON.stringify(Object.fromEntries(banks.languages.map((l) => [l, own(banks.parts, l)?.emergency ?? []])))}\n`
      if (part.kind === 'index') {
        const loaders = parts.skeleton.sections.map((s) => `${JSON.stringify(s.id)}: () => import(${JSON.stringify(moduleId(module.lang, `/section/${s.id}`))})`)
        return [
          `export const skeleton = ${JSON.stringify(parts.skeleton)}`,
          `export const sectionText = {${loaders.join(',\n')}}`,
          `export const actions = () => import(${JSON.stringify(moduleId(module.lang, '/actions'))})`,
          `export const languages = ${JSON.stringify(banks.languages)}`,
          // Only the English index lists the others, each a lazy chunk fetched when that language is chosen.
          `export const translations = {${module.lang === SOURCE_LANGUAGE ? banks.languages.filter((l) => l !== SOURCE_LANGUAGE).map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(moduleId(l, ''))})`).join(',\n') : ''}}`,
        ].join('\n')
      }
      if (part.kind === 'actions') {
        const { actions, insurance, detection } = parts
        // The emergency contacts come from their own module (the emergency page's), not a second copy.
        return [
          `import emergencyContacts from ${JSON.stringify(`${ID}/emergency`)}`,
          `export default ${JSON.stringify(actions)}`,
          `export const insurance = ${JSON.stringify(insurance)}`,
          `export const detection = ${JSON.stringify(detection)}`,
          `export const emergency = emergencyContacts[${JSON.stringify(module.lang)}]`,
          '',
        ].join('\n')
      }
      const text = own(parts.texts, part.id)
      if (text === undefined) return this.error(`question bank: no section "${part.id}"`)
      return `export default ${JSON.stringify(text)}\n`
    },
    // Let the browser fetch the first section's words alongside the app's own code, so the first
    // question does not wait for the app to start before asking for them.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {})
        const first = own(split(() => undefined).parts, SOURCE_LANGUAGE)?.skeleton.sections[0]?.id
        const chunk = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId === `\0${moduleId(SOURCE_LANGUAGE, `/section/${String(first)}`)}`)
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
