// Served by src/node/vite-bank-plugin.ts after validation. Ambient declarations cannot import the
// core types, so the values are `unknown` here and typed once, in src/bank.ts.
declare module 'virtual:question-bank' {
  /** The validated bank without its words (a `BankSkeleton`, see src/core/bank/split.ts). */
  export const skeleton: unknown
  /** One lazy loader per section id, resolving to that section's words (a `SectionText`). */
  export const sectionText: Readonly<Record<string, () => Promise<{ default: unknown }>>>
  /** A lazy loader of every action (a `BankActions`), the insurers' controls (`InsuranceControl[]`) and the whole `DetectionModel`. */
  export const actions: () => Promise<{ default: unknown; insurance: unknown; detection: unknown; emergency: unknown }>
  /** The languages the bank has, English first. */
  export const languages: readonly string[]
  /** One lazy loader per language but English, resolving to that language's `skeleton`, `sectionText` and `actions` (as above). */
  export const translations: Readonly<
    Record<string, () => Promise<{ skeleton: unknown; sectionText: Readonly<Record<string, () => Promise<{ default: unknown }>>>; actions: () => Promise<{ default: unknown; insurance: unknown; detection: unknown; emergency: unknown }> }>>
  >
}

declare module 'virtual:question-bank/emergency' {
  /** Language → where to report an attack (`EmergencyCountry[]`): the emergency page's own data, not in the first load. */
  const emergency: Readonly<Record<string, unknown>>
  export default emergency
}
