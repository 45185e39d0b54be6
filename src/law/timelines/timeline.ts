import { publicCitation } from '../citations.js'
import { civil, dayNumber, fromIso, toIso, type DayNumber } from '../calendar/day-number.js'
import { isProvisionalYear } from '../calendar/bank-holidays.js'
import { addWorkingDays } from '../calendar/working-days.js'
import { DECISIONS, type AppealAbout, type DecisionId, isAppealable, isMediationAdviceRequired } from '../decisions/decisions.js'
import { addDays, addMonths, addWeeks, lastDayOfDaysBeginningWith, lastDayOfMonthsStartingWith } from '../periods/periods.js'
import { routesFor, type RouteId } from '../routes/routes.js'
import { appealDeadline } from './appeal-deadline.js'
import { formatDate, formatDateWithDay } from './format.js'
import { checkFacts, type Problem, type TimelineFacts } from './facts.js'
import { LATE_APPEAL, MILESTONES, type Actor, type MilestoneKind, type PublicCitation } from './milestones.js'

export type { Actor } from './milestones.js'
export type { MediationChoice, TimelineFacts } from './facts.js'

export type MilestoneStatus = 'passed' | 'due-today' | 'upcoming'

export interface Milestone {
  id: string
  date: string
  title: string
  explanation: string
  actor: Actor
  status: MilestoneStatus
  citations: readonly PublicCitation[]
  /** Present and true when a date depends on bank holidays GOV.UK has not yet confirmed. */
  provisional?: boolean
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
}

export class TimelineFactsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '))
  }
}

const FIVE_PM_NOTE = 'To be safe, make sure it arrives by 5pm: the Tribunal rules may set a 5pm cut-off (not yet checked).'

/** Collects milestones with their status against today. */
class Milestones {
  readonly list: Milestone[] = []
  constructor(private readonly today: DayNumber) {}

  add(kind: MilestoneKind, date: DayNumber, explanation = kind.explanation, workingDaysFrom?: DayNumber) {
    const m: Milestone = {
      id: kind.id,
      date: toIso(date),
      title: kind.title,
      explanation,
      actor: kind.actor,
      status: date < this.today ? 'passed' : date === this.today ? 'due-today' : 'upcoming',
      citations: kind.citations,
    }
    // Only dates counted in working days depend on the bank-holiday list.
    if (workingDaysFrom !== undefined && (isProvisionalYear(civil(workingDaysFrom).year) || isProvisionalYear(civil(date).year))) {
      m.provisional = true
    }
    this.list.push(m)
  }
}

const planCache = new Map<string, Pick<Timeline, 'routes' | 'closedRoutes'>>()

