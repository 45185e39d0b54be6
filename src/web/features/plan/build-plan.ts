import { DECISIONS, ROUTES, type Milestone } from '../../../law/index.js'
import { findArea } from '../../../content/areas.js'
import type { Content } from '../../../content/load-content.js'
import { actorText, calendarMilestones } from './calendar.js'
import { contactFor, fromNational, ROUTE_CONTACTS } from './contacts.js'
import { govukDate, govukDateWithDay } from '../../../dates.js'
import { nextSteps } from './next-steps.js'
import type { PlanRequest } from '../../../journey/plan-link.js'
import { law, waitingForDecision, withQuery } from './plan-view.js'
import type { ContactView, MilestoneView, PlanContext, PlanView, RouteView } from './plan-view.js'
import { COMPARISON_COLUMNS, ROUTE_FACTS } from './route-facts.js'
import { stillWaiting, waitingSummary } from './still-waiting.js'
import { describeEvent, orderEvents, timelineSvg, type TimelineEvent } from './timeline-svg.js'
import { warnings } from './warnings.js'
import { chaseCertificateHref, doThisNext } from './do-this-next.js'
import { byUrgency, doneStep, metMilestone, routeDeadline } from './urgency.js'
import { provisionalText } from './provisional.js'
import { lifecycleLetterParams } from './lifecycle-next.js'

// Builds everything the plan page shows from a checked request and its timeline. Pure: the clock
// arrives as `today` in the request, and the directories as `content`.

export type { PlanView } from './plan-view.js'

const STATUS: Record<Milestone['status'], { text: string; classes: string }> = {
  passed: { text: 'Passed', classes: 'govuk-tag--grey' },
  'due-today': { text: 'Due today', classes: 'govuk-tag--red' },
  // The default GOV.UK tag is blue.
  upcoming: { text: 'Coming up', classes: '' },
}

// Letters another part of sendpath writes, keyed by the route that recommends them.
const LETTERS: Readonly<Record<string, { path: string; text: string }>> = {
  'talk-to-school': { path: '/letters/meeting-request', text: 'Write to ask for a meeting' },
  complaint: { path: '/letters/complaint', text: 'Write your complaint' },
  'request-assessment': { path: '/letters/assessment-request', text: 'Write to ask for an EHC needs assessment' },
  'mediation-advice': { path: '/letters/mediation-reply', text: 'Write to the mediation adviser' },
  mediation: { path: '/letters/mediation-reply', text: 'Write to the mediation adviser' },
  'disagreement-resolution': {
    path: '/letters/disagreement-resolution-request',
    text: 'Write to ask for disagreement resolution',
  },
  'exclusion-review': { path: '/letters/exclusion-review-panel', text: 'Write to ask for an independent review panel' },
  'transport-review': { path: '/letters/transport-review', text: 'Write to ask for a review' },
}

// Guidance pages (content/guidance) by the route they explain.
const GUIDANCE: Readonly<Record<string, string>> = {
  'talk-to-school': 'first-steps',
  'talk-to-sen-team': 'first-steps',
  'request-assessment': 'ehc-needs-assessment',
  complaint: 'complaints',
  ombudsman: 'complaints',
  'health-service-ombudsman': 'complaints',
  'health-social-care-complaint': 'complaints',
  'disagreement-resolution': 'disagreement-resolution',
  'mediation-advice': 'mediation',
  mediation: 'mediation',
  'tribunal-appeal': 'appeals',
  'health-social-care-recommendations': 'appeals',
  'disability-discrimination-claim': 'disability-discrimination',
  'exclusion-review': 'exclusions',
}

// Dates the family gave us that are not milestones themselves, for the timeline picture.
const FACT_EVENTS: [keyof PlanRequest['query'], string][] = [
  ['adviserInformedOn', 'You told the mediation adviser you do not want mediation'],
  ['laInformedOn', 'The council was told you want mediation'],
  ['concludedOn', 'Mediation finished'],
  ['requestReceivedOn', 'The council got your request for an assessment'],
  ['reviewMeetingOn', 'Annual review meeting'],
]

const ACT_LABELS: Readonly<Record<string, string>> = {
  exclusion: 'Your child was excluded',
  'disability-discrimination': 'It happened',
}

