// The plan's parameters: the one list of them, in the order links are written. The plan link
// (plan-link.ts) reads them and the journey writes them; adding a parameter starts here.
//
// The plan's URL is a contract other tools build links to:
//   /plan?decision=<engine decision id>&noticeSentOn=YYYY-MM-DD&area=<area id>
//   plus appealAbout (repeated), actOn, mediation, adviserInformedOn, laInformedOn, concludedOn,
//   certificateSentOn, requestReceivedOn, reviewMeetingOn, draftPlanServedOn, amendmentNoticeSentOn,
//   today; and, from the journey, waitingFor and spokenToSchool. Unknown parameters are ignored.
//   Issue 10's facts follow (FACT_PARAMS): firstKnewOn, planMadeOn, lastReviewOn, reassessment dates,
//   transferKind/transferYear/transferOn, the Tribunal's dates, order and recommendations (yes|no),
//   complaintMadeOn, reviewPanelRequestedOn, the exclusion's dates (counted with the area's term
//   dates), the travel review's dates and discriminationBy.

import { formQuery } from '../form-query.js'

/** Dates the engine takes under `mediation`. */
export const MEDIATION_DATE_PARAMS = ['adviserInformedOn', 'laInformedOn', 'concludedOn', 'certificateSentOn'] as const
/** Dates the engine takes under `ehc`. */
export const EHC_DATE_PARAMS = ['requestReceivedOn', 'reviewMeetingOn', 'draftPlanServedOn', 'amendmentNoticeSentOn'] as const

/**
 * The later facts of a plan's life (issue 10), each with the engine field it sets. The name is the
 * engine's own where it is unique, and says its group where it is not (complaintMadeOn, transferOn).
 */
export const FACT_PARAMS = {
  firstKnewOn: 'firstKnewOn',
  planMadeOn: 'ehc.planMadeOn',
  lastReviewOn: 'ehc.lastReviewOn',
  reassessmentRequestedOn: 'ehc.reassessmentRequestedOn',
  reassessmentDecisionOn: 'ehc.reassessmentDecisionOn',
  transferKind: 'ehc.transfer.kind',
  transferYear: 'ehc.transfer.year',
  transferOn: 'ehc.transfer.on',
  lodgedOn: 'tribunal.lodgedOn',
  registeredOn: 'tribunal.registeredOn',
  hearingOn: 'tribunal.hearingOn',
  decisionSentOn: 'tribunal.decisionSentOn',
  order: 'tribunal.order',
  orderSentOn: 'tribunal.orderSentOn',
  orderMadeOn: 'tribunal.orderMadeOn',
  unopposedOn: 'tribunal.unopposedOn',
  recommendations: 'tribunal.recommendations',
  complaintMadeOn: 'complaint.madeOn',
  reviewPanelRequestedOn: 'complaint.reviewPanelRequestedOn',
  boardNotifiedOn: 'exclusion.boardNotifiedOn',
  boardDecisionNoticeOn: 'exclusion.boardDecisionNoticeOn',
  applicationPostedOn: 'exclusion.applicationPostedOn',
  applicationDeliveredOn: 'exclusion.applicationDeliveredOn',
  stage1RequestedOn: 'transport.stage1RequestedOn',
  stage1DecisionOn: 'transport.stage1DecisionOn',
  stage2RequestedOn: 'transport.stage2RequestedOn',
  discriminationBy: 'discriminationBy',
} as const
export type FactParam = keyof typeof FACT_PARAMS
/** The fact parameters that are not dates: their values are checked in plan-link.ts. */
export const FACT_CHOICE_PARAMS = ['transferKind', 'transferYear', 'order', 'recommendations', 'discriminationBy'] as const
type FactDateParam = Exclude<FactParam, (typeof FACT_CHOICE_PARAMS)[number]>

