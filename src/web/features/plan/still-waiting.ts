import { daysBetween } from '../../../dates.js'
import type { WaitingFor } from '../../../journey/journey.js'
import { days, law, on, withQuery } from './plan-view.js'
import type { PlanContext, StillWaitingView, WaitingItemView } from './plan-view.js'

// The "still waiting" path: a family waiting for the council to decide learns the date by which it
// had to act (from the engine's EHC milestones), whether it is late, and what to do about it.

interface Waiting {
  /** What the plan is about, in a sentence without its full stop. */
  summary: string
  milestone: string
  heading: string
  what: string
  startedOn: 'requestReceivedOn' | 'reviewMeetingOn'
  after: string
}

const WAITING: Record<WaitingFor, Waiting> = {
  'assessment-decision': {
    summary: 'You are still waiting for the council to decide whether to do an EHC needs assessment',
    milestone: 'assessment-decision-due',
    heading: 'A decision on your request for an assessment',
    what: 'decide whether to do an EHC needs assessment',
    startedOn: 'requestReceivedOn',
    after: 'If the council says no, you can appeal. Its letter must tell you how and by when.',
  },
  'final-plan': {
    summary: 'You are still waiting for the council to send the final EHC plan',
    milestone: 'final-plan-due',
    heading: 'The final EHC plan',
    what: 'send you the final EHC plan',
    startedOn: 'requestReceivedOn',
    after: 'When the final plan arrives, you can appeal about what it says if you disagree with it.',
  },
  'review-decision': {
    summary: 'You are still waiting for the council’s decision after the annual review',
    milestone: 'review-decision-due',
    heading: 'The decision after the annual review',
    what: 'tell you whether it will keep, change or stop the EHC plan',
    startedOn: 'reviewMeetingOn',
    after: 'If the council decides not to change the plan, or to stop it, you can appeal. Its letter must tell you how and by when.',
  },
}

/** What the family is waiting for: as they told us, or else every EHC time limit we can date. */
function waitingFor({ request, milestone }: PlanContext): WaitingFor[] {
  if (request.waitingFor) return [request.waitingFor]
  if (request.decision !== 'la-conduct') return []
  return (Object.keys(WAITING) as WaitingFor[]).filter((k) => milestone(WAITING[k].milestone))
}

export const waitingSummary = (kind: WaitingFor): string => WAITING[kind].summary

export function stillWaiting(ctx: PlanContext): StillWaitingView | undefined {
  const { request, milestone, areaParam } = ctx
  const items = waitingFor(ctx).flatMap((kind): WaitingItemView[] => {
    const w = WAITING[kind]
    const m = milestone(w.milestone)
    if (!m) return []
    const gap = daysBetween(request.today, m.date)
    const late = gap < 0
    const lateness = late
      ? `It is ${days(-gap)} late.`
      : gap === 0
        ? 'Today is the last day.'
        : `It has ${days(gap)} left.`
    const startedOn = request.query[w.startedOn]
    return [
      {
        kind,
        heading: w.heading,
        sentence: `${late ? 'The council had to' : 'The council must'} ${w.what} by ${on(m)}.`,
        lateness,
        late,
        after: w.after,
        ...law(m.citations),
        chaseLetter: {
          href: withQuery('/letters/chase-late-decision', { limit: kind, startedOn, area: areaParam }),
          text: 'Write a letter to chase the council',
        },
      },
    ]
  })
  if (items.length === 0) return undefined
  const ombudsman = ctx.contact('national:local-government-ombudsman')
  return {
    items,
    complaintLetter: {
      href: withQuery('/letters/complaint', { area: areaParam }),
      text: 'Write a complaint about the delay',
    },
    ...(ombudsman ? { ombudsman } : {}),
  }
}
