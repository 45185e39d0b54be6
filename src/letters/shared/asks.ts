import type { Period } from '../../law/index.js'

// Times a letter asks for where no law sets one. Kept out of the templates so that every number
// of days in a template comes from somewhere named: the law engine, or here.

/** What the complaint letter suggests; the family may change it. */
export const COMPLAINT_REPLY_ASK: Period = { amount: 20, unit: 'working days' }

/** A polite, firm time to reply when the law sets none. */
export const REPLY_ASK: Period = { amount: 10, unit: 'working days' }
