/**
 * The English words of the questionnaire and the emergency page (the section screens: progress,
 * the lesson, navigation; "Under attack right now?"), and what the first screen says only after
 * something happened (a notice about saved progress, a file refused or loaded). Loaded with the
 * questionnaire's chunk, which the welcome page fetches as soon as it is up, not with the first
 * screen (see `useLaterMessages`). Same keys in every language (src/i18n/<lang>/questionnaire.ts).
 */
import type { LoadProblem } from '../../core/answers-file.ts'
import type { StorageNotice } from '../../core/notice.ts'

const s = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const dropped = (n: number): string => `${s(n, 'saved answer')} no longer matched a question and ${n === 1 ? 'was' : 'were'} removed.`

export const questionnaire = {
  /** What the first screen says only after something happened: a notice about saved progress, a refused file, a loaded one. */
  notice: (n: StorageNotice): string => {
    switch (n.kind) {
      case 'blocked':
        return 'Your browser is not letting this page save anything, so your answers will be lost if you close or reload it. Everything else works.'
      case 'damaged':
        return 'Saved answers were found but could not be used (they were damaged), so the assessment starts fresh.'
      case 'other-version':
        return 'Saved answers were found but could not be used (they were saved by a different version of this assessment), so the assessment starts fresh.'
      case 'expired':
        return `Saved answers older than ${n.days} days were removed, so the assessment starts fresh.`
      case 'dropped':
        return `${n.bankChanged ? 'The questions were updated since you saved: ' : ''}${dropped(n.count)} Your other answers are kept.`
    }
  },
  fileProblem: {
    tooLarge: 'This file is too large to be saved answers from this assessment. Nothing was changed.',
    unreadable: 'The file could not be read. Nothing was changed; please try again.',
    nothingChanged: 'Nothing was changed.',
    problem: (p: LoadProblem): string => {
      const notOurs = 'This file is not a saved-answers file from this assessment.'
      switch (p) {
        case 'not-json':
          return `${notOurs} It could not be read as JSON.`
        case 'not-ours':
          return notOurs
        case 'other-version':
          return 'This file was saved by a different version of this assessment, so it cannot be loaded here.'
        case 'other-questions':
          return 'This file was saved for an older or newer set of questions, so its answers cannot be used. Please answer the questions again.'
        case 'no-date':
          return `${notOurs} Its date is missing or damaged.`
        case 'no-answers':
          return `${notOurs} Its answers are missing or damaged.`
        case 'empty':
          return 'This file holds no answers to the questions of this assessment.'
      }
    },
  },
  loaded: (count: number, date: string, droppedCount: number): string =>
    `Loaded ${s(count, 'answer')} saved on ${date}.${droppedCount === 0 ? '' : ` ${droppedCount} no longer matched a question and ${droppedCount === 1 ? 'was' : 'were'} left out.`} Continue to review them or see your results.`,
  /** Read out by screen readers as each screen opens (the shell's live region). */
  announce: {
    section: (n: number, total: number, title: string): string => `Section ${n} of ${total}: ${title}`,
    results: (score: number, tier: string): string => `Your results: ${score} out of 100, ${tier}.`,
    noScore: 'Your results: no score yet, because no scored question has been answered.',
  },
  /** A part of the bank or a screen that could not be fetched (LoadingState). */
  loading: {
    failed: 'This part of the assessment could not be loaded. Check your connection and try again; your answers are safe.',
    retry: 'Try again',
    wait: 'Loading…',
  },
  section: {
    progress: (step: number, total: number, answered: number, applicable: number): string => `Section ${step} of ${total} · ${answered} of ${applicable} questions answered`,
    progressLabel: 'Questions answered',
    progressValue: (answered: number, applicable: number): string => `${answered} of ${applicable} questions answered`,
    lesson: 'The lesson',
    sources: 'Sources',
    source: 'source:',
    yourBusiness: 'Your business',
    unanswered: (n: number): string =>
      `${s(n, 'question')} on this page not answered yet. You can go on: unanswered questions don't count toward your score, and you can come back later.`,
    nav: 'Sections',
    back: 'Back',
    next: 'Next section',
    results: 'See my results',
  },
  help: {
    heading: 'Under attack right now? Get help first',
    lead: 'Stay calm and act in this order. The assessment can wait.',
    call: (msp: string): string => `1. Call ${msp}`,
    callButton: (phone: string): string => `Call ${phone}`,
    say: 'Say what you see, when it started, and which computers or accounts are involved.',
    contain: '2. Limit the damage',
    steps: [
      'Disconnect affected computers from the network (unplug the cable, turn off Wi-Fi), but leave them switched on.',
      'From a computer you trust, change the passwords of any account that may be affected, starting with email.',
      'If money may have moved, call your bank now.',
      'Do not pay a ransom or reply to the attacker before you get advice.',
      'Write down what happened and when. Keep messages and screenshots.',
    ],
    report: (country: string): string => `3. Report it (${country})`,
    otherCountry: 'In another country?',
    phone: 'Phone:',
    back: 'Not an emergency? Back to the assessment',
  },
} as const
