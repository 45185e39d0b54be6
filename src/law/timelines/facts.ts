import { APPEAL_ABOUT, DECISIONS, isDecisionId } from '../decisions/decisions.js'
import { checkDate, type Problem } from './check-date.js'
import { checkLifecycle } from './facts-lifecycle.js'

// The facts a timeline is worked out from live here, beside the checks on them, so that
// timeline.ts imports facts.ts and never the other way round.

export type { MediationChoice, TimelineFacts } from './timeline-facts.js'
import type { TimelineFacts } from './timeline-facts.js'

export type { Problem } from './check-date.js'

type DateField = { field: string; label: string; get: (f: TimelineFacts) => unknown; future?: true }

// Every date a timeline can be given, in the order events usually happen.
const DATE_FIELDS: readonly DateField[] = [
  { field: 'noticeSentOn', label: 'The date the decision letter was sent', get: (f) => f.noticeSentOn },
  { field: 'actOn', label: 'The date it happened', get: (f) => f.actOn },
  { field: 'firstKnewOn', label: 'The date you first knew about the problem', get: (f) => f.firstKnewOn },
  { field: 'mediation.adviserInformedOn', label: 'The date you told the mediation adviser', get: (f) => f.mediation?.adviserInformedOn },
  { field: 'mediation.laInformedOn', label: 'The date the local authority was told you want mediation', get: (f) => f.mediation?.laInformedOn },
  { field: 'mediation.concludedOn', label: 'The date mediation ended', get: (f) => f.mediation?.concludedOn },
  { field: 'mediation.certificateSentOn', label: 'The date on the mediation certificate', get: (f) => f.mediation?.certificateSentOn },
  { field: 'ehc.requestReceivedOn', label: 'The date the local authority received the request', get: (f) => f.ehc?.requestReceivedOn },
  { field: 'ehc.draftPlanServedOn', label: 'The date the draft plan was sent', get: (f) => f.ehc?.draftPlanServedOn },
  { field: 'ehc.reviewMeetingOn', label: 'The date of the review meeting', get: (f) => f.ehc?.reviewMeetingOn },
  { field: 'ehc.amendmentNoticeSentOn', label: 'The date the proposed amendments were sent', get: (f) => f.ehc?.amendmentNoticeSentOn },
  { field: 'ehc.planMadeOn', label: 'The date the EHC plan was made', get: (f) => f.ehc?.planMadeOn },
  { field: 'ehc.lastReviewOn', label: 'The date the plan was last reviewed', get: (f) => f.ehc?.lastReviewOn },
  { field: 'ehc.reassessmentRequestedOn', label: 'The date the re-assessment was asked for', get: (f) => f.ehc?.reassessmentRequestedOn },
  { field: 'ehc.reassessmentDecisionOn', label: 'The date the local authority decided to re-assess', get: (f) => f.ehc?.reassessmentDecisionOn },
  { field: 'ehc.transfer.on', label: 'The date of the move', get: (f) => f.ehc?.transfer?.on, future: true },
  { field: 'tribunal.lodgedOn', label: 'The date the appeal was sent to the Tribunal', get: (f) => f.tribunal?.lodgedOn },
  { field: 'tribunal.registeredOn', label: 'The date on the registration letter', get: (f) => f.tribunal?.registeredOn },
  { field: 'tribunal.hearingOn', label: 'The hearing date', get: (f) => f.tribunal?.hearingOn, future: true },
  { field: 'tribunal.decisionSentOn', label: "The date the Tribunal's decision was sent", get: (f) => f.tribunal?.decisionSentOn },
  { field: 'tribunal.orderMadeOn', label: "The date on the Tribunal's order", get: (f) => f.tribunal?.orderMadeOn },
  { field: 'tribunal.orderSentOn', label: "The date the Tribunal's order was sent", get: (f) => f.tribunal?.orderSentOn },
  { field: 'tribunal.unopposedOn', label: 'The date the local authority told the Tribunal it would not oppose the appeal', get: (f) => f.tribunal?.unopposedOn },
  { field: 'complaint.madeOn', label: 'The date you made the complaint', get: (f) => f.complaint?.madeOn },
  { field: 'complaint.reviewPanelRequestedOn', label: 'The date you asked for a review panel', get: (f) => f.complaint?.reviewPanelRequestedOn },
  { field: 'exclusion.boardNotifiedOn', label: 'The date the governing board was told of the exclusion', get: (f) => f.exclusion?.boardNotifiedOn },
  { field: 'exclusion.boardDecisionNoticeOn', label: "The date you were told in writing of the board's decision", get: (f) => f.exclusion?.boardDecisionNoticeOn },
  { field: 'exclusion.applicationPostedOn', label: 'The date you posted the application for a review panel', get: (f) => f.exclusion?.applicationPostedOn },
  { field: 'exclusion.applicationDeliveredOn', label: 'The date you delivered the application for a review panel', get: (f) => f.exclusion?.applicationDeliveredOn },
  { field: 'transport.stage1RequestedOn', label: 'The date you asked for a stage 1 review', get: (f) => f.transport?.stage1RequestedOn },
  { field: 'transport.stage1DecisionOn', label: 'The date of the stage 1 decision', get: (f) => f.transport?.stage1DecisionOn },
  { field: 'transport.stage2RequestedOn', label: 'The date you asked for stage 2', get: (f) => f.transport?.stage2RequestedOn },
]

