import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { DetectionModel } from '../../src/core/bank/types.ts'
import { derivePlan, numberedActions, topActions } from '../../src/core/plan.ts'
import { scoreAssessment } from '../../src/core/scoring.ts'
import { LOGO_BOX, logoSize, safeUrl } from '../../src/report/parts/chrome.ts'
import { ownerSummary } from '../../src/report/parts/summary.ts'
import { en } from '../../src/i18n/messages.ts'
import { BADGE, badgePositions, dayAxis, detectionWords } from '../../src/report/charts/timeline.ts'
import { sampleAnswers } from '../../src/node/report-samples.ts'
import { MM, bytes, input, reportBank } from './report-fixture.ts'
import { pdfText } from '../support/pdf-text.ts'
import { DEFAULT_BRANDING } from '../../src/branding/parse.ts'

describe('ownerSummary and numberedActions', () => {
  const bank = reportBank()

  it('numbers the top priorities first (topActions), then the rest by time frame, most urgent first within each', () => {
    const plan = derivePlan(bank, sampleAnswers(bank, 'weak'))
    const numbered = numberedActions(plan)
    const top = topActions(plan)
    expect(numbered.slice(0, top.length)).toEqual(top)
    const rest = numbered.slice(top.length)
    const order = { week: 0, month: 1, quarter: 2 }
    expect(rest.map((p) => order[p.action.timeframe])).toEqual([...rest.map((p) => order[p.action.timeframe])].sort((a, b) => a - b))
    expect(new Set(numbered)).toEqual(new Set(plan.items))
    expect(numbered).toHaveLength(plan.items.length)
    expect(numbered[0]?.question.id).toBe('mfa')
  })

  it('names the strongest and weakest section only when they differ, and leaves out empty time frames', () => {
    const answers = { 'admin-review': 'yes', backups: 'yes', 'has-portal': 'no', mfa: 'no', updates: 'yes' }
    const words = ownerSummary(scoreAssessment(bank, answers), derivePlan(bank, answers), en.report.summary)
    expect(words).toEqual([
      'You scored 57 out of 100, which puts you in the "Exposed" band. Several basic protections are missing.',
      'Your strongest area is "Accounts and backups" (100); the weakest is "Email and customer portal" (25).',
      'Your answers lead to 1 action: 1 this week.',
    ])
    const weak = sampleAnswers(bank, 'weak')
    expect(ownerSummary(scoreAssessment(bank, weak), derivePlan(bank, weak), en.report.summary).join(' ')).not.toContain('strongest')
  })
})

describe('the detection timeline', () => {
  const model: DetectionModel = {
    bands: [
      { id: 'hours', label: 'Hours', days: 1 },
      { id: 'weeks', label: 'Weeks', days: 60 },
      { id: 'months', label: 'Months', days: 365 },
    ],
    assumptions: ['x'],
    benchmarks: [
      { label: 'A', days: 10, metric: 'm', source: 'https://example.org/a' },
      { label: 'B', days: 11, metric: 'm', source: 'https://example.org/b' },
      { label: 'C', days: 258, metric: 'm', source: 'https://example.org/c' },
    ],
  }

  it('maps days to a log axis that spans the bands and every benchmark', () => {
    const axis = dayAxis(model, 20, 170)
    expect(axis.x(axis.lo)).toBeCloseTo(20)
    expect(axis.x(axis.hi)).toBeCloseTo(190)
    expect(axis.hi).toBeGreaterThan(365)
    expect(axis.x(0.001)).toBeCloseTo(20) // clamped, never off the chart
    // Equal ratios, equal distances.
    expect(axis.x(10) - axis.x(1)).toBeCloseTo(axis.x(100) - axis.x(10))
  })

  it('keeps badges of close benchmarks from overlapping and leaves far ones where they are', () => {
    const axis = dayAxis(model, 20, 170)
    const [a = 0, b = 0, c = 0] = badgePositions(axis, model.benchmarks)
    expect(a).toBeCloseTo(axis.x(10))
    expect(b - a).toBeGreaterThanOrEqual(2 * BADGE)
    expect(c).toBeCloseTo(axis.x(258))
  })

  it('describes a range, a single band and a missing estimate in words', () => {
    const [hours, , months] = model.bands
    if (hours === undefined || months === undefined) throw new Error('bands')
    const basis = [{ question: reportBank().sections[0]?.questions[0] as never, band: months }]
    expect(detectionWords({ fastest: hours, slowest: months, basis, unsure: 0 }, en.report.detection)).toMatch(/^Best case: Hours\. Worst case: Months\. The bar/)
    expect(detectionWords({ fastest: months, slowest: months, basis, unsure: 1 }, en.report.detection)).toMatch(/^Your answers put you in one band: Months\. 1 of your 1 answers here were "Not sure"/)
    expect(detectionWords(null, en.report.detection)).toMatch(/^You did not answer the detection questions/)
  })
})

