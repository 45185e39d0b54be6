import { fromIso, isoWeekday, type DayNumber } from './day-number.js'
import { isWorkingDay } from './working-days.js'

/** A term as the school or council publishes it: the first and last day pupils attend, ISO dates. */
export interface TermRange {
  from: string
  to: string
}

/**
 * A school's own calendar of school days, built from the term dates the caller passes in: the law
 * cannot know them (each school or council sets its own), so they are an input, never data here.
 * A school day is a weekday inside a term that is not a bank holiday, Christmas Day or Good Friday,
 * and not one of the closure days given (for example training days). The School Discipline
 * Regulations 2012 count in school days, meaning days on which the school holds a session.
 */
export class SchoolCalendar {
  private readonly days: Int32Array

  constructor(terms: readonly TermRange[], closedDays: readonly string[] = []) {
    const closed = new Set(closedDays.map((d) => fromIso(d)))
    const out: number[] = []
    const ranges = terms.map((t) => [fromIso(t.from)!, fromIso(t.to)!] as const).sort((a, b) => a[0] - b[0])
    for (const [from, to] of ranges) {
      for (let z = from; z <= to; z++) {
        // Overlapping ranges are tolerated: a day is added once.
        if (isoWeekday(z) <= 5 && isWorkingDay(z) && !closed.has(z) && (out.length === 0 || out[out.length - 1]! < z)) out.push(z)
      }
    }
    this.days = Int32Array.from(out)
  }

  /** The first index whose day is after z. */
  private firstAfter(z: DayNumber): number {
    let lo = 0
    let hi = this.days.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.days[mid]! <= z) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The `n`th school day after z (z itself not counted), or undefined where the terms given end too soon. */
  nthSchoolDayAfter(z: DayNumber, n: number): DayNumber | undefined {
    return this.days[this.firstAfter(z) + n - 1]
  }

  isSchoolDay(z: DayNumber): boolean {
    const i = this.firstAfter(z - 1)
    return this.days[i] === z
  }
}
