import { civil, fromIso, type DayNumber } from '../calendar/day-number.js'
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../calendar/bank-holidays.js'
import { APPEAL_ABOUT, DECISIONS, isDecisionId } from '../decisions/decisions.js'
import type { TimelineFacts } from './timeline.js'

export interface Problem {
  field: string
  message: string
}

const DATE_FIELDS = [
  ['noticeSentOn', 'The date the decision letter was sent'],
  ['actOn', 'The date it happened'],
  ['mediation.adviserInformedOn', 'The date you told the mediation adviser'],
  ['mediation.laInformedOn', 'The date the local authority was told you want mediation'],
  ['mediation.concludedOn', 'The date mediation ended'],
  ['mediation.certificateSentOn', 'The date on the mediation certificate'],
  ['ehc.requestReceivedOn', 'The date the local authority received the request'],
  ['ehc.draftPlanServedOn', 'The date the draft plan was sent'],
  ['ehc.reviewMeetingOn', 'The date of the review meeting'],
  ['ehc.amendmentNoticeSentOn', 'The date the proposed amendments were sent'],
] as const

function read(facts: TimelineFacts, path: string): unknown {
  let value: unknown = facts
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

/**
 * The facts' own logic, which a schema of shapes cannot see: dates that exist, in the range the
 * calendar covers, in the order events happen, and the facts each decision needs.
 */
export function checkFacts(facts: TimelineFacts): Problem[] {
  const problems: Problem[] = []
  if (!isDecisionId(facts.decision)) return [{ field: 'decision', message: `"${String(facts.decision)}" is not a decision this service knows` }]

  const days = new Map<string, DayNumber>()
  const checkDate = (field: string, label: string, value: unknown) => {
    if (value === undefined) return
    const z = typeof value === 'string' ? fromIso(value) : undefined
    if (z === undefined) {
      problems.push({ field, message: `${label} must be a real date in the form YYYY-MM-DD` })
      return
    }
    const { year } = civil(z)
    if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR - 1) {
      problems.push({ field, message: `${label} must be between ${FIRST_SUPPORTED_YEAR} and ${LAST_SUPPORTED_YEAR - 1}` })
      return
    }
    days.set(field, z)
  }
  checkDate('today', "Today's date", facts.today)
  for (const [field, label] of DATE_FIELDS) checkDate(field, label, read(facts, field))

  const today = days.get('today')
  if (today !== undefined) {
    for (const [field, label] of DATE_FIELDS) {
      const z = days.get(field)
      if (z !== undefined && z > today) problems.push({ field, message: `${label} cannot be after today` })
    }
  }
  const notAfter = (earlier: string, later: string, message: string) => {
    const a = days.get(earlier)
    const b = days.get(later)
    if (a !== undefined && b !== undefined && b < a) problems.push({ field: later, message })
  }
  notAfter('noticeSentOn', 'mediation.adviserInformedOn', 'You cannot have told the mediation adviser before the decision letter was sent')
  notAfter('noticeSentOn', 'mediation.laInformedOn', 'The local authority cannot have been told about mediation before the decision letter was sent')
  notAfter('noticeSentOn', 'mediation.certificateSentOn', 'The mediation certificate cannot be dated before the decision letter was sent')
  notAfter('noticeSentOn', 'mediation.concludedOn', 'Mediation cannot have ended before the decision letter was sent')
  notAfter('mediation.laInformedOn', 'mediation.concludedOn', 'Mediation cannot have ended before the local authority was told you want it')
  notAfter('mediation.adviserInformedOn', 'mediation.certificateSentOn', 'The certificate cannot be dated before you told the mediation adviser')
  notAfter('mediation.concludedOn', 'mediation.certificateSentOn', 'The certificate after mediation cannot be dated before the mediation ended')
  notAfter('ehc.requestReceivedOn', 'ehc.draftPlanServedOn', 'The draft plan cannot have been sent before the request was received')

  const decision = DECISIONS[facts.decision]
  if (decision.needsNoticeDate && facts.noticeSentOn === undefined) {
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
