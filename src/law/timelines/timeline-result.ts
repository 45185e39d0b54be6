import type { DecisionId } from '../decisions/decisions.js'
import type { RouteId } from '../routes/routes.js'
import type { Actor, PublicCitation } from './milestones.js'

// What a timeline returns. Kept apart from timeline.ts so the parts that build a timeline can
// name its shapes without importing the module that calls them.

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
