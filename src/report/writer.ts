/**
 * Page geometry, the type scale and colours, and a small writer that measures text before it
 * draws, so blocks break to a new page instead of overflowing or running into the footer.
 */
import type { jsPDF } from 'jspdf'
import { toPdfText } from './text.ts'
import type { Messages } from '../i18n/types.ts'

/** A4 portrait in millimetres; `top` is where content starts, below the running header. */
export const PAGE = { width: 210, height: 297, margin: 18, top: 26 } as const
/** Content never goes below this line; the footer lives underneath. */
export const CONTENT_BOTTOM = 270
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin

/**
 * The one type scale (points): the gauge figure, title, heading, subheading, body, detail (the IT
 * partner's part's body text, a little smaller than the owner's, so that part stays short in every
 * language), small.
 */
export const SIZE = { display: 30, title: 20, heading: 14, subheading: 11, body: 10, detail: 9.5, small: 8 } as const

export type Rgb = readonly [number, number, number]
/** Calm colours: dark slate text, a muted slate, one teal accent, light slate for tracks and rules. */
export const COLOR: Readonly<Record<'text' | 'muted' | 'accent' | 'track' | 'tint' | 'good' | 'warn' | 'bad', Rgb>> = {
  text: [30, 41, 59],
  muted: [71, 85, 105],
  accent: [15, 118, 110],
  track: [226, 232, 240],
  tint: [240, 253, 250],
  good: [21, 128, 61],
  warn: [180, 83, 9],
  bad: [185, 28, 28],
}

const PT_TO_MM = 25.4 / 72
const PT_PER_MM = 72 / 25.4
const LINE_FACTOR = 1.3

/**
 * A measure less 1% (at least 0.5 mm): viewers without Helvetica substitute a font whose widths
 * differ slightly, and a line set exactly to the measure could then cross the margin.
 */
function slack(width: number): number {
  return width - Math.max(0.5, width * 0.01)
}

/** The distance between baselines for a font size, in mm. */
export function lineHeight(size: number): number {
  return size * PT_TO_MM * LINE_FACTOR
}

export interface TextStyle {
  readonly size: number
  readonly bold?: boolean
  readonly color?: Rgb
}

/** Something measured that can be drawn at the writer's cursor; `height` includes its spacing. */
export interface Block {
  readonly height: number
  draw(): void
}

export interface TextOptions {
  readonly indent?: number
  readonly width?: number
  readonly after?: number
  /** Each line becomes a link to this URL (callers pass only https:, mailto: or tel: URLs). */
  readonly url?: string
}

/** A cursor over the document: the current page's y, page breaks, and measured text. */
export class Writer {
  y: number = PAGE.top

  /**
   * `accent` is the MSP's brand colour (already checked for contrast against white when the
   * branding was read); links, subheadings, list numbers and the help box use it. `m` holds every
   * word of the report, in its language.
   */
  constructor(
    readonly doc: jsPDF,
    readonly m: Messages,
    readonly accent: Rgb = COLOR.accent,
  ) {}

  /** A light tint of the accent, for the help box behind text. */
  get tint(): Rgb {
    const [r, g, b] = this.accent
    const light = (c: number): number => Math.round(c + (255 - c) * 0.93)
    return [light(r), light(g), light(b)]
  }

  /** Sets font, size and colour for the next text. */
  style(s: TextStyle): void {
    this.doc.setFont('helvetica', s.bold === true ? 'bold' : 'normal')
    this.doc.setFontSize(s.size)
    this.doc.setTextColor(...(s.color ?? COLOR.text))
  }

  /**
   * The printed width of `text` in the current font, in mm. jsPDF's own measure applies kerning,
   * which the text it writes does not: lines measured that way can print a few points wider.
   */
  textWidth(text: string): number {
    return (this.doc.getStringUnitWidth(text, { doKerning: false }) * this.doc.getFontSize()) / PT_PER_MM
  }

  /** The Latin-1-safe text wrapped to `width` in style `s`. Always at least one line. */
  wrap(text: string, s: TextStyle, measure: number): string[] {
    this.style(s)
    const safe = toPdfText(text)
    const width = slack(measure)
    // Wrap with jsPDF, narrowing the measure until every line really fits (kerning, see above).
    let lines: string[] = []
    for (let target = width; target > width / 2; target -= 0.5) {
      lines = this.doc.splitTextToSize(safe, target) as string[]
      if (lines.every((line) => this.textWidth(line) <= width)) break
    }
    return lines.length === 0 ? [''] : lines
  }

