import { computeTimeline, TimelineFactsError, type Problem, type Timeline, type TimelineFacts } from '../law/index.js'
import { areaSchoolDays, termDatesNotPublished, withAreaTermDates } from '../content/school-terms.js'
import type { Area } from '../content/schema.js'
import { timelineRequestSchema } from './schemas.js'
import { parseWithPlainMessages, problemsFromIssues } from './problems.js'

export { summariseProblems } from './problems.js'

/** A zod error's issues as problems in plain words, one per field (what the case record's schemas report). */
export const zodProblems = (error: { issues: readonly Parameters<typeof problemsFromIssues>[0][number][] }): Problem[] => problemsFromIssues(error.issues)

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; problems: Problem[] }

/**
 * Checks a request's shape (zod), then its facts (the law), then works out the timeline. `areas`
 * (the content's areas) lets a request name its `area`: an exclusion without its own term dates is
 * then counted with the council's published ones.
 */
export function timelineFor(input: unknown, today: () => string, areas?: ReadonlyMap<string, Area>): TimelineResult {
  const parsed = parseWithPlainMessages(timelineRequestSchema, input)
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) }
  const { area: areaId, ...request } = parsed.data
  const area = areaId === undefined ? undefined : areas?.get(areaId)
  if (areaId !== undefined && areas !== undefined && area === undefined) {
    return { ok: false, problems: [{ field: 'area', message: `area must be one of: ${[...areas.keys()].sort().join(', ')}` }] }
  }
  const days = area === undefined ? undefined : areaSchoolDays(area)
  const exclusion = request.exclusion && withAreaTermDates(request.exclusion, days)
  const usesAreaDates = exclusion !== request.exclusion
  const facts: TimelineFacts = { ...request, ...(exclusion ? { exclusion } : {}), today: request.today ?? today() }
  try {
    return { ok: true, timeline: computeTimeline(facts) }
  } catch (error) {
    if (!(error instanceof TimelineFactsError)) throw error
    if (!usesAreaDates || !area || !days) return { ok: false, problems: error.problems }
    // The area's dates ran out: say which year is not published, not "give the next term".
    const message = termDatesNotPublished(area, days)
    return { ok: false, problems: error.problems.map((p) => (p.field === 'exclusion.termDates' ? { ...p, message } : p)) }
  }
}
