import { DECISIONS, ROUTES, type Milestone, type RouteId, type Timeline } from '../law/index.js'
import { findArea } from '../content/areas.js'
import type { Content } from '../content/load-content.js'
import type { Area, NationalService } from '../content/schema.js'
import { actorText, calendarMilestones } from './calendar.js'
import { citationView, type CitationLike, type CitationView } from './citations.js'
import { daysBetween, govukDate, govukDateWithDay } from './dates.js'
import type { WaitingFor } from './journey.js'
import { answersFromPlanQuery, checkAnswersUrl } from './journey-engine.js'
import { planQueryString, type PlanRequest } from './plan-params.js'
import { COMPARISON_COLUMNS, ROUTE_FACTS } from './route-facts.js'
import { describeEvent, orderEvents, timelineSvg, type TimelineEvent } from './timeline-svg.js'

// Builds everything the plan page shows from a checked request and its timeline. Pure: the clock
// arrives as `today` in the request, and the directories as `content`.

export interface ContactView {
  name: string
  description?: string
  address?: string
  phone?: string
  email?: string
  website?: string
  opening?: string
}

export interface LinkView {
  href: string
  text: string
}

export interface RouteView {
  id: RouteId
  number: number
  title: string
  summary: string
  nextSteps: string[]
  contacts: ContactView[]
  letter?: LinkView
  guidance?: LinkView
  citations: CitationView[]
}

export interface WarningView {
  text: string
  citations: CitationView[]
}

export interface MilestoneView {
  id: string
  date: string
  dateText: string
  title: string
  explanation: string
  actor: string
  status: Milestone['status']
  statusText: string
  tagClasses: string
  note?: string
  provisional: boolean
  citations: CitationView[]
}

export interface WaitingItemView {
  kind: WaitingFor
  heading: string
  sentence: string
  lateness: string
  late: boolean
  /** What happens once the council decides. */
  after: string
  citations: CitationView[]
  chaseLetter: LinkView
}

export interface ComparisonCell {
  label: string
  text: string
  citations: CitationView[]
  generalGuidance: boolean
}

export interface PlanView {
  today: string
  todayText: string
  decision: { id: string; title: string }
  appealable: boolean
  area: { known: true; id: string; name: string } | { known: false; given?: string }
  /** The local SENDIASS, or how to find one. */
  sendiass: ContactView
  warnings: WarningView[]
  stillWaiting?: { items: WaitingItemView[]; complaintLetter: LinkView; ombudsman?: ContactView }
  routes: RouteView[]
  closedRoutes: { id: RouteId; title: string; reason: string; citations: CitationView[] }[]
  comparison: { columns: { key: string; label: string }[]; rows: { title: string; cells: ComparisonCell[] }[] }
  milestones: MilestoneView[]
  timeline?: { svg: string; items: string[] }
  national: ContactView[]
  links: { plan: string; ics?: string; print: string; changeAnswers: string }
}

const cites = (list: readonly CitationLike[]) => list.map(citationView)

