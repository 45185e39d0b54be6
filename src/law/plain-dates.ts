import { Temporal } from 'temporal-polyfill'
import { civil, dayNumber, fromIso, type DayNumber } from './calendar/day-number.js'
import { addWorkingDays, isWorkingDay, onOrNextWorkingDay } from './calendar/working-days.js'
import { addMonths, lastDayOfMonthsStartingWith } from './periods/periods.js'
import { appealDeadline } from './timelines/appeal-deadline.js'
import { formatDate as formatDay, formatDateWithDay as formatDayWithWeekday } from './timelines/format.js'

// The engine's calendar for the rest of sendpath, in Temporal.PlainDate: no times, no zones.

const toDay = (d: Temporal.PlainDate): DayNumber => dayNumber(d.year, d.month, d.day)
const toPlain = (z: DayNumber): Temporal.PlainDate => {
  const { year, month, day } = civil(z)
  return new Temporal.PlainDate(year, month, day)
}

export const isWorkingDate = (d: Temporal.PlainDate): boolean => isWorkingDay(toDay(d))
export const workingDaysAfter = (d: Temporal.PlainDate, n: number): Temporal.PlainDate => toPlain(addWorkingDays(toDay(d), n))
export const onOrNextWorkingDate = (d: Temporal.PlainDate): Temporal.PlainDate => toPlain(onOrNextWorkingDay(toDay(d)))
export const monthsAfter = (d: Temporal.PlainDate, n: number): Temporal.PlainDate => toPlain(addMonths(toDay(d), n))
export const lastDayOfMonthsStarting = (d: Temporal.PlainDate, n: number): Temporal.PlainDate =>
  toPlain(lastDayOfMonthsStartingWith(toDay(d), n))
/** "4 January 2027" */
export const formatDate = (d: Temporal.PlainDate): string => formatDay(toDay(d))
/** "Monday 4 January 2027" */
export const formatDateWithDay = (d: Temporal.PlainDate): string => formatDayWithWeekday(toDay(d))

/** Strict ISO date parsing: undefined for anything that is not a real YYYY-MM-DD date. */
export function parseIsoDate(value: string): Temporal.PlainDate | undefined {
  // The engine's own parser (no Temporal string parsing, which is slow); Temporal builds the result.
  const z = fromIso(value)
  return z === undefined ? undefined : toPlain(z)
}

/**
 * The last day for the Tribunal to receive a SEN appeal (HESC r20(1)(c), moved for Christmas,
 * August and non-working days), from the decision letter and any mediation certificate.
 */
export const appealLastDate = (noticeSentOn: Temporal.PlainDate, certificateIssuedOn?: Temporal.PlainDate): Temporal.PlainDate =>
  toPlain(appealDeadline(toDay(noticeSentOn), certificateIssuedOn === undefined ? undefined : toDay(certificateIssuedOn)).lastDay)
