import { civil, fromIso, type DayNumber } from '../calendar/day-number.js'
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../calendar/bank-holidays.js'

export interface Problem {
  field: string
  message: string
}

/** A date that exists and that the calendar covers; pushes a problem and returns undefined otherwise. */
export function checkDate(problems: Problem[], field: string, label: string, value: unknown): DayNumber | undefined {
  if (value === undefined) return undefined
  const z = typeof value === 'string' ? fromIso(value) : undefined
  if (z === undefined) {
    problems.push({ field, message: `${label} must be a real date in the form YYYY-MM-DD` })
    return undefined
  }
  const { year } = civil(z)
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR - 1) {
    problems.push({ field, message: `${label} must be between ${FIRST_SUPPORTED_YEAR} and ${LAST_SUPPORTED_YEAR - 1}` })
    return undefined
  }
  return z
}
