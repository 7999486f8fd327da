/**
 * Reads a PDF back with pdf.js (legacy build, Node, no worker file needed): the text of each page,
 * and the text items with their positions for layout checks.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** A piece of text on a page, in PDF points from the bottom-left corner. */
export interface PdfItem {
  readonly page: number
  readonly str: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly eol: boolean
}

/** Every non-empty text item of the PDF, page by page in content order. */
export async function pdfItems(data: Uint8Array | ArrayBuffer): Promise<PdfItem[]> {
  // pdf.js may transfer (detach) the buffer it gets, so hand it a copy.
  const bytes = new Uint8Array(data instanceof ArrayBuffer ? data.slice(0) : data.slice())
  const task = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 })
  const pdf = await task.promise
  try {
    const items: PdfItem[] = []
    for (let page = 1; page <= pdf.numPages; page += 1) {
      const content = await (await pdf.getPage(page)).getTextContent()
      for (const item of content.items) {
        if (!('str' in item)) continue
        const [, , , , x = 0, y = 0] = item.transform as number[]
        items.push({ page, str: item.str, x, y, width: item.width, eol: item.hasEOL })
      }
    }
    // Keep the page count even for pages without text.
    for (let page = 1; page <= pdf.numPages; page += 1) {
      if (!items.some((i) => i.page === page)) items.push({ page, str: '', x: 0, y: 0, width: 0, eol: true })
    }
    return items.sort((a, b) => a.page - b.page)
  } finally {
    await task.destroy()
  }
}

/** The text of every page, in page order: items joined, a line break after each line. */
export async function pdfText(data: Uint8Array | ArrayBuffer): Promise<string[]> {
  const pages: string[] = []
  for (const item of await pdfItems(data)) {
    pages[item.page - 1] = (pages[item.page - 1] ?? '') + item.str + (item.eol ? '\n' : '')
  }
  return pages.map((p) => p.replace(/[ \t]+/g, ' '))
}
