import type { Area } from './schema.js'

// An area's published school terms, in the shape the engine's exclusion counting takes. The law
// cannot know term dates, so whoever knows the area (the API, the plan link) passes them in.

export interface AreaSchoolDays {
  termDates: { from: string; to: string }[]
  closedDays: string[]
  /** The academic years whose dates the council has not published (or we could not confirm), in order. */
  unpublished: { year: string; status: 'not-yet-published' | 'not-confirmed' }[]
  /** The last published year, e.g. "2025/26". */
  lastPublished?: string
}

/** Every published year's terms and closures; undefined when the area has no term dates at all. */
export function areaSchoolDays(area: Area): AreaSchoolDays | undefined {
  const years = area.schoolTerms?.years
  if (!years) return undefined
  const published = years.filter((y) => y.status === 'published')
  return {
    termDates: published.flatMap((y) => y.terms.map((t) => ({ from: t.start, to: t.end }))),
    closedDays: published.flatMap((y) => y.closures.map((c) => c.date)),
    unpublished: years.flatMap((y) => (y.status === 'published' ? [] : [{ year: y.year, status: y.status }])),
    lastPublished: published.at(-1)?.year,
  }
}

/**
 * The sentence for an exclusion the area's dates cannot count: the year is not published (or not
 * confirmed), so the family asks the school. Used in place of the engine's "give the next term".
 */
export function termDatesNotPublished(area: Area | undefined, days: AreaSchoolDays | undefined): string {
  if (!area || !days) return "We do not have school term dates for your area, so the school days cannot be counted here. Ask your child's school for its term dates"
  // The count ran past the last published term, so the year that matters is the first one after it.
  const missing = days.unpublished.find((u) => days.lastPublished === undefined || u.year > days.lastPublished) ?? days.unpublished[0]
  const which = missing ? `for ${missing.year} are not ${missing.status === 'not-confirmed' ? 'confirmed' : 'published'} yet` : 'do not go far enough'
  return `${area.name}'s school term dates ${which}, so the school days cannot be counted yet. Ask your child's school for its term dates`
}

/** The exclusion facts with the area's term dates filled in, unless the caller gave its own. */
export function withAreaTermDates<E extends { termDates?: { from: string; to: string }[]; closedDays?: string[] }>(
  exclusion: E,
  days: AreaSchoolDays | undefined,
): E {
  if (!days || (exclusion.termDates !== undefined && exclusion.termDates.length > 0)) return exclusion
  return { ...exclusion, termDates: days.termDates, closedDays: [...(exclusion.closedDays ?? []), ...days.closedDays] }
}