/** The date parameters, each with the words used for it in messages. */
export const DATE_PARAMS = {
  noticeSentOn: 'The date on the decision letter',
  actOn: 'The date it happened',
  adviserInformedOn: 'The date you told the mediation adviser',
  laInformedOn: 'The date the council was told you want mediation',
  concludedOn: 'The date the mediation finished',
  certificateSentOn: 'The date on the mediation certificate',
  requestReceivedOn: 'The date the council got the request for an assessment',
  reviewMeetingOn: 'The date of the annual review meeting',
  draftPlanServedOn: 'The date the draft plan was sent',
  amendmentNoticeSentOn: 'The date the proposed changes to the plan were sent',
  firstKnewOn: 'The date you first knew about the problem',
  planMadeOn: 'The date the EHC plan was made',
  lastReviewOn: 'The date the plan was last reviewed',
  reassessmentRequestedOn: 'The date the re-assessment was asked for',
  reassessmentDecisionOn: 'The date the council decided to re-assess',
  transferOn: 'The date of the move to the new school or college',
  lodgedOn: 'The date the appeal was sent to the Tribunal',
  registeredOn: 'The date on the registration letter',
  hearingOn: 'The hearing date',
  decisionSentOn: "The date the Tribunal's decision was sent",
  orderSentOn: "The date the Tribunal's order was sent",
  orderMadeOn: "The date on the Tribunal's order",
  unopposedOn: 'The date the council said it would not oppose the appeal',
  complaintMadeOn: 'The date you made the complaint',
  reviewPanelRequestedOn: 'The date you asked for a review panel',
  boardNotifiedOn: 'The date the governing board was told of the exclusion',
  boardDecisionNoticeOn: "The date you were told of the governing board's decision",
  applicationPostedOn: 'The date you posted the application for a review panel',
  applicationDeliveredOn: 'The date you delivered the application for a review panel',
  stage1RequestedOn: 'The date you asked for a stage 1 review',
  stage1DecisionOn: 'The date of the stage 1 decision',
  stage2RequestedOn: 'The date you asked for stage 2',
  today: "Today's date",
} as const
// Every mediation and EHC date has its words (the compiler checks).
const _everyDateHasWords: Record<(typeof MEDIATION_DATE_PARAMS)[number] | (typeof EHC_DATE_PARAMS)[number] | FactDateParam, string> = DATE_PARAMS
export type DateParam = keyof typeof DATE_PARAMS

// Issue 10, added by the journey (the wire branch adds the same inputs; merge duplicates):
// who is asking, the plan's later life, an appeal already made, travel and exclusion reviews.
// Each is the engine's field of the same name in its group (ENGINE_FIELDS); `who` is not a fact.
/** Who is asking: `young-person` for a young person (16 to 25) in their own name; absent for a parent or carer. */
export const ASKER_VALUES = ['parent', 'young-person'] as const
export const ENGINE_FIELDS = {
  planMadeOn: 'ehc.planMadeOn',
  lastReviewOn: 'ehc.lastReviewOn',
  transferKind: 'ehc.transfer.kind',
  transferOn: 'ehc.transfer.on',
  lodgedOn: 'tribunal.lodgedOn',
  registeredOn: 'tribunal.registeredOn',
  hearingOn: 'tribunal.hearingOn',
  unopposedOn: 'tribunal.unopposedOn',
  order: 'tribunal.order',
  orderSentOn: 'tribunal.orderSentOn',
  boardDecisionNoticeOn: 'exclusion.boardDecisionNoticeOn',
  stage1RequestedOn: 'transport.stage1RequestedOn',
  stage1DecisionOn: 'transport.stage1DecisionOn',
  stage2RequestedOn: 'transport.stage2RequestedOn',
} as const
export const ISSUE_10_PARAMS = ['who', ...(Object.keys(ENGINE_FIELDS) as (keyof typeof ENGINE_FIELDS)[])] as const

/** Every parameter, in the order links are written. `appealAbout` is the only one that repeats. */
export const PLAN_PARAMS = [
  'decision',
  'noticeSentOn',
  'area',
  'appealAbout',
  'actOn',
  'mediation',
  ...MEDIATION_DATE_PARAMS,
  ...EHC_DATE_PARAMS,
  ...(Object.keys(FACT_PARAMS) as FactParam[]),
  'waitingFor',
  'spokenToSchool',
  'today',
  // Who is asking; the rest of ISSUE_10_PARAMS are already among FACT_PARAMS.
  'who',
] as const
export type PlanParam = (typeof PLAN_PARAMS)[number]

/**
 * The parameters that are journey answers of the same name, so a plan link goes back into the
 * journey with what it knows. The rest the journey works out itself: the decision and what is
 * awaited from its "what happened" answers, the area matched to its list, the parts of the plan
 * as a list, mediation from the mediation dates, and who is asking from its own question.
 */
const ANSWERED_OTHERWISE = ['decision', 'area', 'appealAbout', 'mediation', 'waitingFor', 'who'] as const
export const SAME_NAME_ANSWERS = PLAN_PARAMS.filter((p) => !(ANSWERED_OTHERWISE as readonly string[]).includes(p))

export const SINGLE_PARAMS = PLAN_PARAMS.filter((p) => p !== 'appealAbout')

export type PlanParamValues = Partial<Record<PlanParam, string | readonly string[] | undefined>>

/** A plan's query string from its values, in the contract's order; empty values are left out. */
export function planQueryString(values: PlanParamValues): string {
  const pairs: [string, string][] = []
  for (const key of PLAN_PARAMS) {
    const v = values[key]
    if (v === undefined) continue
    for (const one of typeof v === 'string' ? [v] : v) if (one !== '') pairs.push([key, one])
  }
  return formQuery(pairs)
}
