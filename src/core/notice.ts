/**
 * What the app tells the owner about their saved progress, as data: the words are in each
 * language's dictionary (`app.notice`), so a notice reads in the language on screen, even after a
 * switch. Pure: types only.
 */
export type StorageNotice =
  /** Storage refused access or a write: the app runs in memory. */
  | { readonly kind: 'blocked' }
  /** Saved progress could not be read. */
  | { readonly kind: 'damaged' }
  /** Saved by an app whose envelope cannot be upgraded. */
  | { readonly kind: 'other-version' }
  /** Older than `days` days, so removed. */
  | { readonly kind: 'expired'; readonly days: number }
  /** `count` answers to questions or options that no longer exist were removed. */
  | { readonly kind: 'dropped'; readonly count: number; readonly bankChanged: boolean }
