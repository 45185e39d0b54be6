import { z } from 'zod'
import { FIRST_SUPPORTED_YEAR, isIsoDate, LAST_SUPPORTED_YEAR } from './law/index.js'

// The one path for a date. Dates are ISO YYYY-MM-DD strings throughout: no times, no zones.
// Typed into a form, a date is three boxes (checkDateParts); written in a link, the API or a
// letter's JSON, it is one ISO string (isoDate). Both refuse the years the law's calendar cannot count.

/** The years the engine's working-day calendar covers. */
const FIRST_YEAR = FIRST_SUPPORTED_YEAR
const LAST_YEAR = LAST_SUPPORTED_YEAR - 1

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** A noun starts a sentence with a capital; a field name (ehc.planMadeOn, no spaces) stays as it is spelt. */
const sentenceStart = (noun: string) => (/\s/.test(noun) ? capitalise(noun) : noun)

/**
 * The one zod schema for an ISO date (the API, the plan link, the letters and the cases). `noun` names
 * the field in its messages: "the date of the letter" for a family, "ehc.planMadeOn" for the API.
 * `param`, for a link's parameter, is added in brackets so whoever wrote the link can find it.
 */
export function isoDate(noun: string, { param }: { param?: string } = {}) {
  const Noun = sentenceStart(noun)
  const tag = param ? ` (${param})` : ''
  const enter = `Enter ${noun}${tag}`
  return z
    .string({ error: (iss) => (iss.input === undefined ? enter : `${Noun} must be a date in the form YYYY-MM-DD${tag}`) })
    .trim()
    .min(1, enter)
    .refine(isIsoDate, { error: `${Noun} must be a real date in the form YYYY-MM-DD${tag}`, abort: true })
    .refine((s) => {
      const year = Number(s.slice(0, 4))
      return year >= FIRST_YEAR && year <= LAST_YEAR
    }, `${Noun} must be between ${FIRST_YEAR} and ${LAST_YEAR}${tag}`)
    .meta({ format: 'date', examples: ['2026-01-15'] })
}

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
  /** "Enter the date on the decision letter"; by default "Enter " and the subject. */
  required?: string
  /** Refuse a date after `today`. */
  notFuture?: boolean
  today?: string
  /** Earlier dates this one cannot come before. */
  notBefore?: { iso: string; message: string }[]
}

/** True when none of the boxes has anything in it: an optional date not given. */
export const isBlankDate = (raw: DateParts) => DATE_PARTS.every((p) => raw[p].trim() === '')

/**
 * Checks a date typed into the GOV.UK date input (the journey's questions, the letters' and the
 * cases' date fields), with the GOV.UK pattern's messages in order: nothing entered, a part missing,
 * not a real date, a year without 4 numbers, in the future, outside the years the law's calendar
 * covers, before an earlier event. `parts` says which boxes to mark.
 */
export function checkDateParts(raw: DateParts, rules: DateRules): DateCheck {
  const parts = { day: raw.day.trim(), month: raw.month.trim(), year: raw.year.trim() }
  const fail = (message: string, marked: DatePart[] = [...DATE_PARTS]): DateCheck => ({ ok: false, message, parts: marked })
  const missing = DATE_PARTS.filter((p) => parts[p] === '')
  if (missing.length === 3) return fail(rules.required ?? `Enter ${rules.subject.charAt(0).toLowerCase()}${rules.subject.slice(1)}`)
  if (missing.length > 0) return fail(`${rules.subject} must include a ${missing.join(' and ')}`, missing)

  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : undefined
  const month = monthNumber(parts.month)
  const year = /^\d+$/.test(parts.year) ? Number(parts.year) : undefined
  const notReal = `${rules.subject} must be a real date`
  if (day === undefined || month === undefined || year === undefined) {
    return fail(notReal, DATE_PARTS.filter((p) => ({ day, month, year })[p] === undefined))
  }
  if (parts.year.length !== 4) return fail('Year must include 4 numbers', ['year'])
  if (month < 1 || month > 12) return fail(notReal, ['month'])
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  if (!isIsoDate(iso)) return fail(notReal, ['day'])
  if (rules.notFuture && rules.today !== undefined && iso > rules.today) return fail(`${rules.subject} must be today or in the past`)
  if (year < FIRST_YEAR) return fail(`${rules.subject} must be in ${FIRST_YEAR} or later`, ['year'])
  if (year > LAST_YEAR) return fail(`${rules.subject} must be in ${LAST_YEAR} or earlier`, ['year'])
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

// Formatting and day counts come from the engine, which owns the calendar.
export {
  daysBetweenIsoDates as daysBetween,
  formatIsoDate as govukDate,
  formatIsoDateWithDay as govukDateWithDay,
  isIsoDate,
} from './law/index.js'
