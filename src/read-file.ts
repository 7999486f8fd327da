/**
 * The one way the app reads a file the owner chooses (a saved-answers file, to load or to compare
 * with): take it from the input, clearing the input so the same file can be chosen again, refuse
 * one too large, read its text. A refusal is a code; the screen puts it into words (the
 * dictionary's `fileProblem`), so it reads in the language on show.
 */

/** Why a chosen file could not be read at all. */
export type ReadProblem = 'too-large' | 'unreadable'

/** The file chosen in the input that fired `event`, or undefined; the input is cleared. */
export function takeChosenFile(event: Event): File | undefined {
  const input = event.target as HTMLInputElement
  const file = input.files?.[0]
  input.value = ''
  return file
}

/** The file's text, or why not: larger than `maxBytes`, or it could not be read. */
export async function readSmallFile(file: File, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; problem: ReadProblem }> {
  if (file.size > maxBytes) return { ok: false, problem: 'too-large' }
  try {
    return { ok: true, text: await file.text() }
  } catch {
    return { ok: false, problem: 'unreadable' }
  }
}