// Pairs of events that cannot happen the wrong way round: [earlier, later, message].
const ORDER: readonly [string, string, string][] = [
  ['actOn', 'firstKnewOn', 'You cannot have first known about it before it happened'],
  ['noticeSentOn', 'mediation.adviserInformedOn', 'You cannot have told the mediation adviser before the decision letter was sent'],
  ['noticeSentOn', 'mediation.laInformedOn', 'The local authority cannot have been told about mediation before the decision letter was sent'],
  ['noticeSentOn', 'mediation.certificateSentOn', 'The mediation certificate cannot be dated before the decision letter was sent'],
  ['noticeSentOn', 'mediation.concludedOn', 'Mediation cannot have ended before the decision letter was sent'],
  ['mediation.laInformedOn', 'mediation.concludedOn', 'Mediation cannot have ended before the local authority was told you want it'],
  ['mediation.adviserInformedOn', 'mediation.certificateSentOn', 'The certificate cannot be dated before you told the mediation adviser'],
  ['mediation.concludedOn', 'mediation.certificateSentOn', 'The certificate after mediation cannot be dated before the mediation ended'],
  ['ehc.requestReceivedOn', 'ehc.draftPlanServedOn', 'The draft plan cannot have been sent before the request was received'],
  ['ehc.planMadeOn', 'ehc.lastReviewOn', 'The plan cannot have been reviewed before it was made'],
  ['ehc.reviewMeetingOn', 'ehc.amendmentNoticeSentOn', 'The proposed amendments cannot have been sent before the review meeting'],
  ['ehc.reassessmentRequestedOn', 'ehc.reassessmentDecisionOn', 'The local authority cannot have decided to re-assess before it was asked'],
  ['tribunal.lodgedOn', 'tribunal.registeredOn', 'The appeal cannot have been registered before it was sent'],
  ['tribunal.lodgedOn', 'tribunal.unopposedOn', 'The local authority cannot have conceded an appeal before it was sent'],
  ['tribunal.lodgedOn', 'tribunal.decisionSentOn', 'The decision cannot have been sent before the appeal was sent'],
  ['tribunal.orderMadeOn', 'tribunal.orderSentOn', 'The order cannot have been sent before the date on it'],
  ['complaint.madeOn', 'complaint.reviewPanelRequestedOn', 'You cannot have asked for a review panel before making the complaint'],
  ['exclusion.boardNotifiedOn', 'exclusion.boardDecisionNoticeOn', "The board's decision cannot come before the board was told of the exclusion"],
  ['exclusion.boardDecisionNoticeOn', 'exclusion.applicationPostedOn', "The application cannot have been posted before you were told of the board's decision"],
  ['exclusion.boardDecisionNoticeOn', 'exclusion.applicationDeliveredOn', "The application cannot have been delivered before you were told of the board's decision"],
  ['noticeSentOn', 'transport.stage1RequestedOn', 'You cannot have asked for a review before the decision letter was sent'],
  ['transport.stage1RequestedOn', 'transport.stage1DecisionOn', 'The stage 1 decision cannot come before you asked for the review'],
  ['transport.stage1DecisionOn', 'transport.stage2RequestedOn', 'You cannot have asked for stage 2 before the stage 1 decision'],
]

