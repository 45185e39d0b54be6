import { cite } from '../citations.js'
import { bankHolidaySet, easterSunday, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './bank-holidays.js'
import { civil, dayNumber, isoWeekday, type DayNumber } from './day-number.js'

/**
 * "Working day": any day except a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday
 * under the Banking and Financial Dealings Act 1971. The HESC r1(3) definition was not read
 * (reference §1.5, §8.1). The SEND Regs 2014 define no "working day" at all (reg 2(1) was read and
 * has none, reference §9 C7), so for mediation certificates the engine takes the same ordinary
 * meaning. SI 2006/1738 reg 2 (children's social care complaints) defines it the same way, naming
 * Boxing Day too, which is always a bank holiday or a weekend day in this calendar.
 */
export const WORKING_DAY_CITATIONS = [
  cite('HESC Rules 2008', 'r1(3)', 'U', 'Definition not read; same wording as the Employment Tribunal rules'),
  cite('SEND Regs 2014', 'reg 2(1)', 'U', 'Read: the Regulations define no working day; the ordinary meaning above is assumed'),
  cite('SI 2006/1738', 'reg 2', 'P'),
]

let table: { first: DayNumber; working: Uint8Array } | undefined

/** One flag a day over the supported range, built once: this is the engine's hot path. */
function workingDayTable() {
  if (table) return table
  const first = dayNumber(FIRST_SUPPORTED_YEAR, 1, 1)
  const last = dayNumber(LAST_SUPPORTED_YEAR + 1, 12, 31)
  const holidays = bankHolidaySet()
  const working = new Uint8Array(last - first + 1)
  for (let z = first; z <= last; z++) {
    const { year, month, day } = civil(z)
    // Christmas Day and Good Friday are common-law holidays, named separately by the definition.
    const named = (month === 12 && day === 25) || z === easterSunday(year) - 2
    working[z - first] = isoWeekday(z) >= 6 || holidays.has(z) || named ? 0 : 1
  }
  table = { first, working }
  return table
}

export function isWorkingDay(z: DayNumber): boolean {
  const { first, working } = workingDayTable()
  const flag = working[z - first]
  if (flag === undefined) throw new RangeError(`No working-day calendar for day ${z}`)
  return flag === 1
}

/** The day itself if it is a working day, otherwise the next working day (HESC r12(2)). */
export function onOrNextWorkingDay(z: DayNumber): DayNumber {
  let d = z
  while (!isWorkingDay(d)) d++
  return d
}

/** The first working day strictly after the given day. */
export function firstWorkingDayAfter(z: DayNumber): DayNumber {
  return onOrNextWorkingDay(z + 1)
}

/** The date that is `n` working days after `z` (z itself is not counted). */
export function addWorkingDays(z: DayNumber, n: number): DayNumber {
  let d = z
  let left = n
  while (left > 0) {
    d++
    if (isWorkingDay(d)) left--
  }
  return d
}

export const firstWorkingDayAfterDate = (year: number, month: number, day: number): DayNumber =>
  firstWorkingDayAfter(dayNumber(year, month, day))