/** Everything dated, and today: empty when there is nothing dated to draw. */
function timelineEvents(request: PlanRequest): TimelineEvent[] {
  const q = request.query
  const events = request.timeline.milestones.map((m): TimelineEvent => ({
    date: m.date,
    label: m.title,
    kind: m.status,
  }))
  if (q.actOn) {
    events.push({ date: q.actOn, label: ACT_LABELS[request.decision] ?? 'The problem started', kind: 'event' })
  }
  for (const [key, label] of FACT_EVENTS) {
    const date = q[key]
    if (typeof date !== 'string') continue
    const told = key === 'adviserInformedOn' && q.mediation === 'mediation' ? 'You told the mediation adviser' : label
    events.push({ date, label: told, kind: 'event' })
  }
  if (events.length === 0) return []
  return orderEvents([...events, { date: request.today, label: 'Today', kind: 'today' }])
}

type OpenRoute = PlanRequest['timeline']['routes'][number]

// While the family waits for a decision, there is no decision to explain.
const WAITING_SUMMARY: Readonly<Record<string, string>> = {
  'talk-to-sen-team': 'Ask the SEN team what is happening and when you will get an answer. Many problems are sorted out by talking.',
}

function routeView(r: OpenRoute, i: number, ctx: PlanContext, content: PlanContent): RouteView {
  const q = ctx.request.query
  const view: RouteView = {
    id: r.id,
    number: i + 1,
    title: r.title,
    summary: (waitingForDecision(ctx.request) ? WAITING_SUMMARY[r.id] : undefined) ?? r.summary,
    nextSteps: nextSteps(r.id, ctx),
    urgent: i === 0 || routeDeadline(r.id, ctx) !== undefined,
    contacts: (ROUTE_CONTACTS[r.id] ?? []).map(ctx.contact).filter((c): c is ContactView => c !== undefined),
    ...law(r.citations),
  }
  const letter = LETTERS[r.id]
  if (letter) {
    const mediationReply = letter.path === '/letters/mediation-reply'
    const params = {
      decisionDate: mediationReply ? q.noticeSentOn : undefined,
      choice: mediationReply ? q.mediation : undefined,
      decision: mediationReply ? q.decision : undefined,
      area: ctx.areaParam,
      ...lifecycleLetterParams(letter.path, q),
    }
    view.letter = { href: withQuery(letter.path, params), text: letter.text }
  }
  const slug = GUIDANCE[r.id]
  const page = slug ? content.guidanceBySlug?.get(slug) : undefined
  if (page) view.guidance = { href: `/guidance/${page.slug}`, text: `Read our guide: ${page.title}` }
  return view
}

function milestoneView(m: Milestone): MilestoneView {
  const status = STATUS[m.status]
  const view: MilestoneView = {
    id: m.id,
    date: m.date,
    dateText: govukDateWithDay(m.date),
    title: m.title,
    explanation: m.explanation,
    actor: actorText(m.actor),
    status: m.status,
    statusText: status.text,
    tagClasses: status.classes,
    provisional: m.provisional === true,
    ...law(m.citations),
  }
  const why = provisionalText(m)
  if (why) view.provisionalText = why
  return view
}

// The comparison depends only on which routes are open, so each set of routes is worked out once:
// a few dozen sets in all (the bound is a guard, not a cache policy).
const comparisons = new Map<string, PlanView['comparison']>()

function comparison(routes: PlanRequest['timeline']['routes']): PlanView['comparison'] {
  const key = routes.map((r) => `${r.id}:${r.title}`).join('\n')
  let made = comparisons.get(key)
  if (made === undefined) {
    if (comparisons.size >= 500) comparisons.clear()
    made = compare(routes)
    comparisons.set(key, made)
  }
  return made
}

function compare(routes: PlanRequest['timeline']['routes']): PlanView['comparison'] {
  return {
    columns: COMPARISON_COLUMNS.map(([key, label]) => ({ key, label })),
    rows: routes.flatMap((r) => {
      const facts = ROUTE_FACTS[r.id]
      if (!facts) return []
      const cells = COMPARISON_COLUMNS.map(([key, label]) => {
        const fact = facts[key]
        const generalGuidance = fact.citations.length === 0
        return { label, text: fact.text, ...law(fact.citations), generalGuidance }
      })
      return [{ title: r.title, cells }]
    }),
  }
}

/** Open routes by urgency, steps already done folded away, and each contact once. */
function routesAndContacts(plan: PlanView, ctx: PlanContext, content: PlanContent): void {
  const open: OpenRoute[] = []
  for (const r of ctx.timeline.routes) {
    const done = doneStep(r.id, ctx)
    if (done) plan.done.push({ title: r.title, text: done })
    else open.push(r)
  }
  plan.routes = byUrgency(open, ctx).map((r, i) => routeView(r, i, ctx, content))
  const seen = new Set([plan.sendiass.name])
  for (const c of plan.routes.flatMap((r) => r.contacts)) {
    if (seen.has(c.name)) continue
    seen.add(c.name)
    // A contact we can give a way to reach needs no description; one without says where to find it.
    const reachable = c.phone !== undefined || c.email !== undefined || c.website !== undefined
    // Object.assign: a spread followed by a key is slow on Node 20, and this runs for every contact of every plan.
    plan.contacts.push(reachable ? Object.assign({}, c, { description: undefined }) : c)
  }
  plan.otherNational = plan.national.filter((n) => !seen.has(n.name))
}

