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

/**
 * Today in London from a reading of the time, worked out afresh only when the reading leaves the
 * day last worked out: every plan page asks for today, and working it out costs about 12 µs.
 */
export function londonToday(nowMs: () => number): () => string {
  let day = ''
  let starts = Infinity
  let ends = -Infinity
  return () => {
    const now = nowMs()
    if (now < starts || now >= ends) {
      const date = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO('Europe/London').toPlainDate()
      day = date.toString()
      // London changes its clocks at 1am or 2am, so every day starts at midnight.
      starts = date.toZonedDateTime({ timeZone: 'Europe/London' }).epochMilliseconds
      ends = date.add({ days: 1 }).toZonedDateTime({ timeZone: 'Europe/London' }).epochMilliseconds
    }
    return day
  }
}

const instantMs = () => Temporal.Now.instant().epochMilliseconds

export const londonClock: Clock = {
  today: londonToday(instantMs),
  now: instantMs,
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
