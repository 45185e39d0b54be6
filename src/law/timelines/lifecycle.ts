import { civil, dayNumber } from '../calendar/day-number.js'
import { addDays, addMonths, addWeeks, lastDayOfDaysBeginningWith, lastDayOfMonthsStartingWith } from '../periods/periods.js'
import { dayOf, type Milestones } from './milestone-list.js'
import { MILESTONES } from './milestones.js'
import { LIFECYCLE_MILESTONES as L } from './milestones-lifecycle.js'
import type { TimelineFacts } from './timeline-facts.js'

/** The EHC process time limits the local authority must meet, and the family's own (SEND Regs 2014, reference §3, §9.2). */
export function addEhcTimescales(out: Milestones, ehc: NonNullable<TimelineFacts['ehc']>) {
  const request = dayOf(ehc.requestReceivedOn)
  if (request !== undefined) {
    out.add(MILESTONES.assessmentDecisionDue, addWeeks(request, 6))
    out.add(MILESTONES.noPlanNoticeDue, addWeeks(request, 16))
    out.add(MILESTONES.finalPlanDue, addWeeks(request, 20))
  }
  const draft = dayOf(ehc.draftPlanServedOn)
  if (draft !== undefined) out.add(MILESTONES.draftCommentsBy, lastDayOfDaysBeginningWith(draft, 15))

  const reviewedFrom = dayOf(ehc.lastReviewOn) ?? dayOf(ehc.planMadeOn)
  if (reviewedFrom !== undefined) out.add(L.reviewDue, lastDayOfMonthsStartingWith(reviewedFrom, 12))
  const meeting = dayOf(ehc.reviewMeetingOn)
  if (meeting !== undefined) out.add(MILESTONES.reviewDecisionDue, addWeeks(meeting, 4))
  const amendments = dayOf(ehc.amendmentNoticeSentOn)
  if (amendments !== undefined) {
    out.add(L.amendmentResponseBy, lastDayOfDaysBeginningWith(amendments, 15))
    out.add(MILESTONES.amendedPlanDue, addWeeks(amendments, 8))
    if (meeting !== undefined) out.add(L.amendedPlanOverallDue, addWeeks(meeting, 12))
  }

  const reassessRequest = dayOf(ehc.reassessmentRequestedOn)
  if (reassessRequest !== undefined) out.add(L.reassessmentDecisionDue, addDays(reassessRequest, 15))
  const reassessDecision = dayOf(ehc.reassessmentDecisionOn)
  if (reassessDecision !== undefined) out.add(L.reassessmentFinalPlanDue, addWeeks(reassessDecision, 14))

  const t = ehc.transfer
  if (t !== undefined) {
    const on = dayOf(t.on)
    if (t.kind === 'post-16-other') {
      // "At least five months before": the latest day from which five months still reach the move.
      out.add(MILESTONES.phaseTransferPost16ReviewBy, addMonths(on!, -5))
    } else {
      const year = t.year ?? civil(on!).year
      // "Before 15 February" (or 31 March): the day before is the last day.
      out.add(MILESTONES.phaseTransferReviewBy, t.kind === 'secondary-to-post-16' ? dayNumber(year, 3, 30) : dayNumber(year, 2, 14))
    }
  }
}
