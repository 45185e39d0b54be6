import { cite } from '../citations.js'
import { civil, dayNumber, daysInMonth, type DayNumber } from '../calendar/day-number.js'

/**
 * Calendar months by the corresponding-date rule (Dodds v Walker): a period of months after
 * a day ends on the same day of the later month; where that month is too short, on its last day
 * (31 December + 2 months = the last day of February). Reference §8.5.
 */
export const CORRESPONDING_DATE_CITATIONS = [
  cite('Dodds v Walker', '[1981] 1 WLR 1027', 'P', 'Last-day-of-month fallback from a Court of Appeal majority (reference §8.5)'),
]

export function addMonths(z: DayNumber, months: number): DayNumber {
  const { year, month, day } = civil(z)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)))
}

/**
 * The last day of a period of `months` months *starting with* a day (Equality Act 2010 Sch 17
 * para 4: "6 months starting with the date"): the day before the corresponding date, or, where
 * the later month has no corresponding date, that month's last day. Conduct on 10 March: 9 September.
 */
export function lastDayOfMonthsStartingWith(z: DayNumber, months: number): DayNumber {
  const { year, month, day } = civil(z)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  const dim = daysInMonth(y, m)
  return day > dim ? dayNumber(y, m, dim) : dayNumber(y, m, day) - 1
}

export const addDays = (z: DayNumber, days: number): DayNumber => z + days
export const addWeeks = (z: DayNumber, weeks: number): DayNumber => z + weeks * 7
/** "At least N days, beginning with the day" (SEND Regs reg 13(1)(a)): the first day counts. */
export const lastDayOfDaysBeginningWith = (z: DayNumber, days: number): DayNumber => z + days - 1