  /** One line of the Latin-1-safe text, cut with "..." when wider than `width` (style `s` is set). */
  fit(text: string, s: TextStyle, measure: number): string {
    this.style(s)
    const width = slack(measure)
    const safe = toPdfText(text).replace(/\s+/g, ' ').trim()
    if (this.textWidth(safe) <= width) return safe
    // The longest prefix that fits with the ellipsis, by bisection (URLs can be long).
    let lo = 0
    let hi = safe.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (this.textWidth(`${safe.slice(0, mid)}...`) <= width) lo = mid
      else hi = mid - 1
    }
    return `${safe.slice(0, lo).trimEnd()}...`
  }

  /** Starts a new page when fewer than `height` mm are left (never for a block taller than a page). */
  ensure(height: number): void {
    const room = CONTENT_BOTTOM - PAGE.top
    if (this.y + Math.min(height, room) > CONTENT_BOTTOM) this.newPage()
  }

  newPage(): void {
    this.doc.addPage()
    this.y = PAGE.top
  }

  /** Starts a new page unless the cursor is already at the top of an empty one. */
  freshPage(): void {
    if (this.y > PAGE.top) this.newPage()
  }

  /**
   * A wrapped paragraph: `after` mm of space follow it. When drawn, a paragraph longer than the
   * space left continues on the next page line by line, so it can never overflow.
   */
  text(text: string, s: TextStyle, opts: TextOptions = {}): Block {
    const indent = opts.indent ?? 0
    const lines = this.wrap(text, s, opts.width ?? CONTENT_WIDTH - indent)
    const lh = lineHeight(s.size)
    const after = opts.after ?? 0
    return {
      height: lines.length * lh + after,
      draw: () => {
        for (const line of lines) {
          if (this.y + lh > CONTENT_BOTTOM) this.newPage()
          this.style(s)
          // The baseline sits at about 78% of the line box.
          this.doc.text(line, PAGE.margin + indent, this.y + lh * 0.78)
          if (opts.url !== undefined) this.doc.link(PAGE.margin + indent, this.y, this.textWidth(line), lh, { url: opts.url })
          this.y += lh
        }
        this.y += after
      },
    }
  }

  /** Blank space, dropped at the top of a page. */
  space(mm: number): Block {
    return {
      height: mm,
      draw: () => {
        if (this.y > PAGE.top) this.y = Math.min(this.y + mm, CONTENT_BOTTOM)
      },
    }
  }

  /**
   * Draws `block` at the cursor, first starting a new page unless it fits together with `keep`
   * (the start of what follows: a heading is never left alone at the bottom of a page).
   */
  place(block: Block, keep?: Block): void {
    this.ensure(block.height + (keep?.height ?? 0))
    block.draw()
  }

  /** Places a heading block together with the first of `items`, then every item, each kept whole. */
  list(head: Block, items: readonly Block[]): void {
    this.place(head, items[0])
    items.forEach((b) => this.place(b))
  }
}

// Building blocks made of measured text and shapes: stacks, fixed-height figures, list items
// with a marker in the gutter, headings. Each is a `Block`, placed on the page by the `Writer`.

/** Blocks drawn one after another, measured as one. */
export function stack(blocks: readonly Block[]): Block {
  return {
    height: blocks.reduce((sum, b) => sum + b.height, 0),
    draw: () => blocks.forEach((b) => b.draw()),
  }
}

/** A block of fixed height drawn by `paint(top)` at the cursor, which then moves below it. */
export function figure(w: Writer, height: number, paint: (top: number) => void): Block {
  return {
    height,
    draw: () => {
      w.ensure(height)
      paint(w.y)
      w.y += height
    },
  }
}

export const INDENT = 7

/** A list item: `marker` (text, or a drawing at the first line) in the gutter beside `body`. */
export function item(w: Writer, marker: string | ((x: number, y: number) => void), body: readonly Block[]): Block {
  const content = stack(body)
  return {
    height: content.height,
    draw: () => {
      const lh = lineHeight(SIZE.body)
      if (typeof marker === 'string') {
        w.style({ size: SIZE.body, bold: true, color: w.accent })
        w.doc.text(marker, PAGE.margin, w.y + lh * 0.78)
      } else {
        marker(PAGE.margin, w.y + lh * 0.5)
      }
      content.draw()
    },
  }
}

/** A section heading (kept with what follows by the caller). */
export function heading(w: Writer, text: string, after = 2.5): Block {
  return w.text(text, { size: SIZE.heading, bold: true }, { after })
}

/** A subheading in the accent colour. */
export function subheading(w: Writer, text: string, after = 1.5): Block {
  return w.text(text, { size: SIZE.subheading, bold: true, color: w.accent }, { after })
}