/** The routes part depends only on the decision and appealAbout, so it is built once per pair and shared (frozen). */
function routesPart(decision: DecisionId, appealAbout: readonly AppealAbout[]) {
  const key = appealAbout.length === 0 ? decision : `${decision}:${[...appealAbout].sort().join(',')}`
  let part = planCache.get(key)
  if (!part) {
    const plan = routesFor(decision, appealAbout)
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
  const m = facts.mediation
  const notice = facts.noticeSentOn === undefined ? undefined : fromIso(facts.noticeSentOn)
  const certificate = m?.certificateSentOn === undefined ? undefined : fromIso(m.certificateSentOn)

  if (notice !== undefined) out.add(MILESTONES.noticeSent, notice)
  if (adviceRequired && notice !== undefined) out.add(MILESTONES.contactMediationAdviser, addMonths(notice, 2))

  let expectedCertificate: DayNumber | undefined
  if (m?.choice === 'certificate-only' && m.adviserInformedOn !== undefined) {
    const told = fromIso(m.adviserInformedOn)!
    expectedCertificate = addWorkingDays(told, 3)
    out.add(MILESTONES.certificateDue, expectedCertificate, `You told the mediation adviser on ${formatDate(told)} that you do not want mediation. They must send your certificate within 3 working days.`, told)
  }
  if (m?.choice === 'mediation' && m.laInformedOn !== undefined) out.add(MILESTONES.mediationBy, addDays(fromIso(m.laInformedOn)!, 30))
  if (m?.concludedOn !== undefined) {
    const ended = fromIso(m.concludedOn)!
    expectedCertificate = addWorkingDays(ended, 3)
    out.add(MILESTONES.postMediationCertificateDue, expectedCertificate, undefined, ended)
  }
  if (certificate !== undefined) out.add(MILESTONES.certificateIssued, certificate)

  let lateAppeal: Timeline['lateAppeal']
  if (appealable && notice !== undefined) {
    // A certificate extends the time only for appeals that need one. For a placement-only appeal it is
    // unclear whether r20(1)(c)(ii) applies (reference §2.3), so the engine keeps to the earlier date.
    const countedCertificate = adviceRequired ? certificate : undefined
    const deadline = appealDeadline(notice, countedCertificate)
    const reasons: string[] = [
      deadline.from === 'certificate'
        ? 'One month from the certificate is later than two months from the decision letter, so it counts.'
        : countedCertificate !== undefined
          ? 'Two months from the decision letter is later than one month from the certificate, so it counts.'
          : 'This is two months after the decision letter was sent.',
    ]
    if (certificate !== undefined && countedCertificate === undefined) {
      reasons.push('Your appeal does not need a mediation certificate, so this counts from the decision letter only. Ask the Tribunal before relying on a later date from the certificate.')
    }
    if (deadline.moved === 'christmas') reasons.push(`The time ran out between 25 December and 1 January (${formatDate(deadline.rawEnd)}), so it moves to the first working day after 1 January.`)
    if (deadline.moved === 'august') reasons.push(`The time ran out in August (${formatDate(deadline.rawEnd)}), so it moves to the first working day after 31 August.`)
    if (deadline.moved === 'non-working-day') reasons.push(`The time ran out on ${formatDateWithDay(deadline.rawEnd)}, which is not a working day, so it moves to the next working day.`)
    if (certificate === undefined && adviceRequired) {
      reasons.push(
        expectedCertificate !== undefined
          ? `If your certificate is issued on ${formatDate(expectedCertificate)}, the deadline becomes ${formatDate(appealDeadline(notice, expectedCertificate).lastDay)}. Check the date on the certificate when it arrives.`
          : 'Once you have a mediation certificate, you may have until one month from its date of issue if that is later.',
      )
    }
    reasons.push(FIVE_PM_NOTE)
    out.add(MILESTONES.appealDeadline, deadline.lastDay, reasons.join(' '), deadline.rawEnd)
    if (deadline.lastDay < today) lateAppeal = LATE_APPEAL
  }

  const act = facts.actOn === undefined ? undefined : fromIso(facts.actOn)
  if (act !== undefined) addActDeadlines(out, decision, act)
  if (facts.ehc) addEhcTimescales(out, facts.ehc)

  out.list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const part = routesPart(decision, appealAbout)
  const timeline: Timeline = {
    decision,
    appealable,
    mediationAdviceRequired: adviceRequired,
    routes: part.routes,
    closedRoutes: part.closedRoutes,
    milestones: out.list,
  }
  if (lateAppeal) timeline.lateAppeal = lateAppeal
  return timeline
}

/** Limits that run from the act itself: a discrimination claim, or a complaint to an ombudsman or the NHS. */
function addActDeadlines(out: Milestones, decision: DecisionId, act: DayNumber) {
  if (decision === 'disability-discrimination' || decision === 'exclusion') out.add(MILESTONES.claimDeadline, lastDayOfMonthsStartingWith(act, 6))
  if (decision === 'la-conduct' || decision === 'social-care-provision') out.add(MILESTONES.ombudsmanComplaintBy, lastDayOfMonthsStartingWith(act, 12))
  if (decision === 'health-provision' || decision === 'social-care-provision') out.add(MILESTONES.complaintBy, addMonths(act, 12))
}

/** The EHC process time limits the local authority must meet (SEND Regs 2014, reference §3). */
function addEhcTimescales(out: Milestones, ehc: NonNullable<TimelineFacts['ehc']>) {
  if (ehc.requestReceivedOn !== undefined) {
    const request = fromIso(ehc.requestReceivedOn)!
    out.add(MILESTONES.assessmentDecisionDue, addWeeks(request, 6))
    out.add(MILESTONES.noPlanNoticeDue, addWeeks(request, 16))
    out.add(MILESTONES.finalPlanDue, addWeeks(request, 20))
  }
  if (ehc.draftPlanServedOn !== undefined) out.add(MILESTONES.draftCommentsBy, lastDayOfDaysBeginningWith(fromIso(ehc.draftPlanServedOn)!, 15))
  if (ehc.reviewMeetingOn !== undefined) out.add(MILESTONES.reviewDecisionDue, addWeeks(fromIso(ehc.reviewMeetingOn)!, 4))
  if (ehc.amendmentNoticeSentOn !== undefined) out.add(MILESTONES.amendedPlanDue, addWeeks(fromIso(ehc.amendmentNoticeSentOn)!, 8))
  if (ehc.transfer !== undefined) {
    const { year, kind } = ehc.transfer
    out.add(MILESTONES.phaseTransferReviewBy, kind === 'secondary-to-post-16' ? dayNumber(year, 3, 31) : dayNumber(year, 2, 15))
  }
}

/** The decision's own citations, for pages that explain what the decision is. */
export const decisionCitations = (decision: DecisionId) => DECISIONS[decision].citations.map(publicCitation)
