import { cite, publicCitation } from '../citations.js'
import { fromIso } from '../calendar/day-number.js'
import { DECISIONS, type AppealAbout, type DecisionId, isAppealable, isMediationAdviceRequired } from '../decisions/decisions.js'
import { routesFor, type RouteId, type RoutePlanOptions } from '../routes/routes.js'
import { addAppealMilestones } from './appeal.js'
import { addActDeadlines } from './complaints.js'
import { addExclusion } from './exclusion.js'
import { checkFacts, type Problem } from './facts.js'
import { addEhcTimescales } from './lifecycle.js'
import { Milestones } from './milestone-list.js'
import { PLAN_CONTINUES_CITATIONS } from './milestones-lifecycle.js'
import type { TribunalOrder } from './milestones-tribunal.js'
import type { Actor, PublicCitation } from './milestones.js'
import { addTransport } from './transport.js'
import { addTribunal } from './tribunal.js'

export type { Actor } from './milestones.js'
export type { TribunalOrder } from './milestones-tribunal.js'
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

export type MilestoneStatus = 'passed' | 'due-today' | 'upcoming'

/** Why a date is provisional: unconfirmed bank holidays, a certificate not yet issued, or a date the Tribunal will set. */
export type ProvisionalReason = 'unconfirmed-bank-holidays' | 'certificate-due' | 'certificate-overdue' | 'mediation-not-concluded' | 'set-by-tribunal'

export interface Milestone {
  id: string
  date: string
  title: string
  explanation: string
  actor: Actor
  status: MilestoneStatus
  citations: readonly PublicCitation[]
  /** Present and true when the date may still change; `provisionalReason` says why. */
  provisional?: boolean
  provisionalReason?: ProvisionalReason
}

/** A mediation certificate the family is waiting for, after contacting the adviser in time. */
export interface PendingCertificate {
  state: 'due' | 'overdue' | 'mediation-not-concluded'
  /** The last day the adviser may send it (not present while mediation has not ended). */
  expectedOn?: string
  /** True when the certificate is late: the plan offers a letter chasing it. */
  chaseCertificate: boolean
  explanation: string
  citations: readonly PublicCitation[]
}

/** One stage of an appeal after it is lodged; `milestoneId` names its dated milestone, if there is one. */
export interface TribunalStage {
  stage: 'registration' | 'response' | 'evidence' | 'attendance-form' | 'hearing' | 'decision' | 'permission-to-appeal'
  title: string
  whatYouDo: string
  milestoneId?: string
}

export interface Timeline {
  decision: DecisionId
  appealable: boolean
  mediationAdviceRequired: boolean
  routes: readonly { id: RouteId; title: string; summary: string; citations: readonly PublicCitation[] }[]
  closedRoutes: readonly { id: RouteId; reason: string; citations: readonly PublicCitation[] }[]
  milestones: Milestone[]
  /** Present when the last day to appeal has passed: what the Tribunal can still do. */
  lateAppeal?: { explanation: string; citations: readonly PublicCitation[] }
  /** Present while a certificate is due, overdue or awaited after mediation: the appeal deadline is then provisional. */
  pendingCertificate?: PendingCertificate
  /** Present for a decision to cease a plan: the plan stays until the appeal time passes or the appeal is decided. */
  planContinues?: { explanation: string; citations: readonly PublicCitation[] }
  /** Present once an appeal is lodged: the Tribunal's stages in order. */
  tribunalStages?: TribunalStage[]
  /** Present for an exclusion counted in school days: academies may have other term dates. */
  schoolDaysNote?: { explanation: string; citations: readonly PublicCitation[] }
}

export class TimelineFactsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '))
  }
}

const PLAN_CONTINUES = Object.freeze({
  explanation:
    'The plan stays in place, and the support in it must still be given, until the time to appeal has passed or, if you appeal, until the appeal is decided or withdrawn.',
  citations: Object.freeze(PLAN_CONTINUES_CITATIONS.map(publicCitation)),
})

