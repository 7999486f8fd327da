/**
 * The question bank, validated at build time by the `question-bank` Vite plugin
 * (`src/node/vite-bank-plugin.ts`). The only module of the app that reads `questions/`.
 */
import data from 'virtual:question-bank'
import type { Bank } from './core/bank.ts'

export const bank: Bank = data
