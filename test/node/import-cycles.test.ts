/**
 * No runtime import cycle anywhere in src/: every static `import … from` and `export … from` that
 * survives compilation counts (with verbatimModuleSyntax, `import { type A }` still loads the
 * module, so only `import type` and `export type` are left out). Dynamic `import()` is lazy and
 * cannot deadlock module initialisation, so it is not an edge. The finder is checked on a
 * hand-made cycle, so a pass means something.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** The relative modules a file loads at run time. */
export function runtimeImports(text: string): string[] {
  const edges: string[] = []
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm
  for (const m of text.matchAll(statement)) {
    const target = m[4] ?? m[5]
    if (target === undefined || !target.startsWith('.')) continue
    if (m[2] !== undefined) continue // import type … / export type …
    edges.push(target)
  }
  return edges
}

/** Every cycle in the graph (each once, as a list of files), found by depth-first search. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string): void => {
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push(path.slice(path.indexOf(next)))
      else if (state.get(next) === undefined) visit(next)
    }
    path.pop()
    state.set(node, 'done')
  }
  for (const node of graph.keys()) if (state.get(node) === undefined) visit(node)
  return cycles
}

function graphOf(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8')
    const code = file.endsWith('.vue') ? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text
    graph.set(relative(root, file), runtimeImports(code).map((t) => relative(root, resolve(dirname(file), t))))
  }
  return graph
}

describe('import cycles', () => {
  it('the finder sees a cycle, and ignores type-only and dynamic imports', () => {
    expect(runtimeImports("import type { A } from './a.ts'\nimport { b } from './b.ts'\nexport { c } from './c.ts'\nconst d = import('./d.ts')\nimport './e.css'\nimport { type F } from './f.ts'")).toEqual(['./b.ts', './c.ts', './e.css', './f.ts'])
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])
    expect(findCycles(graph)).toEqual([['a', 'b', 'c']])
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([])
  })

  it('src/ has no runtime import cycle', () => {
    const graph = graphOf(process.env.IMPORT_CYCLES_ROOT ?? SRC)
    expect(graph.size).toBeGreaterThan(50)
    expect(findCycles(graph).map((c) => c.join(' -> '))).toEqual([])
  })
})