const SCHOOL_DAYS_NOTE = Object.freeze({
  explanation:
    "These dates count school days from the school's term dates. Academies and some other schools set their own term dates, so check them with the school.",
  citations: Object.freeze([cite('School Discipline Regs 2012', 'reg 2', 'S', '"School day" means a day the school has a session; definition not read in full')].map(publicCitation)),
})

const planCache = new Map<string, Pick<Timeline, 'routes' | 'closedRoutes'>>()

const NOTHING = Object.freeze({})

/** The routes part depends only on the decision, appealAbout and who discriminated, so it is built once per key and shared (frozen). */
function routesPart(decision: DecisionId, appealAbout: readonly AppealAbout[], by: RoutePlanOptions['discriminationBy']) {
  const key = appealAbout.length === 0 && by === undefined ? decision : `${decision}:${[...appealAbout].sort().join(',')}:${by ?? ''}`
  let part = planCache.get(key)
  if (!part) {
    const plan = routesFor(decision, appealAbout, by === undefined ? {} : { discriminationBy: by })
    part = Object.freeze({
      routes: Object.freeze(plan.open.map((r) => Object.freeze({ id: r.id, title: r.title, summary: r.summary, citations: Object.freeze(r.citations.map(publicCitation)) }))),
      closedRoutes: Object.freeze(plan.closed.map((r) => Object.freeze({ id: r.id, reason: r.reason, citations: Object.freeze(r.citations.map(publicCitation)) }))),
    })
    planCache.set(key, part)
  }
  return part
}

/** Works out every dated milestone the facts allow, with what it means, who acts and why. Pure. */
export function computeTimeline(facts: TimelineFacts): Timeline {
  const problems = checkFacts(facts)
  if (problems.length > 0) throw new TimelineFactsError(problems)

  const today = fromIso(facts.today)!
  const appealAbout = facts.appealAbout ?? []
  const decision = facts.decision
  const appealable = isAppealable(decision, appealAbout)
  const adviceRequired = isMediationAdviceRequired(decision, appealAbout)
  const out = new Milestones(today)
  const notice = facts.noticeSentOn === undefined ? undefined : fromIso(facts.noticeSentOn)

  let late: Pick<Timeline, 'lateAppeal' | 'pendingCertificate'> = NOTHING
  if (notice !== undefined && decision !== 'transport') late = addAppealMilestones(out, facts, { notice, appealable, adviceRequired })
  if (decision === 'transport') addTransport(out, facts)
  addActDeadlines(out, facts, decision)
  if (facts.ehc) addEhcTimescales(out, facts.ehc)
  let stages: TribunalStage[] | undefined
  if (facts.tribunal) {
    stages = addTribunal(out, facts.tribunal, decision, appealAbout)
    // An appeal lodged in time needs no extension, so the late-appeal text no longer applies.
    const deadline = out.list.find((m) => m.id === 'appeal-deadline')
    if (late.lateAppeal && facts.tribunal.lodgedOn !== undefined && deadline !== undefined && facts.tribunal.lodgedOn <= deadline.date) late = NOTHING
  }
  if (facts.exclusion) {
    const tooShort = addExclusion(out, facts.exclusion)
    if (tooShort.length > 0) throw new TimelineFactsError(tooShort)
  }

  out.list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const part = routesPart(decision, appealAbout, facts.discriminationBy)
  const timeline: Timeline = {
    decision,
    appealable,
    mediationAdviceRequired: adviceRequired,
    routes: part.routes,
    closedRoutes: part.closedRoutes,
    milestones: out.list,
  }
  if (late.lateAppeal) timeline.lateAppeal = late.lateAppeal
  if (late.pendingCertificate) timeline.pendingCertificate = late.pendingCertificate
  if (decision === 'cease-plan') timeline.planContinues = PLAN_CONTINUES
  if (stages !== undefined && stages.length > 0) timeline.tribunalStages = stages
  if (facts.exclusion) timeline.schoolDaysNote = SCHOOL_DAYS_NOTE
  return timeline
}

/** The decision's own citations, for pages that explain what the decision is. */
export const decisionCitations = (decision: DecisionId) => DECISIONS[decision].citations.map(publicCitation)
