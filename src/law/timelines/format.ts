import { civil, isoWeekday, type DayNumber } from '../calendar/day-number.js'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Dates the GOV.UK way: "4 January 2027". */
export function formatDate(z: DayNumber): string {
  const { year, month, day } = civil(z)
  return `${day} ${MONTHS[month - 1]} ${year}`
}

/** "Monday 4 January 2027", for deadlines where the weekday helps. */
export const formatDateWithDay = (z: DayNumber): string => `${WEEKDAYS[isoWeekday(z) - 1]} ${formatDate(z)}`
