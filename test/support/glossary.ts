/**
 * The Spanish glossary (`questions/es/GLOSSARY.md`) as data, for the tests that hold the bank and
 * the interface to it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The glossary's tables: each row's cells, per table, in order. */
export function glossaryTables(questionsDir: string): string[][][] {
  const text = readFileSync(join(questionsDir, 'es', 'GLOSSARY.md'), 'utf8')
  const tables: string[][][] = []
  let current: string[][] | undefined
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined
      continue
    }
    const cells = line.slice(1, -1).split('|').map((c) => c.trim())
    if (cells.every((c) => /^-+$/.test(c))) continue
    if (current === undefined) {
      current = []
      tables.push(current)
      continue // the header row
    }
    current.push(cells)
  }
  return tables
}

/** The words and phrases the glossary rules out (its "not" column), each matched as a whole word. */
export function forbiddenTerms(questionsDir: string): string[] {
  const [terms = []] = glossaryTables(questionsDir)
  return terms.flatMap((row) => (row[2] ?? '').split(',').map((w) => w.trim()).filter((w) => w !== ''))
}

/** Whether `text` uses the ruled-out `term` as a whole word (case-blind, but "IT" only in capitals). */
export function usesTerm(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, term === 'IT' ? 'u' : 'iu').test(text)
}