const STATUS: Record<Milestone['status'], { text: string; classes: string }> = {
  passed: { text: 'Passed', classes: 'govuk-tag--grey' },
  'due-today': { text: 'Due today', classes: 'govuk-tag--red' },
  upcoming: { text: 'Coming up', classes: '' },
}

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.append(k, v)
  const s = q.toString()
  return s ? `${path}?${s}` : path
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`

// ---- Contacts ----------------------------------------------------------------------------------

type ContactRef = 'sendiass' | 'senTeam' | 'localOffer' | 'councilComplaints' | 'mediation' | 'disagreementResolution' | `national:${string}`

// Local SENDIASS can help with every route: the page says so once for each, and gives its details in full once.
// Keyed by string, not RouteId, so a route the engine adds later simply has no extra contacts until one is listed here.
const ROUTE_CONTACTS: Readonly<Record<string, ContactRef[]>> = {
  'talk-to-school': [],
  'talk-to-sen-team': ['senTeam'],
  'request-assessment': ['senTeam', 'localOffer'],
  complaint: ['councilComplaints'],
  ombudsman: ['national:local-government-ombudsman'],
  'health-service-ombudsman': [],
  'health-social-care-complaint': ['councilComplaints'],
  'disagreement-resolution': ['disagreementResolution'],
  'mediation-advice': ['mediation'],
  mediation: ['mediation'],
  'tribunal-appeal': ['national:send-tribunal', 'national:ipsea'],
  'health-social-care-recommendations': ['national:send-tribunal'],
  'disability-discrimination-claim': ['national:send-tribunal', 'national:coram-childrens-legal-centre'],
  'exclusion-review': ['national:coram-childrens-legal-centre'],
}

const fromNational = (s: NationalService): ContactView => ({
  name: s.name,
  description: s.description,
  website: s.website,
  ...(s.phone ? { phone: s.phone } : {}),
})

function sendiassOf(area: Area): ContactView {
  const s = area.sendiass
  return {
    name: s.name,
    description: 'Free, impartial information, advice and support about special educational needs and disability.',
    address: s.address,
    phone: s.phone,
    email: s.email,
    website: s.website,
    opening: s.opening,
  }
}

function contactFor(ref: ContactRef, area: Area | undefined, national: readonly NationalService[]): ContactView | undefined {
  if (ref.startsWith('national:')) {
    const s = national.find((n) => n.id === ref.slice('national:'.length))
    return s ? fromNational(s) : undefined
  }
  if (area) {
    switch (ref) {
      case 'sendiass':
        return sendiassOf(area)
      case 'senTeam': {
        const t = area.senTeam
        const c: ContactView = { name: t.name }
        if (t.phone) c.phone = t.phone
        if (t.email) c.email = t.email
        if (t.website) c.website = t.website
        if (!t.phone && !t.email && !t.website) c.description = `Your decision letter should give their contact details. You can also ask ${area.sendiass.name}.`
        return c
      }
      case 'localOffer':
        return { name: area.localOffer.name, description: 'The council’s website about help for children with special educational needs.', website: area.localOffer.website }
      case 'councilComplaints': {
        const c: ContactView = { name: area.complaints.council.name, description: 'For complaints about the council. For a school or college, ask it for its own complaints procedure.' }
        if (area.complaints.council.website) c.website = area.complaints.council.website
        return c
      }
      case 'mediation':
      case 'disagreementResolution': {
        const s = area[ref]
        return { name: s.name, description: s.description, ...(s.website ? { website: s.website } : {}) }
      }
    }
  }
  const cdc = national.find((n) => n.id === 'council-for-disabled-children')
  switch (ref) {
    case 'sendiass':
      return {
        name: 'Your local SENDIASS',
        description:
          'Every council area has a free, impartial information, advice and support service for special educational needs and disability (SENDIASS). The Council for Disabled Children lists them.',
        ...(cdc ? { website: cdc.website } : {}),
      }
    case 'senTeam':
      return { name: 'Your council’s SEN team', description: 'Your decision letter, or your council’s Local Offer website, should give their contact details.' }
    case 'localOffer':
      return { name: 'Your council’s Local Offer', description: 'Every council publishes a Local Offer website about help for children with special educational needs.' }
    case 'councilComplaints':
      return { name: 'The complaints procedure', description: 'Ask the school, college or council for its complaints procedure, or look on its website.' }
    case 'mediation':
      return { name: 'The mediation adviser named in your decision letter', description: 'The council’s decision letter must tell you who to contact for mediation advice.' }
    case 'disagreementResolution':
      return { name: 'Your council’s disagreement resolution service', description: 'Ask the council’s SEN team or your local SENDIASS for its details.' }
  }
  return undefined
}

// ---- Letters and guidance ----------------------------------------------------------------------

const LETTERS: Readonly<Record<string, { path: string; text: string }>> = {
  'talk-to-school': { path: '/letters/meeting-request', text: 'Write to ask for a meeting' },
  complaint: { path: '/letters/complaint', text: 'Write your complaint' },
  'request-assessment': { path: '/letters/assessment-request', text: 'Write to ask for an EHC needs assessment' },
  'mediation-advice': { path: '/letters/mediation-reply', text: 'Write to the mediation adviser' },
  mediation: { path: '/letters/mediation-reply', text: 'Write to the mediation adviser' },
  'disagreement-resolution': { path: '/letters/disagreement-resolution-request', text: 'Write to ask for disagreement resolution' },
}

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

// ---- What to do next ---------------------------------------------------------------------------

interface Context {
  request: PlanRequest
  timeline: Timeline
  milestone: (id: string) => Milestone | undefined
  contact: (ref: ContactRef) => ContactView | undefined
}

const on = (m: Milestone) => govukDateWithDay(m.date)

function nextSteps(id: string, ctx: Context): string[] {
  const { request, timeline, milestone } = ctx
  const q = request.query
  const decision = request.decision
  const appeal = milestone('appeal-deadline')
  switch (id) {
    case 'talk-to-school': {
      const steps =
        request.spokenToSchool === 'yes'
          ? ['You have already talked to the school. If nothing has changed, ask in writing for another meeting to check what was agreed.']
          : ['Ask for a meeting with your child’s teacher, the SENCO or the headteacher.', 'Before the meeting, write down what worries you and what you think would help.']
      if (decision === 'exclusion') steps.push('Ask the school to tell you in writing why your child was excluded, and what help they had before it happened.')
      if (decision === 'disability-discrimination') steps.push('Tell the school what happened and what you want them to do to put it right.')
      steps.push('You can take a friend, a relative or someone from SENDIASS with you. Keep notes of what is agreed.')
      return steps
    }
    case 'talk-to-sen-team': {
      const steps = ['Phone or write to the SEN team. Ask them to explain the decision and the evidence they used.']
      if (appeal && appeal.status !== 'passed') steps.push(`Talking does not stop the clock. The Tribunal must still get any appeal by ${on(appeal)}.`)
      if (decision === 'la-conduct') steps.push('Ask them when you will get an answer, and ask them to confirm it in writing.')
      return steps
    }
    case 'request-assessment': {
      const steps = [
        'Write to the council’s SEN team and ask for an EHC needs assessment. Say why your child needs more help than the school can give, and send any reports you have.',
        'The council must tell you its decision within 6 weeks of getting your request.',
      ]
      if (decision === 'refuse-assessment') steps.push('You can ask again later, for example if things change or you have new reports. You can do this as well as appealing.')
      return steps
    }
    case 'complaint': {
      const who = DECISIONS[decision].maker === 'local authority' ? 'the council' : 'the school, college or council'
      return [
        `Ask ${who} for its complaints procedure, and follow its steps.`,
        'Write your complaint. Use the word “complaint”, list each problem, and say what you want to happen. Give a date by which you would like a reply.',
      ]
    }
    case 'ombudsman': {
      const by = milestone('ombudsman-complaint-by')
      return [
        'First, use the council’s own complaints procedure.',
        by
          ? `If you are still unhappy, complain to the Ombudsman in writing by ${on(by)}. That is 12 months from the date you gave us.`
          : 'If you are still unhappy, complain to the Ombudsman in writing within 12 months of first knowing about the problem.',
      ]
    }
    case 'health-social-care-complaint': {
      const by = milestone('complaint-by')
      return [
        'Ask the NHS body or the council for its complaints procedure.',
        by ? `Make your complaint by ${on(by)}.` : 'Make your complaint within 12 months of the problem, or of finding out about it.',
      ]
    }
    case 'disagreement-resolution': {
      const steps = ['Contact the disagreement resolution service and ask for a meeting. Everyone has to agree to take part.']
      if (timeline.appealable) steps.push('It does not stop the clock for an appeal, so keep to your dates.')
      return steps
    }
    case 'mediation-advice': {
      const contactBy = milestone('contact-mediation-adviser-by')
      if (q.certificateSentOn) return [`You have your mediation certificate, dated ${govukDate(q.certificateSentOn)}. Keep it safe: you need it to appeal.`]
      if (q.mediation === 'certificate-only') {
        const due = milestone('certificate-due')
        return [
          due
            ? `You told the mediation adviser you do not want mediation. They must send your certificate by ${on(due)}. If it does not arrive, contact them.`
            : 'You told the mediation adviser you do not want mediation. They must send your certificate within 3 working days.',
        ]
      }
      if (q.mediation === 'mediation') return ['You asked for mediation. The mediation adviser will send you a certificate after the mediation finishes.']
      if (contactBy && contactBy.status === 'passed') {
        return [
          `The 2 months to contact the mediation adviser ended on ${on(contactBy)}. Contact them now anyway, and ask the Tribunal whether you can still appeal.`,
        ]
      }
      return [
        contactBy
          ? `Contact the mediation adviser named in your decision letter by ${on(contactBy)}.`
          : 'Contact the mediation adviser named in your decision letter within 2 months of the date on the letter.',
        'Tell them you want to appeal, and whether you want mediation. You do not have to go to mediation.',
      ]
    }
    case 'mediation': {
      if (q.mediation === 'certificate-only') return ['You chose not to have mediation. That is your right, and it does not affect your appeal.']
      if (q.mediation === 'mediation') {
        const by = milestone('mediation-by')
        const after = milestone('post-mediation-certificate-due')
        const steps: string[] = []
        if (q.concludedOn) {
          steps.push(`Your mediation finished on ${govukDate(q.concludedOn)}.`)
          if (after && !q.certificateSentOn) steps.push(`The mediation adviser must send your certificate by ${on(after)}.`)
        } else if (by) {
          steps.push(`The mediation must take place by ${on(by)}. If the council cannot arrange it in time, the mediation adviser must send you a certificate so you can appeal.`)
        } else steps.push('The council must arrange the mediation within 30 days of being told you want it.')
        steps.push('If you reach an agreement, the council must do what was agreed.')
        return steps
      }
      return timeline.mediationAdviceRequired
        ? ['If you want mediation, tell the mediation adviser when you contact them. The council must then arrange it within 30 days.']
        : ['You do not need a mediation certificate to appeal about the school named, but you can still ask for mediation. The council must then arrange it within 30 days.']
    }
    case 'tribunal-appeal': {
      const steps: string[] = []
      if (appeal && appeal.status !== 'passed') steps.push(`Send your appeal so that the Tribunal gets it by ${on(appeal)}. To be safe, make sure it arrives by 5pm.`)
      if (appeal && appeal.status === 'passed') steps.push(`The last day to appeal was ${on(appeal)}. You may still be able to appeal late: read the warning at the top of this page.`)
      if (timeline.mediationAdviceRequired && !q.certificateSentOn) steps.push('You need your mediation certificate before you can appeal.')
      steps.push('The appeal form and guidance are on GOV.UK. SENDIASS can help you fill it in.')
      return steps
    }
    case 'health-social-care-recommendations':
      return ['When you appeal, ask the Tribunal to look at the health and social care parts of the plan too.']
    case 'disability-discrimination-claim': {
      const by = milestone('claim-deadline')
      const steps: string[] = []
      if (decision === 'exclusion') steps.push('If you think your child was excluded because of their disability, you can make a claim to the Tribunal.')
      if (by && by.status !== 'passed') steps.push(`Make your claim so that it is in by ${on(by)}. Weekends and bank holidays do not give you extra time.`)
      else if (by) steps.push(`The 6 months ended on ${on(by)}. The Tribunal can still decide to hear a late claim: claim as soon as you can and explain why it is late.`)
      else steps.push('Make your claim within 6 months, starting with the day it happened.')
      steps.push('You do not need a mediation certificate for this claim.')
      return steps
    }
    case 'exclusion-review':
      return [
        'Ask the governing board to meet to consider the exclusion. You can go and say what you think.',
        'If the board does not take your child back, you can ask for an independent review panel within 15 school days of being told in writing. You can ask for an SEN expert to be at the review, at no cost to you.',
      ]
    case 'health-service-ombudsman':
      return [
        'First, use the NHS body’s own complaints procedure.',
        'If you are still unhappy with its final reply, complain to the Parliamentary and Health Service Ombudsman. Do it as soon as you can.',
      ]
    default:
      return []
  }
}

// ---- Still waiting -----------------------------------------------------------------------------

const WAITING: Record<WaitingFor, { milestone: string; heading: string; what: string; startedOn: 'requestReceivedOn' | 'reviewMeetingOn'; after: string }> = {
  'assessment-decision': {
    milestone: 'assessment-decision-due',
    heading: 'A decision on your request for an assessment',
    what: 'decide whether to do an EHC needs assessment',
    startedOn: 'requestReceivedOn',
    after: 'If the council says no, you can appeal. Its letter must tell you how and by when.',
  },
  'final-plan': {
    milestone: 'final-plan-due',
    heading: 'The final EHC plan',
    what: 'send you the final EHC plan',
    startedOn: 'requestReceivedOn',
    after: 'When the final plan arrives, you can appeal about what it says if you disagree with it.',
  },
  'review-decision': {
    milestone: 'review-decision-due',
    heading: 'The decision after the annual review',
    what: 'tell you whether it will keep, change or stop the EHC plan',
    startedOn: 'reviewMeetingOn',
    after: 'If the council decides not to change the plan, or to stop it, you can appeal. Its letter must tell you how and by when.',
  },
}

function stillWaiting(ctx: Context, areaParam: string | undefined): PlanView['stillWaiting'] {
  const { request, milestone } = ctx
  const kinds: WaitingFor[] = request.waitingFor
    ? [request.waitingFor]
    : request.decision === 'la-conduct'
      ? (Object.keys(WAITING) as WaitingFor[]).filter((k) => milestone(WAITING[k].milestone))
      : []
  const items = kinds.flatMap((kind): WaitingItemView[] => {
    const w = WAITING[kind]
    const m = milestone(w.milestone)
    if (!m) return []
    const gap = daysBetween(request.today, m.date)
    const late = gap < 0
    const startedOn = request.query[w.startedOn]
    return [
      {
        kind,
        heading: w.heading,
        sentence: `${late ? 'The council had to' : 'The council must'} ${w.what} by ${on(m)}.`,
        lateness: late ? `It is ${days(-gap)} late.` : gap === 0 ? 'Today is the last day.' : `It still has ${days(gap)}.`,
        late,
        after: w.after,
        citations: cites(m.citations),
        chaseLetter: { href: withQuery('/letters/chase-late-decision', { limit: kind, startedOn, area: areaParam }), text: 'Write a letter to chase the council' },
      },
    ]
  })
  if (items.length === 0) return undefined
  const ombudsman = ctx.contact('national:local-government-ombudsman')
  return {
    items,
    complaintLetter: { href: withQuery('/letters/complaint', { area: areaParam }), text: 'Write a complaint about the delay' },
    ...(ombudsman ? { ombudsman } : {}),
  }
}

// ---- Warnings ----------------------------------------------------------------------------------

const LATE_CLAIM = { source: 'Equality Act 2010', ref: 'Sch 17 para 4', grade: 'P' }

function warnings(ctx: Context): WarningView[] {
  const { request, timeline } = ctx
  const q = request.query
  const out: WarningView[] = []
  const mediationKnown = q.mediation !== undefined || q.certificateSentOn !== undefined || q.laInformedOn !== undefined
  for (const m of timeline.milestones) {
    if (m.actor !== 'you') continue
    if (m.id === 'contact-mediation-adviser-by' && mediationKnown) continue
    const gap = daysBetween(request.today, m.date)
    if (m.status === 'due-today') out.push({ text: `Today is the last day: ${m.title.toLowerCase()} (${govukDateWithDay(m.date)}).`, citations: cites(m.citations) })
    else if (m.status === 'upcoming' && gap <= 14) out.push({ text: `${days(gap)} left: ${m.title.toLowerCase()} by ${govukDateWithDay(m.date)}.`, citations: cites(m.citations) })
    else if (m.status === 'passed') {
      if (m.id === 'appeal-deadline' && timeline.lateAppeal) {
        out.push({ text: `The last day to appeal was ${govukDateWithDay(m.date)}. ${timeline.lateAppeal.explanation}`, citations: cites(timeline.lateAppeal.citations) })
      } else if (m.id === 'claim-deadline') {
        out.push({
          text: `The 6 months to make a disability discrimination claim ended on ${govukDateWithDay(m.date)}. The Tribunal can still decide to hear a late claim. If you want to claim, do it as soon as you can and explain why it is late.`,
          citations: cites([LATE_CLAIM]),
        })
      } else if (m.id === 'contact-mediation-adviser-by') {
        out.push({
          text: `The 2 months to contact the mediation adviser ended on ${govukDateWithDay(m.date)}. You can still contact them, and you can ask the Tribunal to let you appeal. Explain why you are late.`,
          citations: cites(m.citations),
        })
      } else if (m.id === 'ombudsman-complaint-by' || m.id === 'complaint-by') {
        out.push({
          text: `The usual 12 months to complain ended on ${govukDateWithDay(m.date)}. A late complaint can still be accepted if there is a good reason, so explain why it is late.`,
          citations: cites(m.citations),
        })
      }
    }
  }
  // Things others had to do by now.
  for (const m of timeline.milestones) {
    if (m.status !== 'passed') continue
    if ((m.id === 'certificate-due' || m.id === 'post-mediation-certificate-due') && !q.certificateSentOn) {
      out.push({
        text: `Your mediation certificate should have been sent by ${govukDateWithDay(m.date)}. If you do not have it, contact the mediation adviser and ask for it. You need it to appeal.`,
        citations: cites(m.citations),
      })
    }
    if (m.id === 'mediation-by' && !q.concludedOn) {
      out.push({
        text: `The mediation should have taken place by ${govukDateWithDay(m.date)}. If it has not, the mediation adviser must give you a certificate so that you can appeal.`,
        citations: cites(m.citations),
      })
    }
  }
  // Missing information that would change the answer.
  if (timeline.appealable && timeline.mediationAdviceRequired) {
    if (q.mediation === undefined && q.certificateSentOn === undefined) {
      out.push({
        text: 'You have not told us whether you have contacted the mediation adviser. When you do, your dates may change: the deadline to appeal can move to one month after the date on your certificate.',
        citations: [],
      })
    } else if (q.certificateSentOn === undefined) {
      out.push({
        text: 'We do not know the date on your mediation certificate yet. When you get it, check this plan again: your deadline to appeal may move to one month after that date.',
        citations: [],
      })
    }
    if (q.mediation === 'mediation' && q.laInformedOn === undefined && q.concludedOn === undefined) {
      out.push({ text: 'Tell us when the council was told you want mediation to see the date by which the mediation must take place.', citations: [] })
    }
  }
  if (!q.actOn) {
    if (request.decision === 'disability-discrimination' || request.decision === 'exclusion') {
      out.push({ text: 'You have not told us the date it happened, so we cannot show the last day to make a disability discrimination claim.', citations: [] })
    } else if (['health-provision', 'social-care-provision'].includes(request.decision) || (request.decision === 'la-conduct' && !request.waitingFor)) {
      out.push({ text: 'You have not told us when this happened, so we cannot show the last day to complain.', citations: [] })
    }
  }
  if (request.waitingFor === 'review-decision' && !q.reviewMeetingOn) {
    out.push({ text: 'You have not told us the date of the annual review meeting, so we cannot say when the council’s decision was due.', citations: [] })
  } else if (request.waitingFor && request.waitingFor !== 'review-decision' && !q.requestReceivedOn) {
    out.push({ text: 'You have not told us when the council got your request, so we cannot say when it had to act.', citations: [] })
  }
  if (timeline.milestones.some((m) => m.provisional)) {
    out.push({
      text: 'Some dates depend on bank holidays that have not been confirmed yet. Check them again nearer the time.',
      citations: [],
    })
  }
  return out
}

// ---- Timeline picture --------------------------------------------------------------------------

const FACT_EVENTS: [keyof PlanRequest['query'], string][] = [
  ['adviserInformedOn', 'You told the mediation adviser you do not want mediation'],
  ['laInformedOn', 'The council was told you want mediation'],
  ['concludedOn', 'Mediation finished'],
  ['requestReceivedOn', 'The council got your request for an assessment'],
  ['reviewMeetingOn', 'Annual review meeting'],
]

function timelineEvents(request: PlanRequest): TimelineEvent[] {
  const q = request.query
  const events: TimelineEvent[] = request.timeline.milestones.map((m) => ({ date: m.date, label: m.title, kind: m.status }))
  if (q.actOn) {
    const label = request.decision === 'exclusion' ? 'Your child was excluded' : request.decision === 'disability-discrimination' ? 'It happened' : 'The problem started'
    events.push({ date: q.actOn, label, kind: 'event' })
  }
  for (const [key, label] of FACT_EVENTS) {
    const v = q[key]
    if (typeof v === 'string') events.push({ date: v, label: key === 'adviserInformedOn' && q.mediation === 'mediation' ? 'You told the mediation adviser' : label, kind: 'event' })
  }
  const dated = events.length
  events.push({ date: request.today, label: 'Today', kind: 'today' })
  return dated > 0 ? orderEvents(events) : []
}

// ---- The plan ----------------------------------------------------------------------------------

export type PlanContent = Pick<Content, 'areas' | 'national'> & Partial<Pick<Content, 'guidanceBySlug'>>

export function buildPlan(request: PlanRequest, content: PlanContent): PlanView {
  const { timeline } = request
  const q = request.query
  const lookup = findArea(content, q.area)
  const area = lookup.known ? lookup.area : undefined
  const areaParam = area?.id
  const national = content.national
  const byId = new Map(timeline.milestones.map((m) => [m.id, m]))
  const contact = (ref: ContactRef) => contactFor(ref, area, national)
  const ctx: Context = { request, timeline, milestone: (id) => byId.get(id), contact }

  const routes: RouteView[] = timeline.routes.map((r, i) => {
    const letter = LETTERS[r.id]
    const guidance = GUIDANCE[r.id]
    const view: RouteView = {
      id: r.id,
      number: i + 1,
      title: r.title,
      summary: r.summary,
      nextSteps: nextSteps(r.id, ctx),
      contacts: (ROUTE_CONTACTS[r.id] ?? []).map(contact).filter((c): c is ContactView => c !== undefined),
      citations: cites(r.citations),
    }
    if (letter) {
      const decisionDate = letter.path === '/letters/mediation-reply' ? q.noticeSentOn : undefined
      view.letter = { href: withQuery(letter.path, { decisionDate, area: areaParam }), text: letter.text }
    }
    const page = guidance ? content.guidanceBySlug?.get(guidance) : undefined
    if (page) view.guidance = { href: `/guidance/${page.slug}`, text: `Read our guide: ${page.title}` }
    return view
  })

  const comparison = {
    columns: COMPARISON_COLUMNS.map(([key, label]) => ({ key, label })),
    rows: timeline.routes.flatMap((r) => {
      const facts = ROUTE_FACTS[r.id]
      if (!facts) return []
      const cells = COMPARISON_COLUMNS.map(([key, label]) => {
        const fact = facts[key]
        return { label, text: fact.text, citations: cites(fact.citations), generalGuidance: fact.citations.length === 0 }
      })
      return [{ title: r.title, cells }]
    }),
  }

  const mediationKnown = q.mediation !== undefined || q.certificateSentOn !== undefined
  const milestones: MilestoneView[] = timeline.milestones.map((m) => {
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
      citations: cites(m.citations),
    }
    if (m.id === 'contact-mediation-adviser-by' && mediationKnown) view.note = 'You told us you have already done this.'
    return view
  })

  const events = timelineEvents(request)
  const query = planQueryString(q)
  const plan: PlanView = {
    today: request.today,
    todayText: govukDate(request.today),
    decision: { id: request.decision, title: DECISIONS[request.decision].title },
    appealable: timeline.appealable,
    area: area ? { known: true, id: area.id, name: area.name } : { known: false, ...(q.area ? { given: q.area.slice(0, 40) } : {}) },
    sendiass: contact('sendiass') ?? { name: 'Your local SENDIASS' },
    warnings: warnings(ctx),
    routes,
    closedRoutes: timeline.closedRoutes.map((c) => ({ id: c.id, title: ROUTES[c.id].title, reason: c.reason, citations: cites(c.citations) })),
    comparison,
    milestones,
    national: national.map(fromNational),
    links: {
      plan: `/plan?${query}`,
      print: `/plan/print?${query}`,
      changeAnswers: checkAnswersUrl(answersFromPlanQuery(q as Record<string, unknown>)),
    },
  }
  const waiting = stillWaiting(ctx, areaParam)
  if (waiting) plan.stillWaiting = waiting
  if (calendarMilestones(timeline.milestones).length > 0) plan.links.ics = `/plan.ics?${query}`
  if (events.length > 0) plan.timeline = { svg: timelineSvg(events, { idPrefix: 'plan-timeline', title: 'Your dates on a timeline' }), items: events.map(describeEvent) }
  return plan
}
