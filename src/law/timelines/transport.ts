import { fromIso, type DayNumber } from '../calendar/day-number.js'
import { addWorkingDays } from '../calendar/working-days.js'
import type { Milestones } from './milestone-list.js'
import type { MilestoneKind } from './milestones.js'
import { OTHER_MILESTONES as X } from './milestones-other.js'
import type { TimelineFacts } from './timeline-facts.js'

/** The two-stage travel review of the Department for Education's guidance, in working days. */
export function addTransport(out: Milestones, facts: TimelineFacts) {
  step(out, facts.noticeSentOn, X.transportReviewRequestBy, 20)
  step(out, facts.transport?.stage1RequestedOn, X.transportReviewReplyDue, 20)
  step(out, facts.transport?.stage1DecisionOn, X.transportAppealRequestBy, 20)
  step(out, facts.transport?.stage2RequestedOn, X.transportPanelDecisionDue, 40)
}

function step(out: Milestones, iso: string | undefined, kind: MilestoneKind, days: number) {
  if (iso === undefined) return
  const from: DayNumber = fromIso(iso)!
  out.add(kind, addWorkingDays(from, days), undefined, from)
}
