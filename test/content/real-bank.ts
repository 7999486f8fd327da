/**
 * The shipped question bank, loaded once through the same validator as the build. The tests in
 * this folder are the only ones that read the real `questions/` folder (core tests use fixtures).
 */
import { fileURLToPath } from 'node:url'
import { loadBank } from '../../src/node/bank-files.ts'
import type { Bank } from '../../src/core/bank/types.ts'

/** The `questions/` folder of this checkout. */
export const QUESTIONS_DIR = fileURLToPath(new URL('../../questions', import.meta.url))

let cached: Bank | undefined

/** The real bank; throws a `BankError` naming file and field when a content file is wrong. */
export function realBank(): Bank {
  cached ??= loadBank(QUESTIONS_DIR)
  return cached
}

/** The answers of a typical owner for the time estimate: ready-made apps linked to customer data (no portal or app of their own), no past incident. */
export const TYPICAL_PROFILE: Readonly<Record<string, string>> = { 'api-profile': 'connected', 'breach-profile': 'none' }
