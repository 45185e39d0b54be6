import { Temporal } from 'temporal-polyfill'

// The one place that reads the time. Everything else asks a Clock, so tests (and the public
// `today` parameter) can fix the date, and no other module touches JS Date or Intl time.

export interface Clock {
  /** Today's date in England, as YYYY-MM-DD: the law runs on London time. */
  today(): string
  /** This instant, as epoch milliseconds: when a row was written, when a session or link expires. */
  now(): number
}

/** The London date of an instant. */
export const londonDateOf = (epochMs: number): string =>
  Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO('Europe/London').toPlainDate().toString()

/** Noon in London on a date, as epoch milliseconds: a safe instant for "that day". */
const londonNoon = (isoDate: string): number =>
  Temporal.PlainDate.from(isoDate).toZonedDateTime({ timeZone: 'Europe/London', plainTime: '12:00' }).epochMilliseconds

export const londonClock: Clock = {
  today: () => Temporal.Now.plainDateISO('Europe/London').toString(),
  now: () => Temporal.Now.instant().epochMilliseconds,
}

/** An instant as an ISO string (UTC), for APIs and exports: formatting a given time, not reading the clock. */
export const isoInstant = (epochMs: number): string => Temporal.Instant.fromEpochMilliseconds(epochMs).toString()

/** A clock stopped on one day (at noon in London unless `now` is given), for tests and benchmarks. */
export const fixedClock = (isoDate: string, now: number = londonNoon(isoDate)): Clock => ({ today: () => isoDate, now: () => now })

/** A clock for tests that starts at `start` (epoch ms) and moves only when told; today() follows it. */
export function manualClock(start: number): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start
  return {
    now: () => t,
    today: () => londonDateOf(t),
    advance: (ms) => {
      t += ms
    },
    set: (ms) => {
      t = ms
    },
  }
}
