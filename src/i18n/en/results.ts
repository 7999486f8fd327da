/**
 * The English words of the results: the page, the words for who / when / effort / cost, the
 * insurance lens, "Compare with last time", the CSV, the email summary and the lead form. Loaded
 * with the results page (the first screen does not carry them). The PDF uses these too, beside
 * its own (report.ts), so the page, the PDF and the CSV say the same thing.
 */
import type { Cost, Effort, InsuranceStatus, Timeframe, Who } from '../../core/bank/types.ts'
import type { CompareProblem } from '../../core/answers-file.ts'
import type { ContactField, ContactProblem, LeadFailure } from '../../core/lead.ts'


const s = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** At most `max` names joined by `sep`, then "and N more". */
const someOf = (names: readonly string[], max: number, sep = '; '): string => {
  const shown = names.slice(0, max).join(sep)
  return names.length > max ? `${shown}${sep}and ${names.length - max} more` : shown
}

const who: Readonly<Record<Who, string>> = { you: 'You', 'you-with-msp': 'You, with your IT partner', msp: 'Your IT partner' }
const when: Readonly<Record<Timeframe, string>> = { week: 'This week', month: 'Within 30 days', quarter: 'Within 90 days' }
const effort: Readonly<Record<Effort, string>> = { hours: 'A few hours', days: 'A few days', weeks: 'A few weeks' }
const cost: Readonly<Record<Cost, string>> = { free: 'Free', low: 'Low cost', moderate: 'Moderate cost' }
const status: Readonly<Record<InsuranceStatus, string>> = { meets: 'Meets', partly: 'Partly', misses: "Doesn't meet", unknown: 'Unknown' }
const meaning: Readonly<Record<InsuranceStatus, string>> = {
  meets: 'Your answers say this is in place. Check it is true for every person and device before you say yes.',
  partly: 'Counts as "No" on an application: insurers ask whether it is in place everywhere.',
  misses: 'Today the honest answer is "No".',
  unknown: 'You answered "Not sure" or skipped it: find out before you apply. Some insurers read a blank as "No".',
}
const contactProblem: Readonly<Record<ContactField, Readonly<Partial<Record<ContactProblem, string>>>>> = {
  name: { missing: 'Enter your name.' },
  email: { missing: 'Enter your email address.', invalid: 'Enter an email address such as name@example.com.' },
  phone: { invalid: 'Enter a phone number with at least 5 digits, or leave it empty.' },
  business: {},
  message: {},
}

