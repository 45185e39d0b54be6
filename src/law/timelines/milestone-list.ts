import { civil, fromIso, toIso, type DayNumber } from '../calendar/day-number.js'
import { isProvisionalYear } from '../calendar/bank-holidays.js'
import type { MilestoneKind } from './milestones.js'
import type { Milestone, ProvisionalReason } from './timeline-result.js'

/** An optional fact's day number; checkFacts has already refused any date that is not real. */
export const dayOf = (iso: string | undefined): DayNumber | undefined => (iso === undefined ? undefined : fromIso(iso))

/** Collects milestones with their status against today. */
export class Milestones {
  readonly list: Milestone[] = []
  constructor(readonly today: DayNumber) {}

  /**
   * `workingDaysFrom`: the date was counted in working days from that day, so it rests on the
   * bank-holiday list. `because`: the date is provisional for another reason, given as a code.
   */
  add(kind: MilestoneKind, date: DayNumber, explanation = kind.explanation, workingDaysFrom?: DayNumber, because?: ProvisionalReason): Milestone {
    const m: Milestone = {
      id: kind.id,
      date: toIso(date),
      title: kind.title,
      explanation,
      actor: kind.actor,
      status: date < this.today ? 'passed' : date === this.today ? 'due-today' : 'upcoming',
      citations: kind.citations,
    }
    if (because !== undefined) {
      m.provisional = true
      m.provisionalReason = because
    } else if (workingDaysFrom !== undefined && (isProvisionalYear(civil(workingDaysFrom).year) || isProvisionalYear(civil(date).year))) {
      // Only dates counted in working days depend on the bank-holiday list.
      m.provisional = true
      m.provisionalReason = 'unconfirmed-bank-holidays'
    }
    this.list.push(m)
    return m
  }
}
