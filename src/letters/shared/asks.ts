import type { Period } from '../../law/index.js'

// Times a letter asks for where no law sets one. Kept out of the templates so that every number
// of days in a template comes from somewhere named: the law engine, or here.

/** What the complaint letter suggests; the family may change it. */
export const COMPLAINT_REPLY_ASK: Period = { amount: 20, unit: 'working days' }

/** A polite, firm time to reply when the law sets none. */
export const REPLY_ASK: Period = { amount: 10, unit: 'working days' }

/** For something the law says is already late (a mediation certificate): a short, firm time. */
export const OVERDUE_REPLY_ASK: Period = { amount: 2, unit: 'working days' }

/**
 * Replies asked of a school are counted in working days, which run on through the school
 * holidays while the school is closed: say so, beside the date.
 */
export const SCHOOL_HOLIDAY_NOTE =
  'That date counts working days, not school days. If a school holiday comes before it, the school may be closed and reply later, so allow for the holiday before you follow it up.'