describe('links and the logo', () => {
  it('links only https, mailto and tel URLs', () => {
    expect(safeUrl(' https://example.com/book ')).toBe('https://example.com/book')
    expect(safeUrl('mailto:help@example.com')).toBe('mailto:help@example.com')
    for (const bad of ['http://example.com', 'javascript:alert(1)', 'tel:', 'https://exa mple.com', '']) expect(safeUrl(bad), bad).toBeUndefined()
  })

  it('scales the logo to fit 40 x 14 mm, keeping its proportions', () => {
    expect(logoSize({ data: new Uint8Array(), format: 'PNG', width: 400, height: 100 })).toEqual({ width: 40, height: 10 })
    const square = logoSize({ data: new Uint8Array(), format: 'PNG', width: 100, height: 100 })
    expect(square?.width).toBeCloseTo(14)
    expect(square?.height).toBeCloseTo(14)
    expect(logoSize({ data: new Uint8Array(), format: 'PNG', width: 0, height: 100 })).toBeNull()
    expect(LOGO_BOX).toEqual({ width: 40, height: 14 })
  })
})

/** A PNG of `width` × `height` pixels, all teal, built byte by byte. */
function tinyPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (data: Buffer): number => {
    let c = 0xffffffff
    for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...Array.from({ length: width }, () => [15, 118, 110]).flat()])))
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
  return new Uint8Array(png)
}

/** Per page: the size (in points) of every image drawn. */
async function imagesByPage(data: Uint8Array): Promise<{ width: number; height: number }[][]> {
  const pdf = await getDocument({ data: data.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise
  const pages: { width: number; height: number }[][] = []
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const ops = await (await pdf.getPage(n)).getOperatorList()
    const images: { width: number; height: number }[] = []
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.paintImageXObject) return
      // jsPDF sets the image's size with the `cm` just before it.
      const at = ops.fnArray.lastIndexOf(OPS.transform, i)
      const [a = 0, , , d = 0] = (ops.argsArray[at] ?? []) as number[]
      images.push({ width: a, height: d })
    })
    pages.push(images)
  }
  await pdf.destroy()
  return pages
}

describe('the MSP logo', () => {
  it('is drawn once, on the first page, scaled to fit 40 x 14 mm; the report stays deterministic', async () => {
    const logo = { data: tinyPng(8, 2), format: 'PNG' as const, width: 8, height: 2 }
    const pdf = bytes(input(reportBank(), 'weak', { logo }))
    const pages = await imagesByPage(pdf)
    expect(pages[0]).toHaveLength(1)
    expect(pages[0]?.[0]?.width).toBeCloseTo(40 * MM, 1)
    expect(pages[0]?.[0]?.height).toBeCloseTo(10 * MM, 1)
    expect(pages.slice(1).flat()).toEqual([])
    expect(Buffer.from(pdf).equals(Buffer.from(bytes(input(reportBank(), 'weak', { logo }))))).toBe(true)
    const without = await imagesByPage(bytes(input(reportBank(), 'weak')))
    expect(without.flat()).toEqual([])
  })

  it('leaves out a damaged logo and still makes the whole report', async () => {
    const logo = { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]), format: 'PNG' as const, width: 100, height: 30 }
    const pdf = bytes(input(reportBank(), 'weak', { logo }))
    expect((await imagesByPage(pdf)).flat()).toEqual([])
    const pages = await pdfText(pdf)
    expect(pages.at(-1)).toContain('Sources of the figures quoted')
  })
})

/** Every fill and stroke colour set on any page, as #rrggbb. */
async function colours(data: Uint8Array): Promise<Set<string>> {
  const pdf = await getDocument({ data: data.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise
  const found = new Set<string>()
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const ops = await (await pdf.getPage(n)).getOperatorList()
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFillRGBColor && fn !== OPS.setStrokeRGBColor) return
      const arg = ops.argsArray[i] as unknown[]
      const hex = typeof arg[0] === 'string' ? arg[0] : `#${(arg as number[]).map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
      found.add(hex.toLowerCase())
    })
  }
  await pdf.destroy()
  return found
}

describe('the brand colour', () => {
  it('colours links, subheadings and the help box with the MSP accent, not the report default', async () => {
    const accent = '#7c2d92'
    const branded = await colours(bytes(input(reportBank(), 'weak', { branding: { ...DEFAULT_BRANDING, colours: { ...DEFAULT_BRANDING.colours, accent } } })))
    const plain = await colours(bytes(input(reportBank(), 'weak')))
    expect(branded.has(accent)).toBe(true)
    expect(plain.has(accent)).toBe(false)
    // The default teal of the first version is gone once a brand colour is given.
    expect(branded.has('#0f766e')).toBe(false)
  })
})
