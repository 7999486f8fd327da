import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url))
const reportFiles = readdirSync(src('report')).filter((n) => n.endsWith('.ts'))

describe('the report modules', () => {
  it('load jsPDF only in download.ts, and only lazily', () => {
    for (const name of reportFiles) {
      const source = readFileSync(`${src('report')}/${name}`, 'utf8')
      expect(source, name).not.toMatch(/^import (?!type )[^\n]*from 'jspdf'/m)
      expect(source.includes("import('jspdf')"), name).toBe(name === 'download.ts')
    }
  })

  it('reach the app only through download.ts, whose own imports are type-only or tiny', () => {
    for (const view of ['views/ResultsView.vue', 'views/WelcomeView.vue', 'stores/assessment.ts']) {
      const imports = readFileSync(src(view), 'utf8').match(/^import (?!type )[^\n]*from '\.\.?\/report\/[^']+'/gm) ?? []
      for (const line of imports) expect(line, view).toMatch(/\/report\/download\.ts'$/)
    }
    // download.ts itself loads no report module but the tiny text helpers; the builder comes with import().
    const download = readFileSync(src('report/download.ts'), 'utf8')
    const staticImports = download.match(/^import (?!type )[^\n]*$/gm) ?? []
    expect(staticImports).toContain("import { reportFileName } from './text.ts'")
    for (const line of staticImports) expect(line).not.toMatch(/jspdf|'\.\/(?!text\.ts)/)
  })

  it('use only text, shapes, images, links, properties and save/output: no html(), scripts, forms or new windows', () => {
    for (const name of reportFiles) {
      // Comments may name what is not done; code may not do it.
      const source = readFileSync(`${src('report')}/${name}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
      expect(source, name).not.toMatch(/\.html\(|addJS|AcroForm|newwindow|dataurl|html2canvas|createAnnotation/i)
      expect(source, name).not.toMatch(/\beval\(|new Function\(/)
    }
  })

  it('stay small: every module under 200 lines', () => {
    for (const name of reportFiles) expect(readFileSync(`${src('report')}/${name}`, 'utf8').split('\n').length, name).toBeLessThan(200)
  })
})
