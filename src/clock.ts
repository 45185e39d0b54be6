import { Temporal } from 'temporal-polyfill'

// The one place that reads the time. Everything else asks a Clock, so tests (and the public
// `today` parameter) can fix the date, and no other module touches JS Date or Intl time.

export interface Clock {
  /** Today's date in England, as YYYY-MM-DD: the law runs on London time. */
  today(): string
}

export const londonClock: Clock = {
  today: () => Temporal.Now.plainDateISO('Europe/London').toString(),
}

/** A clock stopped on one day, for tests and benchmarks. */
export const fixedClock = (isoDate: string): Clock => ({ today: () => isoDate })