type Group = 'top' | 'mediation' | 'ehc' | 'tribunal' | 'complaint' | 'exclusion' | 'transport'
type IndexedField = DateField & { index: number }
type IndexedOrder = readonly [number, number, string, string]
interface GroupChecks {
  fields: IndexedField[]
  /** The order checks whose later event is in this group. */
  order: IndexedOrder[]
}

const groupOf = (field: string): Group => (field.includes('.') ? (field.slice(0, field.indexOf('.')) as Group) : 'top')
const indexOf = (field: string): number => {
  const i = DATE_FIELDS.findIndex((d) => d.field === field)
  if (i < 0) throw new Error(`unknown date field ${field}`)
  return i
}
const BY_GROUP: Record<Group, GroupChecks> = { top: { fields: [], order: [] }, mediation: { fields: [], order: [] }, ehc: { fields: [], order: [] }, tribunal: { fields: [], order: [] }, complaint: { fields: [], order: [] }, exclusion: { fields: [], order: [] }, transport: { fields: [], order: [] } }
DATE_FIELDS.forEach((d, index) => BY_GROUP[groupOf(d.field)].fields.push({ ...d, index }))
for (const [earlier, later, message] of ORDER) BY_GROUP[groupOf(later)].order.push([indexOf(earlier), indexOf(later), message, later])
const DAYS = new Float64Array(DATE_FIELDS.length)

function checkGroup(problems: Problem[], days: Float64Array, today: number | undefined, facts: TimelineFacts, group: GroupChecks) {
  for (const { index, field, label, get, future } of group.fields) {
    const z = checkDate(problems, field, label, get(facts))
    if (z === undefined) continue
    days[index] = z
    if (!future && today !== undefined && z > today) problems.push({ field, message: `${label} cannot be after today` })
  }
  for (const [earlier, later, message, field] of group.order) {
    if (days[later]! < days[earlier]!) problems.push({ field, message })
  }
}

/**
 * The facts' own logic, which a schema of shapes cannot see: dates that exist, in the range the
 * calendar covers, in the order events happen, and the facts each decision needs.
 */
export function checkFacts(facts: TimelineFacts): Problem[] {
  const problems: Problem[] = []
  if (!isDecisionId(facts.decision)) return [{ field: 'decision', message: `"${String(facts.decision)}" is not a decision this service knows` }]

  const today = checkDate(problems, 'today', "Today's date", facts.today)
  // Day numbers by field index; NaN (absent) makes every comparison false. The buffer is reused:
  // this function is synchronous and never re-entered, and allocating it was a large part of its cost.
  const days = DAYS.fill(NaN)
  checkGroup(problems, days, today, facts, BY_GROUP.top)
  // Most facts leave most groups out: skip them with plain property reads.
  if (facts.mediation !== undefined) checkGroup(problems, days, today, facts, BY_GROUP.mediation)
  if (facts.ehc !== undefined) checkGroup(problems, days, today, facts, BY_GROUP.ehc)
  if (facts.tribunal !== undefined) checkGroup(problems, days, today, facts, BY_GROUP.tribunal)
  if (facts.complaint !== undefined) checkGroup(problems, days, today, facts, BY_GROUP.complaint)
  if (facts.exclusion !== undefined) checkGroup(problems, days, today, facts, BY_GROUP.exclusion)
  if (facts.transport !== undefined) checkGroup(problems, days, today, facts, BY_GROUP.transport)

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
  checkLifecycle(problems, facts)
  const m = facts.mediation
  if (m?.choice === 'certificate-only') {
    if (m.laInformedOn !== undefined) problems.push({ field: 'mediation.laInformedOn', message: 'You chose not to mediate, so leave out the date the local authority was told you want mediation' })
    if (m.concludedOn !== undefined) problems.push({ field: 'mediation.concludedOn', message: 'You chose not to mediate, so there is no date mediation ended' })
  }
  return problems
}
