import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../law/index.js'

// Small date helpers for plans. Dates are ISO YYYY-MM-DD strings throughout: no times, no zones.

export type DatePart = 'day' | 'month' | 'year'
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year']

export interface DateParts {
  day: string
  month: string
  year: string
}

export type DateCheck = { ok: true; iso: string } | { ok: false; message: string; parts: DatePart[] }

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** A month as people type it: 3, 03, Mar or March. */
function monthNumber(value: string): number | undefined {
  if (/^\d{1,2}$/.test(value)) return Number(value)
  const lower = value.toLowerCase()
  const index = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)))
  return index === -1 ? undefined : index + 1
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export interface DateRules {
  /** "The date on the decision letter": starts the messages. */
  subject: string
  /** "Enter the date on the decision letter" */
  required: string
  notFuture: boolean
  today: string
  /** Earlier dates this one cannot come before. */
  notBefore?: { iso: string; message: string }[]
}

/**
 * Checks a date typed into the GOV.UK date input, giving the GOV.UK pattern's messages in order:
 * nothing entered, a part missing, not a real date, in the future, outside the years the law's
 * calendar covers, before an earlier event.
 */
export function checkDateParts(raw: DateParts, rules: DateRules): DateCheck {
  const parts = { day: raw.day.trim(), month: raw.month.trim(), year: raw.year.trim() }
  const missing = DATE_PARTS.filter((p) => parts[p] === '')
  if (missing.length === 3) return { ok: false, message: rules.required, parts: [...DATE_PARTS] }
  const fail = (message: string, marked: DatePart[] = [...DATE_PARTS]): DateCheck => ({
    ok: false,
    message,
    parts: marked,
  })
  if (missing.length > 0) return fail(`${rules.subject} must include a ${missing.join(' and a ')}`, missing)

  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : undefined
  const month = monthNumber(parts.month)
  const year = /^\d{4}$/.test(parts.year) ? Number(parts.year) : undefined
  if (day === undefined || month === undefined || year === undefined) {
    const bad = DATE_PARTS.filter((p) => ({ day, month, year })[p] === undefined)
    return fail(`${rules.subject} must be a real date`, bad)
  }
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  if (!civil(iso)) return fail(`${rules.subject} must be a real date`)
  if (rules.notFuture && iso > rules.today) return fail(`${rules.subject} must be today or in the past`)
  if (year < FIRST_SUPPORTED_YEAR) return fail(`${rules.subject} must be in ${FIRST_SUPPORTED_YEAR} or later`, ['year'])
  const lastYear = LAST_SUPPORTED_YEAR - 1
  if (year > lastYear) return fail(`${rules.subject} must be in ${lastYear} or earlier`, ['year'])
  for (const earlier of rules.notBefore ?? []) {
    if (iso < earlier.iso) return fail(earlier.message)
  }
  return { ok: true, iso }
}

/** Splits an ISO date into the date input's fields (2026-03-05 -> 5, 3, 2026); anything else gives empty fields. */
export function isoToParts(value: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return { day: '', month: '', year: '' }
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' }
}

// Plain arithmetic rather than Temporal: these run many times for every plan page.

const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1))
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31)

/** Year, month and day of a real YYYY-MM-DD date. */
function civil(iso: string): { y: number; m: number; d: number } | undefined {
  const match = ISO.exec(iso)
  if (!match) return undefined
  const y = Number(match[1])
  const m = Number(match[2])
  const d = Number(match[3])
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d } : undefined
}

/** Days since 1 January 1970 (H. Hinnant's days-from-civil): exact for every Gregorian date. */
function dayNumber({ y, m, d }: { y: number; m: number; d: number }): number {
  const year = m <= 2 ? y - 1 : y
  const era = Math.floor(year / 400)
  const yoe = year - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** True for a real YYYY-MM-DD date. */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && civil(value) !== undefined

/** "4 January 2027" from an ISO date (the input back, unchanged, when it is not a date). */
export function govukDate(iso: string): string {
  const c = civil(iso)
  return c ? `${c.d} ${MONTH_NAMES[c.m - 1]} ${c.y}` : iso
}

/** "Monday 4 January 2027" */
export function govukDateWithDay(iso: string): string {
  const c = civil(iso)
  if (!c) return iso
  // 1 January 1970 was a Thursday (index 3, counting from Monday).
  const weekday = WEEKDAYS[(((dayNumber(c) + 3) % 7) + 7) % 7]
  return `${weekday} ${govukDate(iso)}`
}

/** Days from one ISO date to another: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const a = civil(from)
  const b = civil(to)
  return a && b ? dayNumber(b) - dayNumber(a) : NaN
}
