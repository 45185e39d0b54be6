import { civil, fromIso, type DayNumber } from '../calendar/day-number.js'
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../calendar/bank-holidays.js'
import { APPEAL_ABOUT, DECISIONS, isDecisionId, type AppealAbout, type DecisionId } from '../decisions/decisions.js'

// The facts a timeline is worked out from live here, beside the checks on them, so that
// timeline.ts imports facts.ts and never the other way round.

export type MediationChoice = 'mediation' | 'certificate-only'

/** The facts known so far. Dates are ISO YYYY-MM-DD strings; checkFacts says what is wrong with them. */
export interface TimelineFacts {
  decision: DecisionId
  noticeSentOn?: string
  actOn?: string
  appealAbout?: AppealAbout[]
  mediation?: {
    choice: MediationChoice
    adviserInformedOn?: string
    laInformedOn?: string
    concludedOn?: string
    certificateSentOn?: string
  }
  /** The EHC process dates the family knows, for the "still waiting" timescales. */
  ehc?: {
    requestReceivedOn?: string
    draftPlanServedOn?: string
    reviewMeetingOn?: string
    amendmentNoticeSentOn?: string
    transfer?: { year: number; kind: 'secondary-to-post-16' | 'other' }
  }
  /** The law has no clock: the caller says what day it is. */
  today: string
}


export interface Problem {
  field: string
  message: string
}

type DateField = { field: string; label: string; get: (f: TimelineFacts) => unknown }

// Every date a timeline can be given, in the order events usually happen.
const DATE_FIELDS: readonly DateField[] = [
  { field: 'noticeSentOn', label: 'The date the decision letter was sent', get: (f) => f.noticeSentOn },
  { field: 'actOn', label: 'The date it happened', get: (f) => f.actOn },
  { field: 'mediation.adviserInformedOn', label: 'The date you told the mediation adviser', get: (f) => f.mediation?.adviserInformedOn },
  { field: 'mediation.laInformedOn', label: 'The date the local authority was told you want mediation', get: (f) => f.mediation?.laInformedOn },
  { field: 'mediation.concludedOn', label: 'The date mediation ended', get: (f) => f.mediation?.concludedOn },
  { field: 'mediation.certificateSentOn', label: 'The date on the mediation certificate', get: (f) => f.mediation?.certificateSentOn },
  { field: 'ehc.requestReceivedOn', label: 'The date the local authority received the request', get: (f) => f.ehc?.requestReceivedOn },
  { field: 'ehc.draftPlanServedOn', label: 'The date the draft plan was sent', get: (f) => f.ehc?.draftPlanServedOn },
  { field: 'ehc.reviewMeetingOn', label: 'The date of the review meeting', get: (f) => f.ehc?.reviewMeetingOn },
  { field: 'ehc.amendmentNoticeSentOn', label: 'The date the proposed amendments were sent', get: (f) => f.ehc?.amendmentNoticeSentOn },
]

// Pairs of events that cannot happen the wrong way round: [earlier, later, message].
const ORDER: readonly [string, string, string][] = [
  ['noticeSentOn', 'mediation.adviserInformedOn', 'You cannot have told the mediation adviser before the decision letter was sent'],
  ['noticeSentOn', 'mediation.laInformedOn', 'The local authority cannot have been told about mediation before the decision letter was sent'],
  ['noticeSentOn', 'mediation.certificateSentOn', 'The mediation certificate cannot be dated before the decision letter was sent'],
  ['noticeSentOn', 'mediation.concludedOn', 'Mediation cannot have ended before the decision letter was sent'],
  ['mediation.laInformedOn', 'mediation.concludedOn', 'Mediation cannot have ended before the local authority was told you want it'],
  ['mediation.adviserInformedOn', 'mediation.certificateSentOn', 'The certificate cannot be dated before you told the mediation adviser'],
  ['mediation.concludedOn', 'mediation.certificateSentOn', 'The certificate after mediation cannot be dated before the mediation ended'],
  ['ehc.requestReceivedOn', 'ehc.draftPlanServedOn', 'The draft plan cannot have been sent before the request was received'],
]

function checkDate(problems: Problem[], field: string, label: string, value: unknown): DayNumber | undefined {
  if (value === undefined) return undefined
  const z = typeof value === 'string' ? fromIso(value) : undefined
  if (z === undefined) {
    problems.push({ field, message: `${label} must be a real date in the form YYYY-MM-DD` })
    return undefined
  }
  const { year } = civil(z)
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR - 1) {
    problems.push({ field, message: `${label} must be between ${FIRST_SUPPORTED_YEAR} and ${LAST_SUPPORTED_YEAR - 1}` })
    return undefined
  }
  return z
}

/**
 * The facts' own logic, which a schema of shapes cannot see: dates that exist, in the range the
 * calendar covers, in the order events happen, and the facts each decision needs.
 */
export function checkFacts(facts: TimelineFacts): Problem[] {
  const problems: Problem[] = []
  if (!isDecisionId(facts.decision)) return [{ field: 'decision', message: `"${String(facts.decision)}" is not a decision this service knows` }]

  const today = checkDate(problems, 'today', "Today's date", facts.today)
  const days: Record<string, DayNumber | undefined> = {}
  for (const { field, label, get } of DATE_FIELDS) {
    const z = checkDate(problems, field, label, get(facts))
    days[field] = z
    if (z !== undefined && today !== undefined && z > today) problems.push({ field, message: `${label} cannot be after today` })
  }
  for (const [earlier, later, message] of ORDER) {
    const a = days[earlier]
    const b = days[later]
    if (a !== undefined && b !== undefined && b < a) problems.push({ field: later, message })
  }

  if (DECISIONS[facts.decision].needsNoticeDate && facts.noticeSentOn === undefined) {
    problems.push({ field: 'noticeSentOn', message: 'Enter the date the decision letter was sent (the date on the letter)' })
  }
  const about = facts.appealAbout
  if (facts.decision === 'plan-contents') {
    if (!about || about.length === 0) problems.push({ field: 'appealAbout', message: 'Say which parts of the plan you disagree with' })
  } else if (about && about.length > 0) {
    problems.push({ field: 'appealAbout', message: 'Only give the parts of the plan you disagree with for the decision "plan-contents"' })
  }
  if (about) {
    for (const part of about) {
      if (!(APPEAL_ABOUT as readonly string[]).includes(part)) problems.push({ field: 'appealAbout', message: `"${String(part)}" is not a part of the plan; use ${APPEAL_ABOUT.join(', ')}` })
    }
    if (new Set(about).size !== about.length) problems.push({ field: 'appealAbout', message: 'List each part of the plan once' })
  }
  if (facts.decision === 'disability-discrimination' && facts.actOn === undefined) {
    problems.push({ field: 'actOn', message: 'Enter the date the discrimination happened' })
  }
  const m = facts.mediation
  if (m?.choice === 'certificate-only') {
    if (m.laInformedOn !== undefined) problems.push({ field: 'mediation.laInformedOn', message: 'You chose not to mediate, so leave out the date the local authority was told you want mediation' })
    if (m.concludedOn !== undefined) problems.push({ field: 'mediation.concludedOn', message: 'You chose not to mediate, so there is no date mediation ended' })
  }
  return problems
}
