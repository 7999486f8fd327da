/**
 * The one way to save a download the owner keeps ("Save my answers", the plan as CSV, the PDF plan):
 * a Blob behind an object URL and a hidden `<a download>`, no new window, CSP-safe. Only the results
 * page uses it, so it ships with that page, not the first screen.
 */

/** Saves `text` as a download named `fileName`; returns the name. */
export function saveTextFile(text: string, fileName: string, type: string): string {
  return saveFile(new Blob([text], { type }), fileName)
}

/** Saves `blob` as a download named `fileName`; returns the name. */
export function saveFile(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked a moment later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return fileName
}
