import { fromIso, toIso } from './calendar/day-number.js'
import { formatDate, formatDateWithDay } from './timelines/format.js'

// The engine's date helpers on ISO YYYY-MM-DD strings, the form dates take in URLs, JSON and
// pages. Fast paths for code that runs for every page (no Temporal objects made).

/** True for a real YYYY-MM-DD date (2026-02-30 is not). */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && fromIso(value) !== undefined

/** "4 January 2027"; anything that is not a real date comes back unchanged. */
export function formatIsoDate(iso: string): string {
  const z = fromIso(iso)
  return z === undefined ? iso : formatDate(z)
}

/** "Monday 4 January 2027"; anything that is not a real date comes back unchanged. */
export function formatIsoDateWithDay(iso: string): string {
  const z = fromIso(iso)
  return z === undefined ? iso : formatDateWithDay(z)
}

/** The ISO date n days after another (n may be negative); undefined if it is not a date. */
export function isoDatePlusDays(iso: string, n: number): string | undefined {
  const z = fromIso(iso)
  return z === undefined ? undefined : toIso(z + n)
}

/** Days from one ISO date to another, positive when `to` is later; NaN if either is not a date. */
export function daysBetweenIsoDates(from: string, to: string): number {
  const a = fromIso(from)
  const b = fromIso(to)
  return a === undefined || b === undefined ? NaN : b - a
}
