import type { DayNumber } from '../calendar/day-number.js'
import { SchoolCalendar } from '../calendar/school-days.js'
import { addWorkingDays } from '../calendar/working-days.js'
import { dayOf, type Milestones } from './milestone-list.js'
import { OTHER_MILESTONES as X } from './milestones-other.js'
import type { Problem } from './facts.js'
import type { TimelineFacts } from './timeline-facts.js'

const TOO_SHORT = 'The term dates given end too soon to count 15 school days from this date; give the next term too'

/** The latest posting day whose deemed date of making (the 2nd working day after) is still in time. */
function lastPostingDay(deadline: DayNumber): DayNumber {
  let p = deadline
  while (addWorkingDays(p, 2) > deadline) p--
  return p
}

/**
 * The exclusion review limits, counted in the school's own school days (School Discipline Regs 2012
 * Sch 1). Returns problems where the term dates given do not reach far enough.
 */
export function addExclusion(out: Milestones, ex: NonNullable<TimelineFacts['exclusion']>): Problem[] {
  const problems: Problem[] = []
  const calendar = new SchoolCalendar(ex.termDates ?? [], ex.closedDays ?? [])
  const count = (field: string, from: DayNumber) => {
    const z = calendar.nthSchoolDayAfter(from, 15)
    if (z === undefined) problems.push({ field: 'exclusion.termDates', message: `${TOO_SHORT} (${field})` })
    return z
  }
  const notified = dayOf(ex.boardNotifiedOn)
  if (notified !== undefined) {
    const z = count('exclusion.boardNotifiedOn', notified)
    if (z !== undefined) out.add(X.boardReviewBy, z)
  }
  const told = dayOf(ex.boardDecisionNoticeOn)
  if (told !== undefined) {
    const z = count('exclusion.boardDecisionNoticeOn', told)
    if (z !== undefined) {
      out.add(X.reviewApplicationBy, z)
      const post = lastPostingDay(z)
      out.add(X.reviewApplicationPostBy, post, undefined, post)
    }
  }
  const posted = dayOf(ex.applicationPostedOn)
  const made = dayOf(ex.applicationDeliveredOn) ?? (posted === undefined ? undefined : addWorkingDays(posted, 2))
  if (made !== undefined) {
    out.add(X.reviewApplicationMade, made, undefined, posted)
    const z = count('exclusion.applicationPostedOn', made)
    if (z !== undefined) out.add(X.panelBy, z)
  }
  return problems
}
