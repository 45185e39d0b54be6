import { cite } from '../citations.js'
import { civil, type DayNumber } from './day-number.js'
import { isWorkingDay, onOrNextWorkingDay } from './working-days.js'

/**
 * HESC r12(3)(b): in a special educational needs case, 25 December to 1 January and every day in
 * August are not counted when working out when any act other than starting the appeal must be done.
 * r12(4): that does not apply where the Tribunal has set the date itself, so a date the Tribunal
 * gives is shown as given, never recounted.
 */
export const TRIBUNAL_COUNTING_CITATIONS = [
  cite('HESC Rules 2008', 'r12(3)(b)', 'P', 'Read from a mirror of the rule text (reference §1.4)'),
  cite('HESC Rules 2008', 'r12(4)', 'P', 'Read from a mirror of the rule text (reference §1.4)'),
]

/** Whether a day counts under r12(3)(b): not in August and not from 25 December to 1 January. */
export function isTribunalCountedDay(z: DayNumber): boolean {
  const { month, day } = civil(z)
  if (month === 8) return false
  if (month === 12 && day >= 25) return false
  return !(month === 1 && day === 1)
}

/** The day `n` counted days after `z` (z itself not counted), then moved to a working day (r12(2)). */
export function addTribunalDays(z: DayNumber, n: number): DayNumber {
  let d = z
  let left = n
  while (left > 0) {
    d++
    if (isTribunalCountedDay(d)) left--
  }
  return onOrNextWorkingDay(d)
}

/** The day `n` counted working days after `z`: a working day that r12(3)(b) does not exclude. */
export function addTribunalWorkingDays(z: DayNumber, n: number): DayNumber {
  let d = z
  let left = n
  while (left > 0) {
    d++
    if (isTribunalCountedDay(d) && isWorkingDay(d)) left--
  }
  return d
}
