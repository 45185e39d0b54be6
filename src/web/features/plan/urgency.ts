import type { Milestone } from '../../../law/index.js'
import { daysBetween, govukDateWithDay } from '../../../dates.js'
import { days, type PlanContext } from './plan-view.js'

// Which route is most urgent, and which steps are already done: the plan lists routes by the
// family's own next deadline, not in a fixed order, and folds away what they have done.

/** The family's own deadline for each route, most telling first. */
const ROUTE_DEADLINES: Readonly<Record<string, readonly string[]>> = {
  'mediation-advice': ['contact-mediation-adviser-by'],
  'tribunal-appeal': ['appeal-deadline'],
  'health-social-care-recommendations': ['appeal-deadline'],
  'disability-discrimination-claim': ['claim-deadline'],
  ombudsman: ['ombudsman-complaint-by'],
  'health-service-ombudsman': ['health-ombudsman-by'],
  'health-social-care-complaint': ['complaint-by'],
  'social-care-complaint': ['complaint-by'],
  'exclusion-review': ['exclusion-board-review-by', 'exclusion-review-application-by'],
  'transport-review': ['transport-review-request-by'],
  'county-court-claim': ['county-court-claim-by'],
  'request-assessment': [],
}

/** What must happen by a deadline, as the end of a sentence ending "by <date>". */
const WHAT_BY: Readonly<Record<string, string>> = {
  'appeal-deadline': 'the Tribunal must receive your appeal',
  'contact-mediation-adviser-by': 'contact the mediation adviser',
  'claim-deadline': 'the Tribunal must receive your claim',
  'ombudsman-complaint-by': 'complain to the Ombudsman',
  'complaint-by': 'make your complaint',
  'draft-comments-by': 'comment on the draft plan and ask for a school',
  'health-ombudsman-by': 'complain to the Health Service Ombudsman',
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

/** "the Tribunal must receive your appeal by Monday 14 December 2026". */
export function deadlineSentence(m: Milestone): string {
  const what = WHAT_BY[m.id] ?? lowerFirst(m.title.replace(/^Last day (for|to) /, ''))
  return `${what} by ${govukDateWithDay(m.date)}`
}

/** "13 days left", "1 day left" or "today is the last day". */
export function daysLeft(today: string, date: string): string {
  const gap = daysBetween(today, date)
  return gap === 0 ? 'today is the last day' : `${days(gap)} left`
}

const open = (m: Milestone | undefined): m is Milestone => m !== undefined && m.status !== 'passed'

/** The route's next deadline for the family, if it has one still to come. */
export function routeDeadline(routeId: string, ctx: PlanContext): Milestone | undefined {
  return (ROUTE_DEADLINES[routeId] ?? []).map(ctx.milestone).find(open)
}

/** A route the family has already done, with what they did; undefined while it is still to do. */
export function doneStep(routeId: string, { request }: PlanContext): string | undefined {
  const q = request.query
  if (routeId === 'mediation-advice' && (q.mediation !== undefined || q.certificateSentOn !== undefined || q.adviserInformedOn !== undefined)) {
    return q.certificateSentOn ? 'You contacted the mediation adviser and have your certificate.' : 'You have contacted the mediation adviser.'
  }
  if (routeId === 'mediation') {
    if (q.concludedOn || (q.mediation === 'mediation' && q.certificateSentOn)) return 'Your mediation has finished.'
    if (q.mediation === 'certificate-only') return 'You chose not to have mediation. That does not affect your appeal.'
  }
  return undefined
}

/** Milestones the family has met: they are not shown as instructions. */
export function metMilestone(m: Milestone, { request }: PlanContext): boolean {
  const q = request.query
  if (m.id === 'contact-mediation-adviser-by') return q.mediation !== undefined || q.certificateSentOn !== undefined || q.adviserInformedOn !== undefined
  if (m.id === 'certificate-due' || m.id === 'post-mediation-certificate-due') return q.certificateSentOn !== undefined
  if (m.id === 'mediation-by') return q.concludedOn !== undefined || q.certificateSentOn !== undefined
  return false
}

// An exclusion review runs in school days (a few weeks at most), so it comes first even when we
// cannot date it: the 6 months for a discrimination claim can wait behind it.
const FIRST_WHEN_UNDATED = new Set(['exclusion-review'])

/** Routes in order of urgency: those with a deadline soonest first, then the rest in the engine's order. */
export function byUrgency<R extends { id: string }>(routes: readonly R[], ctx: PlanContext): R[] {
  const when = (r: R) => routeDeadline(r.id, ctx)?.date ?? (FIRST_WHEN_UNDATED.has(r.id) ? '0000-00-00' : '9999-12-31')
  return routes
    .map((r, i) => ({ r, i, when: when(r) }))
    .sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : a.i - b.i))
    .map((x) => x.r)
}
