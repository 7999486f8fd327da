/**
 * The chunks the build makes by hand (Rolldown's `codeSplitting.groups`, vite.config.ts), and why.
 *
 * The questionnaire's screen: `SectionView` with the components and words only the questionnaire
 * (and the emergency page) use, in one chunk with one stylesheet. Left to automatic chunking they
 * were five files and two stylesheets (the loading state, the questionnaire's words and their
 * composable, the links rule, each shared with the results or the help page), so the first
 * question needed twelve requests: over HTTP/1.1's six connections a host serves at once, half of
 * them waited a second round trip (0.56 s on slow 4G). Now it is eight.
 */

/** The name of the questionnaire screen's chunk (its file is `assets/<name>-<hash>.js`). */
export const QUESTIONNAIRE_CHUNK = 'questionnaire-screen'

/** The modules in it (matched against module ids, either path separator). */
export const QUESTIONNAIRE_MODULES =
  /src[\\/](views[\\/]SectionView\.vue|components[\\/](LoadingState|SectionProgress|LessonCard|QuestionCard)\.vue|composables[\\/](useQuestionnaireMessages|useSectionWords)\.ts|i18n[\\/]en[\\/]questionnaire\.ts|core[\\/]links\.ts)/
