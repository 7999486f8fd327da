/**
 * The English words of the PDF action plan (src/report/): headings, labels, the summary's
 * sentences, the page footer. Every string here and in each translation must print unchanged in
 * the PDF's standard fonts (Latin-1: test/i18n/dictionaries.test.ts runs `toPdfText` over them).
 */
import type { Who } from '../../core/bank/types.ts'

const s = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const list = (parts: readonly string[]): string => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`)

const days = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)} day${n === 1 ? '' : 's'}`

export const report = {
  /** The PDF's language property (`doc.setLanguage`). */
  pdfLanguage: 'en-US',
  title: 'Cyber-readiness action plan',
  titleFor: (business: string): string => `Cyber-readiness action plan for ${business}`,
  forBusiness: (business: string): string => `for ${business}`,
  prepared: (bankTitle: string, msp: string, date: string): string => `${bankTitle}. Prepared by ${msp} on ${date}.`,
  subject: (bankTitle: string): string => `${bankTitle}: scores, detection estimate, knowledge gaps and a prioritised action plan`,
  keywords: 'cyber security, action plan, NIST CSF 2.0, CIS Controls v8, OWASP API Top 10',
  creator: 'Cyber-readiness assessment',
  page: (n: number, total: number): string => `Page ${n} of ${total}`,
  phone: (phone: string): string => `Phone ${phone}`,
  emergency: (phone: string): string => `Emergency ${phone}`,
  overall: 'Overall score',
  notScored: 'Not scored yet',
  outOf: 'out of 100',
  notAnswered: 'not answered',
  summary: {
    none: 'You have not answered any scored questions yet, so there is no score and no plan. Answer the questions to get both.',
    score: (score: number, tier: string | null): string => `You scored ${score} out of 100${tier === null ? '' : `, which puts you in the "${tier}" band`}.`,
    strongest: (best: string, bestScore: number, worst: string, worstScore: number): string => `Your strongest area is "${best}" (${bestScore}); the weakest is "${worst}" (${worstScore}).`,
    noActions: 'Your answers call for no actions right now: keep doing what you do.',
    actions: (total: number, week: number, month: number, quarter: number): string =>
      `Your answers lead to ${s(total, 'action')}: ${list([week > 0 ? `${week} this week` : '', month > 0 ? `${month} within 30 days` : '', quarter > 0 ? `${quarter} within 90 days` : ''].filter((p) => p !== ''))}.`,
    gaps: (n: number): string => `You were not sure about ${s(n, 'thing')}; finding out is often the quickest win (see "Things to find out").`,
    incomplete: (answered: number, applicable: number): string => `You answered ${answered} of ${s(applicable, 'question')}; the rest do not count yet.`,
  },
  since: {
    heading: (date: string): string => `Since your last assessment on ${date}`,
    overall: (change: string): string => `Overall score: ${change}.`,
    noneImproved: 'Done since: no answer has improved yet.',
    improved: (n: number, named: string): string => `Done since: ${s(n, 'answer')} improved (${named}).`,
    noneWorse: 'Nothing got worse.',
    worse: (n: number, named: string): string => `Got worse: ${s(n, 'answer')} (${named}).`,
    gaps: (fresh: number, resolved: number): string =>
      `${fresh === 0 ? 'No new things to find out' : `New things to find out ("Not sure" now, not before): ${fresh}`}${resolved === 0 ? '' : `; found out since: ${resolved}`}.`,
    changed: "The questions have changed since, so both sets of answers are scored with today's questions.",
    notComparable: (n: number): string => `${s(n, 'earlier answer')} could not be compared (${n === 1 ? 'its question or answer no longer exists' : 'their questions or answers no longer exist'}).`,
    newQuestions: (n: number): string => `${s(n, 'question')} had no answer last time.`,
  },
  fixFirst: {
    heading: 'Fix these first',
    none: 'Nothing to fix: every answer you gave is already the best one. Keep it that way, and check again in a year.',
    intro: (n: number): string => `The ${n === 1 ? 'step' : `${n} steps`} that lower your risk the most. The rest of your plan follows at a glance; your IT partner's part of this plan has the detail.`,
    facts: (who: string, when: string, effort: string): string => `Who acts: ${who}  |  When: ${when}  |  Effort: ${effort}`,
    movedUp: (reason: string): string => `Moved up: ${reason}`,
  },
  detection: {
    heading: 'How fast would you notice a breach?',
    yours: 'Your estimate',
    best: 'Best case',
    worst: 'Worst case',
    /** The axis's marks: 1 hour, 1 day, 1 week, 1 month, 3 months, 6 months, 1 year, 2 years, 5 years. */
    ticks: ['1 hour', '1 day', '1 week', '1 month', '3 months', '6 months', '1 year', '2 years', '5 years'],
    days,
    none: 'You did not answer the detection questions, so there is no estimate of how fast you would notice a breach. The marked figures show how long breaches often go unnoticed elsewhere.',
    oneBand: (band: string): string => `Your answers put you in one band: ${band}.`,
    range: (best: string, worst: string): string => `Best case: ${best}. Worst case: ${worst}.`,
    unsure: (n: number, of: number): string => ` ${n} of your ${of} answers here were "Not sure", which counts as the slow case.`,
    bar: ' The bar shows that range; the numbered lines show published figures to compare with.',
    benchmark: (label: string, n: number, metric: string): string => `${label}: ${days(n)}. ${metric}.`,
  },
  sectionScores: 'Scores by section',
  rest: {
    heading: 'The rest of your plan',
    intro: (n: number): string =>
      `${n === 1 ? 'One more action' : `${n} more actions`}, grouped by when to do them, most urgent first. Each is explained in full, with its cost and how your IT partner helps, in the second part of this plan.`,
  },
  action: {
    facts: (when: string, who: string, effort: string, cost: string, answer: string): string => `When: ${when}  |  Who acts: ${who}  |  Effort: ${effort}  |  Cost: ${cost}  |  You answered: "${answer}"`,
    raised: (reason: string): string => `Raised in priority: ${reason}`,
    helps: (msp: string, service: string): string => `How ${msp} helps: ${service}`,
  },
  help: {
    heading: (msp: string): string => `How ${msp} can help`,
    phone: 'Phone',
    emergency: 'In an emergency, call',
    email: 'Email',
    website: 'Website',
  },
  insurance: {
    heading: 'What cyber insurers will ask',
    columns: ['What insurers commonly ask', 'Your answers', 'What to do before you apply'],
    keep: "Keep it in place. The evidence to have ready is in the IT partner's part.",
    step: (n: number, when: string): string => `action ${n} (${when})`,
    /** `steps`: the steps joined, capitalised ("Action 4 (This week); action 12 (Within 30 days)"). */
    ofPlan: (steps: string): string => `${steps} of your plan.`,
    answerFirst: 'Answer the question in the assessment (or find out), then check again.',
    evidence: 'Evidence an insurer may ask for',
    evidenceIntro:
      'Before the owner fills in a cyber insurance application or renewal, gather this for each question. The status comes from the owner\'s answers: check that each "Meets" holds for every person and device, because an answer on the application must be true.',
    askedBy: 'Asked by:',
    where: 'Where each question is asked',
  },
  partner: {
    heading: 'For your IT partner',
    intro: (msp: string): string =>
      `The detail behind the plan, for ${msp} or whoever looks after your IT: each section with what is in place and every action in full (numbered as in part one), the things to find out, every answer with its NIST CSF 2.0, CIS Controls v8 and OWASP API Top 10 (2023) references, how the detection estimate is made, and the sources of the figures quoted.`,
  },
  section: {
    of: (n: number, total: number): string => `Section ${n} of ${total}`,
    notAnswered: 'Not answered',
    counts: (applicable: number, answered: number, notSure: number): string =>
      `${applicable} scored question${applicable === 1 ? '' : 's'} apply to you; you answered ${answered}${notSure > 0 ? `, ${notSure} of them "Not sure"` : ''}.`,
    notYet: 'You have not answered this section yet.',
    nothingInPlace: 'In place: nothing yet.',
    inPlace: 'What is in place',
    missing: 'What is missing, and what to do',
    unknown: 'Not known until you answer.',
    nothingMissing: 'Nothing: every answer here is the best one.',
    others: 'Other questions in this section',
  },
  answer: {
    notAsked: 'Not asked: it does not apply given the answers above.',
    unanswered: 'Not answered.',
    notApplicable: (answer: string): string => `Answer: ${answer} (does not apply to the business; not scored).`,
    profile: (answer: string): string => `Answer: ${answer} (about the business; not scored).`,
    scored: (answer: string, score: number, weight: number): string => `Answer: ${answer} (score ${score} of 100, weight ${weight}).`,
    none: 'none',
  },
  gaps: {
    heading: 'Things to find out',
    intro: (n: number): string =>
      `You answered "Not sure" ${n === 1 ? 'once' : `${n} times`}. Not knowing is a finding in itself: an attacker would not need you to know. Finding out is usually quick, and the answer may change your plan.`,
    step: (n: number, section: string): string => `Find out: action ${n} of your plan (${section}).`,
    noStep: 'Find out the answer, then update your assessment.',
    whoTells: (what: string, who: string): string => `${what} Who can tell you: ${who}`,
    who: (who: Who, msp: string): string => (who === 'you' ? 'You: check it yourself, or ask whoever set it up.' : who === 'msp' ? `Your IT partner, ${msp}.` : `You, with your IT partner, ${msp}.`),
  },
  appendix: {
    detection: 'How the detection estimate is made',
    noEstimate: 'No detection question was answered, so no estimate was made.',
    basis: 'The answers it rests on',
    sources: 'Sources of the figures quoted',
    source: (url: string): string => `Source: ${url}`,
    benchmarks: 'Detection benchmarks',
  },
} as const
