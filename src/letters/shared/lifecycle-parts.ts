import type { Temporal } from 'temporal-polyfill'
import { computeTimeline, DUTIES, SOURCES, type DutyId, type Milestone, type TimelineFacts } from '../../law/index.js'
import { isoToDate } from './template-parts.js'

// What the letters about a plan's later life ask of the law engine: the dates it works out from
// the family's facts, so a letter's "by 9 November" is the plan's own date, and the names of
// sources that are guidance or a judgment rather than a numbered rule.

/** The engine's milestones for these facts, worked out as on the letter's date. */
export function engineMilestones(facts: Omit<TimelineFacts, 'today'>, letterDate: Temporal.PlainDate): Milestone[] {
  return computeTimeline({ ...facts, today: letterDate.toString() }).milestones
}

/** The date of one milestone, when the engine gives it. */
export function engineDate(milestones: readonly Milestone[], id: string): Temporal.PlainDate | undefined {
  const m = milestones.find((x) => x.id === id)
  return m === undefined ? undefined : isoToDate(m.date)
}

/** The full title of the source of a duty's first rule: a judgment or guidance, named as itself. */
export function sourceOf(id: DutyId): string {
  const first = DUTIES[id].citations[0]
  if (first === undefined) throw new RangeError(`${id} has no citation`)
  return SOURCES[first.source]
}
