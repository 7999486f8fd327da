/**
 * The one way the app reads a file the owner chooses (a saved-answers file, to load or to compare
 * with): take it from the input, clearing the input so the same file can be chosen again, refuse
 * one too large, read its text. The messages say that nothing was changed.
 */

/** The file chosen in the input that fired `event`, or undefined; the input is cleared. */
export function takeChosenFile(event: Event): File | undefined {
  const input = event.target as HTMLInputElement
  const file = input.files?.[0]
  input.value = ''
  return file
}

/** The file's text, or the message to show when it is larger than `maxBytes` or cannot be read. */
export async function readSmallFile(file: File, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) return { ok: false, message: 'This file is too large to be saved answers from this assessment. Nothing was changed.' }
  try {
    return { ok: true, text: await file.text() }
  } catch {
    return { ok: false, message: 'The file could not be read. Nothing was changed; please try again.' }
  }
}
