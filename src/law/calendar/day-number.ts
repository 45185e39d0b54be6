// Legal dates inside the engine are whole day numbers (days since 1970-01-01 in the
// proleptic Gregorian calendar, the same count as Temporal's epoch days). They carry no
// time or zone, so they cannot drift, and integer arithmetic keeps the engine fast.
// day-number.test.ts checks every conversion against Temporal.PlainDate over the whole
// supported range. See docs/adr/0002-day-numbers-inside-the-law.md.

export type DayNumber = number

export interface Civil {
  year: number
  month: number
  day: number
}

/** Howard Hinnant's days_from_civil. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Howard Hinnant's civil_from_days. */
export function civil(z: DayNumber): Civil {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export const isoWeekday = (z: DayNumber): number => ((((z + 3) % 7) + 7) % 7) + 1

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n))

export function toIso(z: DayNumber): string {
  const { year, month, day } = civil(z)
  return `${year}-${pad2(month)}-${pad2(day)}`
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : NaN
}

/** Parses YYYY-MM-DD, refusing impossible dates such as 2026-02-30. Returns undefined when invalid. */
export function fromIso(iso: string): DayNumber | undefined {
  // Hand-rolled rather than a regular expression: this runs for every date of every timeline.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3)
  const month = digit(iso, 5) * 10 + digit(iso, 6)
  const day = digit(iso, 8) * 10 + digit(iso, 9)
  // year >= 0 also refuses NaN from a non-digit in the year ('20x6-01-01'), which would otherwise
  // pass every other check (daysInMonth(NaN, 3) is 31) and come back as NaN, not undefined.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined
  return dayNumber(year, month, day)
}
