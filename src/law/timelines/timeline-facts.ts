import type { AppealAbout, DecisionId } from '../decisions/decisions.js'
import type { TribunalOrder } from './milestones-tribunal.js'

// The facts a timeline is worked out from: a type only, so every part of the engine can name it
// without importing the modules that check or use it.

export type MediationChoice = 'mediation' | 'certificate-only'

/** The facts known so far. Dates are ISO YYYY-MM-DD strings; checkFacts says what is wrong with them. */
export interface TimelineFacts {
  decision: DecisionId
  noticeSentOn?: string
  actOn?: string
  /** The day the family first knew of the matter: both Ombudsmen count from it (LGA 1974 s.26B; HSCA 1993 s.9(4)). */
  firstKnewOn?: string
  appealAbout?: AppealAbout[]
  mediation?: {
    choice: MediationChoice
    adviserInformedOn?: string
    laInformedOn?: string
    concludedOn?: string
    certificateSentOn?: string
  }
  /** The EHC process dates the family knows, for the "still waiting" timescales and the plan's later life. */
  ehc?: {
    requestReceivedOn?: string
    draftPlanServedOn?: string
    planMadeOn?: string
    lastReviewOn?: string
    reviewMeetingOn?: string
    amendmentNoticeSentOn?: string
    reassessmentRequestedOn?: string
    reassessmentDecisionOn?: string
    /** A move between phases (`year`, or the date `on`), or another post-16 move (`on`, reg 18(2)). */
    transfer?: { kind: 'secondary-to-post-16' | 'other' | 'post-16-other'; year?: number; on?: string }
  }
  /** After an appeal is lodged. */
  tribunal?: {
    lodgedOn?: string
    registeredOn?: string
    /** Set by the Tribunal, so it may be in the future. */
    hearingOn?: string
    decisionSentOn?: string
    /** What the Tribunal ordered (SEND Regs reg 44(2)). */
    order?: TribunalOrder
    orderSentOn?: string
    /** The date on the order, where it differs from the day it was sent: reg 44 counts from the order being made. */
    orderMadeOn?: string
    /** The day the local authority told the Tribunal it would not oppose the appeal (reg 45). */
    unopposedOn?: string
    /** Whether the family asked for health and social care recommendations (SI 2017/1306). */
    recommendations?: boolean
  }
  /** A children's social care complaint under the Children Act 1989 s.26 procedure. */
  complaint?: { madeOn?: string; reviewPanelRequestedOn?: string }
  /** An exclusion: the school's term dates come from the caller, since the law cannot know them. */
  exclusion?: {
    termDates?: { from: string; to: string }[]
    closedDays?: string[]
    boardNotifiedOn?: string
    boardDecisionNoticeOn?: string
    applicationPostedOn?: string
    applicationDeliveredOn?: string
  }
  /** Home-to-school travel: the dates of the two-stage review. */
  transport?: { stage1RequestedOn?: string; stage1DecisionOn?: string; stage2RequestedOn?: string }
  /** Who discriminated, for decision "disability-discrimination": a school (the Tribunal) or a college or council (the County Court). */
  discriminationBy?: 'school' | 'college' | 'local authority'
  /** The law has no clock: the caller says what day it is. */
  today: string
}
