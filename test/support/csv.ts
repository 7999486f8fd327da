/**
 * A tiny, strict RFC 4180 reader for the tests: the file must start with a BOM and end each record
 * with CRLF; a field is either plain (no quote, comma, CR or LF) or in double quotes with inner
 * quotes doubled. Anything else throws, so a test cannot pass on a file a spreadsheet would misread.
 */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark')
  const rows: string[][] = []
  let row: string[] = []
  let i = 1
  const at = (): string => text[i] ?? ''
  while (i < text.length) {
    let field = ''
    if (at() === '"') {
      i += 1
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field')
        if (at() === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i += 1
          break
        }
        field += at()
        i += 1
      }
    } else {
      while (i < text.length && !/[",\r\n]/.test(at())) {
        field += at()
        i += 1
      }
      if (at() === '"') throw new Error(`a quote inside a plain field at ${i}`)
    }
    row.push(field)
    if (at() === ',') {
      i += 1
      continue
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
      continue
    }
    throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(at())}`)
  }
  if (row.length > 0) throw new Error('the last record has no CRLF')
  return rows
}
