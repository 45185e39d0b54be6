import { cite, publicCitation } from '../citations.js'
import { fromIso } from '../calendar/day-number.js'
import { DECISIONS, type AppealAbout, type DecisionId, isAppealable, isMediationAdviceRequired } from '../decisions/decisions.js'
import { routesFor, type RoutePlanOptions } from '../routes/routes.js'
import { addAppealMilestones } from './appeal.js'
import { addActDeadlines } from './complaints.js'
import { addExclusion } from './exclusion.js'
import { checkFacts, type Problem, type TimelineFacts } from './facts.js'
import { addEhcTimescales } from './lifecycle.js'
import { Milestones } from './milestone-list.js'
import { PLAN_CONTINUES_CITATIONS } from './milestones-lifecycle.js'
import { addTransport } from './transport.js'
import { addTribunal } from './tribunal.js'

export type { Actor } from './milestones.js'
export type { TribunalOrder } from './milestones-tribunal.js'
export type { MediationChoice, TimelineFacts } from './facts.js'

export type { Milestone, MilestoneStatus, PendingCertificate, ProvisionalReason, Timeline, TribunalStage } from './timeline-result.js'
import type { Timeline, TribunalStage } from './timeline-result.js'

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