export const results = {
  /** Words for the bank's codes: the page, the PDF, the CSV and the lead say the same. */
  labels: { who, when, effort, cost },
  /** The PDF's and the CSV's file name before the business and the date: `cyber-readiness-plan-acme-2026-12-01.pdf`. */
  fileStem: 'cyber-readiness-plan',
  /** "from 34 to 51, up 17", "unchanged at 51", "not scored then, 51 now". */
  change: {
    neither: 'not scored then or now',
    notThen: (now: number): string => `not scored then, ${now} now`,
    notNow: (then: number): string => `${then} then, not scored now`,
    same: (now: number): string => `unchanged at ${now}`,
    moved: (then: number, now: number, delta: number): string => `from ${then} to ${now}, ${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)}`,
  },
  someOf,
  /** What could not be compared: earlier answers to gone questions (ids) or options (question texts), and questions new since. */
  notCompared: {
    gone: (ids: readonly string[]): string => `${s(ids.length, 'earlier answer')} to questions that no longer exist (${someOf(ids, 5, ', ')})`,
    changed: (texts: readonly string[]): string => `${s(texts.length, 'earlier answer')} that ${texts.length === 1 ? 'is' : 'are'} no longer offered (${someOf(texts.map((t) => `"${t}"`), 3)})`,
    sentence: (parts: readonly string[]): string => `Could not be compared: ${parts.join(', and ')}.`,
    fresh: (texts: readonly string[], sameQuestions: boolean): string =>
      `${s(texts.length, 'question')} you answered now had no answer in the earlier file${sameQuestions ? '' : ' (new since, or not answered then)'}: ${someOf(texts.map((t) => `"${t}"`), 3)}.`,
    noName: '(no name)',
  },
  insurance: {
    status,
    meaning,
    /** The honest frame, wherever the lens shows: what it is, that insurers decide, that "Partly" counts as "No", that a wrong answer can void a policy. */
    notes: [
      'Questions small-business insurers commonly ask. Each insurer decides for itself: this is not advice or a quote.',
      'On an application, "Partly" counts as "No", and some insurers read a blank answer as "No".',
      'Answer every application truthfully. The application can become part of the policy, and a wrong answer can void the cover or lead to a refused claim.',
    ],
    counts: 'How many of the questions are at each status',
    show: (n: number): string => `Show the ${n} questions and what to do`,
    todo: 'What to do:',
    gather: 'Have ready for the insurer:',
  },
  csv: {
    header: ['Rank', 'Fix first', 'Action', 'Why it matters', 'Time frame', 'Who acts', 'Effort', 'Cost', 'Section', 'Question', 'Your answer', 'Insurers ask', 'NIST CSF 2.0', 'CIS Controls v8', 'OWASP API Top 10 2023'],
    yes: 'yes',
    no: 'no',
    button: 'Download the plan as CSV',
    note: "A spreadsheet of every action, numbered as in the PDF, with who acts, when, effort, cost and the insurers' questions each one helps answer. It opens in Excel, Numbers or Google Sheets.",
  },
  email: {
    hello: (msp: string): string => `Hello ${msp},`,
    done: 'I completed the cyber-readiness assessment on your website.',
    score: (score: number, tier: string): string => `Overall score: ${score} / 100 (${tier})`,
    none: 'No actions: every answer was already the best one.',
    first: 'What I should fix first:',
    talk: 'Please get in touch to talk about them.',
    subject: (score: number, tier: string): string => `My cyber-readiness results: ${score}/100 (${tier})`,
  },
  page: {
    heading: 'Your results',
    overall: 'Overall score',
    outOf: ' / 100',
    noScore: 'You have not answered any scored questions yet, so there is no score or plan to show.',
    incomplete: (answered: number, applicable: number): string => `You answered ${answered} of ${applicable} questions; unanswered questions don't count.`,
    answerRest: 'Answer the rest',
    download: 'Download PDF plan',
    preparing: 'Preparing your PDF…',
    downloadNote:
      'The same plan as a PDF, to print or share (add your business name further down to print it on the plan). PDF files made here are not tagged for screen readers; this page has the same content in an accessible form.',
    downloadFailed: (saved: boolean): string =>
      `The PDF could not be created. ${saved ? 'Your answers are safe on this device' : 'Your answers are still here while this page stays open'}; please try again.`,
    fixFirst: 'Fix these first',
    fixFirstIntro: (n: number): string => `The ${n === 1 ? 'step' : `${n} steps`} that lower your risk the most. The rest of your plan is further down.`,
    nothingToFix: 'Nothing to fix: every answer you gave is already the best one. Keep it that way, and check again in a year.',
    sections: 'Score by section',
    notAnswered: 'Not answered',
    detection: 'How long could a breach go unnoticed?',
    gaps: (n: number): string => `Knowledge gaps: ${s(n, 'thing')} to find out`,
    gapsIntro: 'You answered "Not sure" here. Not knowing is a finding in itself: an attacker would not need you to know.',
    gapsShow: 'Show what to find out',
    findOut: 'Find out:',
    rest: 'The rest of your plan',
    restNone: (wholePlan: boolean): string => `Nothing else to do right now${wholePlan ? ': the steps above are the whole plan' : ''}.`,
    steps: (n: number): string => s(n, 'step'),
    insurance: 'What cyber insurers will ask',
    keep: 'Your business name and answers',
    compare: 'Compare with last time',
  },
  item: {
    who: 'Who:',
    when: 'When:',
    whoFact: 'Who',
    whenFact: 'When',
    effort: 'Effort',
    cost: 'Cost',
    service: 'IT partner service',
    movedUp: (reason: string): string => `Moved up: ${reason}.`,
    context: (section: string, answer: string): string => `From “${section}”: you answered “${answer}”.`,
  },
  detection: {
    estimate: 'Estimate: a breach could go unnoticed for',
    range: (best: string, worst: string): string => `${best} at best, ${worst.toLowerCase()} at worst`,
    unsure: (n: number): string => `${n} of your detection answers ${n === 1 ? 'was' : 'were'} "Not sure", counted as the slow case.`,
    none: 'Answer the questions in "Detection speed" to see an estimate.',
    compare: 'To compare',
    days: (n: number): string => `${n} days`,
    source: 'Source',
    how: 'How this estimate is made, and what the figures measure',
    ticks: ['1 day', '1 week', '1 month', '1 year'],
  },
  business: {
    label: 'Business name',
    optional: '(optional)',
    hint: 'Printed on your PDF plan and used in its file name. It stays on this device.',
  },
  save: {
    button: 'Save my answers',
    note: 'Downloads a small file with your answers, to load again later on this or another device, or to give to your IT partner.',
  },
  compare: {
    intro: 'Saved your answers last time? Choose that file to see what changed. It is read on this device only, never uploaded or stored, and the PDF plan includes the comparison while it shows.',
    button: 'Compare with an earlier assessment',
    hint: 'Your answers on this device stay as they are.',
    since: (date: string): string => `Since your assessment on ${date}`,
    overall: (change: string): string => `Overall score: ${change}.`,
    changedQuestions: "The questions have changed since that file was saved, so both sets of answers are scored with today's questions: the earlier score can differ from the one shown then.",
    bySection: 'By section',
    improved: (n: number): string => `Done since (${n})`,
    noneImproved: 'No answer has improved since.',
    worse: (n: number): string => `Got worse (${n})`,
    noneWorse: 'Nothing got worse.',
    newGaps: (n: number): string => `New things to find out (${n})`,
    newGapsHint: 'Questions you answered "Not sure" now, but not last time.',
    none: 'None.',
    resolved: (n: number): string => `Found out since (${n})`,
    clear: 'Clear comparison',
    /** The refusals only a comparison makes (the others: `app.file.problem`). */
    problem: (p: CompareProblem): string => {
      const notOurs = 'This file is not a saved-answers file from this assessment.'
      switch (p) {
        case 'other-version-compare':
          return 'This file was saved by a different version of this assessment, so it cannot be compared here.'
        case 'newer-questions':
          return 'This file was saved for a newer set of questions than this assessment uses, so it cannot be compared here.'
        case 'no-questions':
          return `${notOurs} Its set of questions is missing or damaged.`
        case 'empty-compare':
          return 'This file holds no answers to compare with.'
      }
    },
  },
  contact: {
    heading: (msp: string): string => `How ${msp} can help`,
    phone: 'Phone:',
    email: 'Email:',
    website: 'Website:',
    emergency: 'Under attack right now? Call our emergency line:',
    emailResults: (msp: string): string => `Email my results to ${msp}`,
    emailNote: (msp: string): string =>
      `This opens your own email program with your score, level and what to fix first filled in, addressed to ${msp}. Nothing is sent until you press send there, and your individual answers are never included.`,
  },
  lead: {
    summary: (msp: string): string => `Ask ${msp} to contact you`,
    sent: (msp: string, email: string): string => `Sent. ${msp} has your details, score and top priorities, and will contact you at ${email}.`,
    group: 'Your contact details',
    intro: (msp: string): string => `Send your details and results to ${msp}, and they will get in touch. Nothing is sent until you press the button.`,
    name: 'Your name',
    email: 'Email address',
    phone: 'Phone number',
    business: 'Business name',
    message: 'Message',
    optional: '(optional)',
    trap: 'Website (leave this empty)',
    consent: (msp: string): string => `Send my contact details, score and top priorities to ${msp} so they can contact me`,
    answers: (msp: string): string => `Also send ${msp} my answer to each question`,
    consentMissing: 'Tick this box to send your details, or use the email button above instead.',
    send: (msp: string): string => `Send to ${msp}`,
    sending: 'Sending your details…',
    problems: (n: number): string => `${n === 1 ? 'One thing needs' : `${n} things need`} your attention before sending.`,
    problem: contactProblem,
    notSent: 'Your details were not sent.',
    kept: 'Everything you typed is still here.',
    retry: 'Try again',
    instead: (msp: string): string => `Email my results to ${msp} instead`,
    failure: (f: LeadFailure, msp: string): string => {
      switch (f.kind) {
        case 'status':
          return `${msp}'s system answered with an error (HTTP ${f.status}).`
        case 'timeout':
          return `${msp}'s system did not answer within ${f.seconds} seconds.`
        case 'network':
          return f.offline ? 'Your device seems to be offline.' : `${msp}'s system could not be reached, or did not accept the connection from this page.`
      }
    },
  },
} as const
