import type { Milestone, RouteId, Timeline } from '../../../law/index.js'
import { citationView, type CitationLike, type CitationView } from './citations.js'

/** Marks a citation not yet checked against the law's own words; the plan explains it once. */
export const UNCHECKED_MARK = '*'
import { govukDateWithDay } from '../../../dates.js'
import { formQuery } from '../../../form-query.js'
import type { WaitingFor } from '../../../journey/journey.js'
import type { PlanRequest } from '../../../journey/plan-link.js'

// The shapes the plan page renders, and small helpers shared by the modules that build them.

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
  /** What it is. */
  summary: string
  nextSteps: string[]
  /** Shown open: the route has a deadline still to come, or is the only thing to do. Others are folded. */
  urgent: boolean
  contacts: ContactView[]
  letter?: LinkView
  guidance?: LinkView
  citations: CitationView[]
  /** The same citations as one line of text, unchecked ones marked. */
  law: string
}

export interface WarningView {
  text: string
  citations: CitationView[]
  /** The same citations as one line of text, unchecked ones marked. */
  law: string
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
  /** Why the date may still change, in a sentence. */
  provisionalText?: string
  citations: CitationView[]
  /** The same citations as one line of text, unchecked ones marked. */
  law: string
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
  /** The same citations as one line of text, unchecked ones marked. */
  law: string
  chaseLetter: LinkView
}

export interface StillWaitingView {
  items: WaitingItemView[]
  complaintLetter: LinkView
  ombudsman?: ContactView
}

export interface ComparisonCell {
  label: string
  text: string
  citations: CitationView[]
  /** The same citations as one line of text, unchecked ones marked. */
  law: string
  generalGuidance: boolean
}

/** The one most urgent action, at the top of the plan. */
export interface DoThisNextView {
  action: string
  /** "Do it by Saturday 26 December 2026 (29 days left)." */
  when?: string
  letter?: LinkView
}

/** A note from the engine (the plan continues, school days, a pending certificate), with its law. */
export interface NoteView {
  text: string
  citations: CitationView[]
  law: string
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
  stillWaiting?: StillWaitingView
  doThisNext?: DoThisNextView
  /** Open routes, most urgent first. */
  routes: RouteView[]
  /** Steps the family has already taken, folded away. */
  done: { title: string; text: string }[]
  /** Every contact the routes name, each once. */
  contacts: ContactView[]
  pendingCertificate?: NoteView & { overdue: boolean; chase?: LinkView }
  planContinues?: NoteView
  schoolDaysNote?: NoteView
  tribunalStages?: { title: string; whatYouDo: string; dateText?: string }[]
  closedRoutes: { id: RouteId; title: string; reason: string; citations: CitationView[]; law: string }[]
  comparison: { columns: { key: string; label: string }[]; rows: { title: string; cells: ComparisonCell[] }[] }
  milestones: MilestoneView[]
  timeline?: { svg: string; items: string[] }
  national: ContactView[]
  /** National services no route names, for "Other services across England". */
  otherNational: ContactView[]
  links: { plan: string; ics?: string; print: string; changeAnswers: string }
}

/** What the modules that build a plan know about it. */
export interface PlanContext {
  request: PlanRequest
  timeline: Timeline
  milestone: (id: string) => Milestone | undefined
  contact: (ref: string) => ContactView | undefined
  /** The area id for links to letters, when the area is one we know. */
  areaParam: string | undefined
}

export const cites = (list: readonly CitationLike[]): CitationView[] => list.map(citationView)

// Most citation lists are the law's own fixed values, so each is written once per list.
const lawOf = new WeakMap<readonly CitationLike[], { citations: CitationView[]; law: string }>()

/** Citations as a list and as one line of text, ready for the page. Shared: never change them. */
export function law(list: readonly CitationLike[]): { citations: CitationView[]; law: string } {
  let made = lawOf.get(list)
  if (made === undefined) {
    const citations = cites(list)
    made = { citations, law: citations.map((c) => (c.unchecked ? `${c.text}${UNCHECKED_MARK}` : c.text)).join('; ') }
    lawOf.set(list, made)
  }
  return made
}

/** A path with query parameters, leaving out the empty ones. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const pairs: [string, string][] = []
  for (const k in params) {
    const v = params[k]
    if (v !== undefined && v !== '') pairs.push([k, v])
  }
  const s = formQuery(pairs)
  return s ? `${path}?${s}` : path
}

export const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`

/** "Monday 4 January 2027", for a milestone's date. */
export const on = (m: Milestone): string => govukDateWithDay(m.date)

/** The family is waiting for the council to decide: there is no decision yet to explain or appeal. */
export const waitingForDecision = (request: PlanRequest): boolean => request.waitingFor !== undefined || request.decision === 'la-conduct'
