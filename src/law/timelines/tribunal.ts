import type { DayNumber } from '../calendar/day-number.js'
import { addTribunalDays, addTribunalWorkingDays } from '../calendar/tribunal-days.js'
import type { AppealAbout, DecisionId } from '../decisions/decisions.js'
import { addWeeks } from '../periods/periods.js'
import { dayOf, type Milestones } from './milestone-list.js'
import { ORDER_MILESTONES as O, TRIBUNAL_MILESTONES as T, type TribunalOrder } from './milestones-tribunal.js'
import type { TribunalStage } from './timeline-result.js'
import type { TimelineFacts } from './timeline-facts.js'

/** Appeals in which the Tribunal may recommend on health and social care: CFA s.51(2)(b)-(f) (SI 2017/1306). */
export const RECOMMENDATION_DECISIONS: readonly DecisionId[] = ['refuse-plan', 'plan-contents', 'refuse-reassessment', 'refuse-amend', 'cease-plan']

type Step = keyof typeof O

/** The limits for what was ordered (reg 44(2)) or conceded (reg 45), as [step, weeks]; 0 weeks is "immediately". */
const STEPS: Record<TribunalOrder, readonly (readonly [Step, number])[]> = {
  assess: [['assessmentNotice', 2], ['noPlanNotice', 10], ['finalPlanAfterAssessment', 14]],
  'make-plan': [['draftPlan', 5], ['finalPlanAfterDraft', 11]],
  'amend-plan': [['amendedPlan', 5]],
  'name-school': [['schoolNamed', 2]],
  'continue-plan': [['planContinues', 0]],
  'cease-plan': [['planCeases', 0]],
}

/** What an unopposed appeal concedes follows from what was appealed (reg 45 as substituted by SI 2015/359 reg 8). */
export function concededBy(decision: DecisionId, appealAbout: readonly AppealAbout[]): TribunalOrder | undefined {
  switch (decision) {
    case 'refuse-assessment':
    case 'refuse-reassessment':
      return 'assess'
    case 'refuse-plan':
      return 'make-plan'
    case 'refuse-amend':
      return 'amend-plan'
    case 'cease-plan':
      return 'continue-plan'
    case 'plan-contents':
      return appealAbout.some((p) => p === 'needs' || p === 'provision') ? 'amend-plan' : 'name-school'
    default:
      return undefined
  }
}

const STAGES: readonly Omit<TribunalStage, 'milestoneId'>[] = [
  { stage: 'registration', title: 'The Tribunal registers your appeal', whatYouDo: 'Read the registration letter: it gives the dates for everything else.' },
  { stage: 'response', title: "The local authority's response", whatYouDo: 'Read it when it comes and note what the local authority disagrees with.' },
  { stage: 'evidence', title: 'Evidence', whatYouDo: 'Send any further evidence by the date in the registration letter, copied to the local authority.' },
  { stage: 'attendance-form', title: 'Attendance form', whatYouDo: 'Tell the Tribunal who will come to the hearing, including witnesses, by the date it gives.' },
  { stage: 'hearing', title: 'The hearing', whatYouDo: 'Go to the hearing with the people named on your attendance form.' },
  { stage: 'decision', title: 'The decision', whatYouDo: 'Read the decision and what the local authority must now do, and by when.' },
  { stage: 'permission-to-appeal', title: 'Asking to appeal further', whatYouDo: 'Only if the Tribunal got the law wrong: ask it for permission to appeal.' },
]
const STAGE_MILESTONES: Partial<Record<TribunalStage['stage'], readonly string[]>> = {
  registration: ['tribunal-registered', 'tribunal-registration-expected'],
  response: ['la-response-due'],
  hearing: ['hearing'],
  decision: ['tribunal-decision-sent'],
  'permission-to-appeal': ['permission-to-appeal-by'],
}

/** The Tribunal's stages after an appeal is lodged, then the limits for carrying out its decision. */
export function addTribunal(out: Milestones, t: NonNullable<TimelineFacts['tribunal']>, decision: DecisionId, appealAbout: readonly AppealAbout[]): TribunalStage[] {
  const lodged = dayOf(t.lodgedOn)
  const unopposed = dayOf(t.unopposedOn)
  const decided = dayOf(t.decisionSentOn)
  const ended = unopposed !== undefined || decided !== undefined
  if (lodged !== undefined) out.add(T.lodged, lodged)
  let registered = dayOf(t.registeredOn)
  if (registered !== undefined) out.add(T.registered, registered)
  else if (lodged !== undefined && !ended) {
    registered = addTribunalWorkingDays(lodged, 10)
    out.add(T.registrationExpected, registered, undefined, lodged, 'set-by-tribunal')
  }
  if (registered !== undefined && !ended) out.add(T.responseDue, addTribunalWorkingDays(registered, 30), undefined, registered, 'set-by-tribunal')
  const hearing = dayOf(t.hearingOn)
  if (hearing !== undefined) out.add(T.hearing, hearing)
  else if (registered !== undefined && !ended) out.add(T.hearingExpected, addWeeks(registered, 12), undefined, undefined, 'set-by-tribunal')
  if (decided !== undefined) {
    out.add(T.decisionSent, decided)
    out.add(T.permissionToAppealBy, addTribunalDays(decided, 28), undefined, decided)
    if (RECOMMENDATION_DECISIONS.includes(decision) && (t.recommendations === true || appealAbout.includes('health-social-care'))) {
      out.add(T.recommendationsResponseDue, addWeeks(decided, 5))
    }
  }
  // Reg 44 counts from the order being made; the date on the order is used, or the day it was sent.
  const orderDate = dayOf(t.orderMadeOn) ?? dayOf(t.orderSentOn)
  if (t.order !== undefined && orderDate !== undefined) addSteps(out, t.order, orderDate, 'order')
  const conceded = concededBy(decision, appealAbout)
  if (unopposed !== undefined && conceded !== undefined) addSteps(out, conceded, unopposed, 'unopposed')

  if (lodged === undefined && registered === undefined && hearing === undefined && decided === undefined) return []
  const ids = new Set(out.list.map((m) => m.id))
  return STAGES.map((s) => {
    const id = STAGE_MILESTONES[s.stage]?.find((i) => ids.has(i))
    // Written out rather than spread and extended, which is slow on Node 20.
    return id === undefined ? { ...s } : { stage: s.stage, title: s.title, whatYouDo: s.whatYouDo, milestoneId: id }
  })
}

function addSteps(out: Milestones, what: TribunalOrder, from: DayNumber, as: 'order' | 'unopposed') {
  for (const [step, weeks] of STEPS[what]) {
    // A cease order has no unopposed form: a council that does not oppose keeps the plan.
    if (as === 'unopposed' && step === 'planCeases') continue
    out.add(O[step][as], addWeeks(from, weeks))
  }
}
