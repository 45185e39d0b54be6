import type { DayNumber } from '../calendar/day-number.js'
import { addWorkingDays } from '../calendar/working-days.js'
import type { DecisionId } from '../decisions/decisions.js'
import { addMonths, lastDayOfMonthsStartingWith } from '../periods/periods.js'
import { dayOf, type Milestones } from './milestone-list.js'
import { MILESTONES } from './milestones.js'
import { OTHER_MILESTONES as X } from './milestones-other.js'
import type { TimelineFacts } from './timeline-facts.js'

const OMBUDSMAN_DECISIONS: readonly DecisionId[] = ['la-conduct', 'social-care-provision', 'transport']

/**
 * Limits that run from the act itself or from when the family first knew of it: a discrimination
 * claim, a complaint, or a complaint to an Ombudsman. Both Ombudsmen count from first notice
 * (LGA 1974 s.26B(2)(a); HSCA 1993 s.9(4)), so `firstKnewOn` is used where it is given.
 */
export function addActDeadlines(out: Milestones, facts: TimelineFacts, decision: DecisionId) {
  const act = dayOf(facts.actOn)
  const knew = dayOf(facts.firstKnewOn) ?? act
  if (act !== undefined && decision === 'disability-discrimination') {
    const by = facts.discriminationBy ?? 'school'
    out.add(by === 'school' ? MILESTONES.claimDeadline : X.countyCourtClaimBy, lastDayOfMonthsStartingWith(act, 6))
  }
  if (act !== undefined && decision === 'exclusion') out.add(MILESTONES.claimDeadline, lastDayOfMonthsStartingWith(act, 6))

  const notice = decision === 'transport' ? dayOf(facts.noticeSentOn) : undefined
  const ombudsmanFrom = knew ?? notice
  if (ombudsmanFrom !== undefined && OMBUDSMAN_DECISIONS.includes(decision)) {
    out.add(MILESTONES.ombudsmanComplaintBy, lastDayOfMonthsStartingWith(ombudsmanFrom, 12))
  }
  if (decision === 'health-provision' && act !== undefined) {
    // SI 2009/309 reg 12: 12 months from the event or, if later, from when it came to notice.
    out.add(MILESTONES.complaintBy, addMonths(Math.max(act, knew!), 12))
    // HSCA 1993 s.9(4): not "more than a year after the day" of first notice, so the anniversary is in time.
    out.add(MILESTONES.healthOmbudsmanBy, addMonths(knew!, 12))
  }
  if (decision === 'social-care-provision') addChildrensSocialCare(out, facts, act)
}

/** Children's social care: the Children Act 1989 s.26 procedure (SI 2006/1738), not SI 2009/309. */
function addChildrensSocialCare(out: Milestones, facts: TimelineFacts, act: DayNumber | undefined) {
  // Within one year (reg 9, not read): the safe view ends the day before the anniversary.
  if (act !== undefined) out.add(MILESTONES.socialCareComplaintBy, lastDayOfMonthsStartingWith(act, 12))
  const made = dayOf(facts.complaint?.madeOn)
  if (made !== undefined) out.add(X.socialCareReplyDue, addWorkingDays(made, 10), undefined, made)
  const panel = dayOf(facts.complaint?.reviewPanelRequestedOn)
  if (panel !== undefined) out.add(X.reviewPanelBy, addWorkingDays(panel, 30), undefined, panel)
}
