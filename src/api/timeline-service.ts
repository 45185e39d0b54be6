import { computeTimeline, TimelineFactsError, type Problem, type Timeline, type TimelineFacts } from '../law/index.js'
import { timelineRequestSchema } from './schemas.js'
import { parseWithPlainMessages, problemsFromIssues } from './problems.js'

export { summariseProblems } from './problems.js'

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; problems: Problem[] }

/** Checks a request's shape (zod), then its facts (the law), then works out the timeline. */
export function timelineFor(input: unknown, today: () => string): TimelineResult {
  const parsed = parseWithPlainMessages(timelineRequestSchema, input)
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) }
  const facts: TimelineFacts = { ...parsed.data, today: parsed.data.today ?? today() }
  try {
    return { ok: true, timeline: computeTimeline(facts) }
  } catch (error) {
    if (error instanceof TimelineFactsError) return { ok: false, problems: error.problems }
    throw error
  }
}
