import { cite } from '../citations.js'
import { PUBLISHED_BANK_HOLIDAYS, ONE_OFF_CHANGES } from './bank-holidays.data.js'
import { dayNumber, fromIso, isoWeekday, toIso, type DayNumber } from './day-number.js'

/** The engine refuses dates outside these years: beyond them even a provisional calendar is guesswork. */
export const FIRST_SUPPORTED_YEAR = 1990
export const LAST_SUPPORTED_YEAR = 2100

export const BANK_HOLIDAY_CITATIONS = [
  cite('Banking and Financial Dealings Act 1971', 's.1 and Sch 1 para 1', 'S', 'Read as quoted by secondary sources'),
]

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return dayNumber(year, month, day)
}

const firstMonday = (year: number, month: number): DayNumber => {
  const first = dayNumber(year, month, 1)
  return first + ((8 - isoWeekday(first)) % 7)
}
const lastMonday = (year: number, month: number, lastDay: number): DayNumber => {
  const last = dayNumber(year, month, lastDay)
  return last - ((isoWeekday(last) + 6) % 7)
}

/**
 * The bank holidays a year has under the standing rules (BFDA 1971 Sch 1 and the annual
 * proclamations for New Year's Day and early May), with GOV.UK's substitute days, plus the
 * one-off changes already proclaimed. Good Friday and Christmas Day are listed too, as GOV.UK does.
 */
export function bankHolidaysByRule(year: number): DayNumber[] {
  const days: DayNumber[] = []
  const newYear = dayNumber(year, 1, 1)
  const nyDow = isoWeekday(newYear)
  days.push(nyDow === 6 ? newYear + 2 : nyDow === 7 ? newYear + 1 : newYear)
  const easter = easterSunday(year)
  days.push(easter - 2, easter + 1)
  days.push(firstMonday(year, 5), lastMonday(year, 5, 31), lastMonday(year, 8, 31))
  const christmas = dayNumber(year, 12, 25)
  const xDow = isoWeekday(christmas)
  // Substitutes: each of 25 and 26 December that falls at a weekend moves to the next weekday not already a holiday.
  if (xDow <= 4) days.push(christmas, christmas + 1)
  else if (xDow === 5) days.push(christmas, christmas + 3) // Fri: Boxing Day (Sat) moves to Monday 28th
  else if (xDow === 6) days.push(christmas + 2, christmas + 3) // Sat: Mon 27th and Tue 28th
  else days.push(christmas + 1, christmas + 2) // Sun: Boxing Day Mon 26th, Christmas substitute Tue 27th

  for (const change of ONE_OFF_CHANGES) {
    if (!change.date.startsWith(`${year}-`)) continue
    const instead = change.instead ? fromIso(change.instead) : undefined
    if (instead !== undefined) days.splice(days.indexOf(instead), 1)
    days.push(fromIso(change.date)!)
  }
  return days.sort((a, b) => a - b)
}

export interface BankHolidayYear {
  year: number
  /** True when GOV.UK's list for this year was not checked: the dates are the rule's forecast. */
  provisional: boolean
  dates: string[]
}

export function bankHolidays(year: number): BankHolidayYear {
  const published = PUBLISHED_BANK_HOLIDAYS[year]
  if (published) return { year, provisional: false, dates: [...published] }
  return { year, provisional: true, dates: bankHolidaysByRule(year).map(toIso) }
}

export const isProvisionalYear = (year: number): boolean => PUBLISHED_BANK_HOLIDAYS[year] === undefined

let holidaySet: Set<DayNumber> | undefined

/** Every bank holiday in the supported range, built once: working-day checks are on the engine's hot path. */
export function bankHolidaySet(): Set<DayNumber> {
  if (holidaySet) return holidaySet
  const set = new Set<DayNumber>()
  for (let year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR + 1; year++) {
    const published = PUBLISHED_BANK_HOLIDAYS[year]
    const days = published ? published.map((d) => fromIso(d)!) : bankHolidaysByRule(year)
    for (const d of days) set.add(d)
  }
  holidaySet = set
  return set
}
