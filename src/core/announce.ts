/**
 * What the app tells screen-reader users when a new screen opens (read out by a polite live region
 * in the shell): where they are in the questionnaire, and their score on the results. Pure.
 */
import type { BankSkeleton } from './bank/types.ts'
import type { Results } from './scoring.ts'
import type { QuestionnaireMessages } from '../i18n/types.ts'

/** The screen that just opened: its route name, and the section id on a section screen. */
export interface Screen {
  readonly name: string
  readonly sectionId?: string
  /** The screen's main heading, used for screens without a message of their own. */
  readonly heading: string
}

/** "Section 2 of 9: Detection speed", "Your results: 62 out of 100, Developing", or the heading; `words`: the dictionary's `questionnaire.announce`. */
export function screenAnnouncement(bank: BankSkeleton, screen: Screen, overall: Results['overall'], words: QuestionnaireMessages['announce']): string {
  if (screen.name === 'section') {
    const index = bank.sections.findIndex((s) => s.id === screen.sectionId)
    const section = bank.sections[index]
    if (section !== undefined) return words.section(index + 1, bank.sections.length, section.title)
  }
  if (screen.name === 'results') {
    return overall.score === null || overall.tier === null
      ? words.noScore
      : words.results(overall.score, overall.tier.label)
  }
  return screen.heading.trim()
}
