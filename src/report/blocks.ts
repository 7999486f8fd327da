/**
 * Building blocks made of measured text and shapes: stacks, fixed-height figures, list items with
 * a marker in the gutter, headings. Each is a `Block`, placed on the page by the `Writer`.
 */
import { COLOR, PAGE, SIZE, lineHeight, type Block, type Writer } from './layout.ts'

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
        w.style({ size: SIZE.body, bold: true, color: COLOR.accent })
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
  return w.text(text, { size: SIZE.subheading, bold: true, color: COLOR.accent }, { after })
}