/** What the engine adds for some situations: a certificate awaited, a plan that continues, school days, the Tribunal's stages. */
function engineNotes(plan: PlanView, ctx: PlanContext): void {
  const { timeline } = ctx
  const pending = timeline.pendingCertificate
  if (pending) {
    plan.pendingCertificate = {
      text: pending.explanation,
      overdue: pending.chaseCertificate,
      ...law(pending.citations),
      ...(pending.chaseCertificate ? { chase: { href: chaseCertificateHref(ctx), text: 'Write to chase your certificate' } } : {}),
    }
  }
  if (timeline.planContinues) plan.planContinues = { text: timeline.planContinues.explanation, ...law(timeline.planContinues.citations) }
  if (timeline.schoolDaysNote) plan.schoolDaysNote = { text: timeline.schoolDaysNote.explanation, ...law(timeline.schoolDaysNote.citations) }
  if (timeline.tribunalStages) {
    plan.tribunalStages = timeline.tribunalStages.map((st) => {
      const m = st.milestoneId ? ctx.milestone(st.milestoneId) : undefined
      return { title: st.title, whatYouDo: st.whatYouDo, ...(m ? { dateText: govukDateWithDay(m.date) } : {}) }
    })
  }
}

/** Decisions made by a school: complaints go through the school's own procedure. */
export const schoolDecision = (decision: PlanRequest['decision']): boolean => DECISIONS[decision].maker.startsWith('school')

export type PlanContent = Pick<Content, 'areas' | 'national'> & Partial<Pick<Content, 'guidanceBySlug'>>

export function buildPlan(request: PlanRequest, content: PlanContent): PlanView {
  const { timeline } = request
  const q = request.query
  const lookup = findArea(content, q.area)
  const area = lookup.known ? lookup.area : undefined
  const situation = { decisionLetter: q.noticeSentOn !== undefined, schoolComplaint: schoolDecision(request.decision) }
  const byId = new Map(timeline.milestones.map((m) => [m.id, m]))
  const ctx: PlanContext = {
    request,
    timeline,
    milestone: (id) => byId.get(id),
    contact: (ref) => contactFor(ref, area, content.national, situation),
    areaParam: area?.id,
  }
  const query = request.queryString
  const plan: PlanView = {
    today: request.today,
    todayText: govukDate(request.today),
    decision: {
      id: request.decision,
      title: request.waitingFor ? waitingSummary(request.waitingFor) : DECISIONS[request.decision].title,
    },
    appealable: timeline.appealable,
    area: area
      ? { known: true, id: area.id, name: area.name }
      : { known: false, ...(q.area ? { given: q.area.slice(0, 40) } : {}) },
    sendiass: ctx.contact('sendiass') ?? { name: 'Your local SENDIASS' },
    warnings: warnings(ctx),
    routes: [],
    done: [],
    contacts: [],
    closedRoutes: timeline.closedRoutes.map((c) => ({
      id: c.id,
      title: ROUTES[c.id].title,
      reason: c.reason,
      ...law(c.citations),
    })),
    comparison: comparison(timeline.routes),
    milestones: timeline.milestones.filter((m) => !metMilestone(m, ctx)).map(milestoneView),
    national: content.national.map(fromNational),
    otherNational: [],
    links: {
      plan: `/plan?${query}`,
      print: `/plan/print?${query}`,
      changeAnswers: request.changeAnswers,
    },
  }
  const waiting = stillWaiting(ctx)
  if (waiting) plan.stillWaiting = waiting
  routesAndContacts(plan, ctx, content)
  const next = doThisNext(ctx, plan.routes, waiting)
  if (next) plan.doThisNext = next
  engineNotes(plan, ctx)
  if (calendarMilestones(timeline.milestones).length > 0) plan.links.ics = `/plan.ics?${query}`
  const events = timelineEvents(request)
  if (events.length > 0) {
    const svg = timelineSvg(events, { idPrefix: 'plan-timeline', title: 'Your dates on a timeline' })
    plan.timeline = { svg, items: events.map((e) => describeEvent(e)) }
  }
  return plan
}
