declare module 'virtual:question-bank' {
  import type { Bank } from './core/bank.ts'
  const bank: Bank
  export default bank
}
