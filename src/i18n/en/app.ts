/**
 * The English words of the first screen: the shell, the welcome page, the errors, and what every
 * screen shares (dates, the start-over question). The source of every other language
 * (src/i18n/<lang>/app.ts has the same keys, checked by the compiler and
 * test/i18n/dictionaries.test.ts). Loaded with the first screen; the questionnaire's (and the
 * first screen's rarer messages), the results' and the PDF's words are in questionnaire.ts,
 * results.ts and report.ts, loaded with them.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

export const app = {
  /** The `lang` of `<html>` and of the PDF. */
  htmlLang: 'en',
  title: 'Cyber-readiness assessment',
  /** "March 5, 2026". */
  longDate: (d: Date): string => `${MONTHS[d.getMonth()] ?? ''} ${d.getDate()}, ${d.getFullYear()}`,
  newTab: ' (opens in a new tab)',
  shell: {
    skip: 'Skip to the assessment',
    tag: 'Cyber-readiness assessment',
    footer: 'Your answers stay on this device. Nothing is sent anywhere unless you choose to share it.',
    language: 'Language',
    switchFailed: 'That language could not be loaded. Check your connection and try again.',
    dismiss: 'Dismiss',
  },
  failure: {
    heading: 'Something went wrong',
    screen: 'This screen could not be shown because of a problem on our side, not because of anything you did.',
    safe: 'Your answers are safe.',
    safeMore: 'They are saved on this device, and trying again or reloading will not lose them.',
    here: 'Your answers are still here',
    hereMore: 'as long as this page stays open. This browser is not letting the page save them, so please try again rather than reloading.',
    retry: 'Try again',
    reload: 'Reload the page',
    home: 'Back to the start',
    start: 'The assessment could not start because of a problem on our side. Answers you gave before are kept on this device; reloading the page usually fixes this.',
    refused: (msp: string): string => `This assessment can only be embedded on ${msp}'s own website.`,
    openNewTab: 'Open the assessment in a new tab',
  },
  cancel: 'Cancel',
  startOver: {
    label: 'Start over and clear my answers',
    question: 'Clear all your answers, and everything this assessment saved on this device, and start again? This cannot be undone.',
    confirm: 'Yes, clear my answers',
  },
  welcome: {
    emergency: 'Under attack right now? Get help first',
    heading: 'How ready is your business for a cyber attack?',
    lead: "In January 2023, T-Mobile found that attackers had been pulling customer data through one of its systems for weeks before anyone noticed. It was not the company's first breach. This short check walks you through what went wrong there, asks how your business would fare, and gives you a plan.",
    minutes: (min: number, max: number): string => (min === max ? `about ${min} minutes` : `about ${min} to ${max} minutes`),
    sections: (n: number): string => `${n} short sections`,
    sectionsMore: ', each opening with a lesson from a real breach.',
    takes: (minutes: string): string => `Takes ${minutes}.`,
    takesMore: ' Plain questions; "Not sure" is always a fine answer.',
    get: 'You get',
    getMore: ' a score, the gaps that matter most, and a PDF action plan.',
    private: 'Private:',
    privateMore: ' your answers stay on this device. Nothing is sent anywhere unless you choose to share it.',
    resume: 'Continue where you left off',
    /** Said while the questionnaire's screen loads after Start or Continue (on a slow line). */
    opening: 'Opening the questions…',
    start: 'Start the assessment',
  },
  file: {
    /** The saved-answers file's name before the date: `cyber-readiness-answers-2026-12-01.json`. */
    stem: 'cyber-readiness-answers',
    load: 'Load saved answers',
    loadHint: 'Choose a file you saved with "Save my answers". It replaces any answers on this device.',
  },
} as const
