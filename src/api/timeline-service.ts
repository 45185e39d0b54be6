import type { ZodError } from 'zod'
import { computeTimeline, TimelineFactsError, type Problem, type Timeline, type TimelineFacts } from '../law/index.js'
import { timelineRequestSchema } from './schemas.js'

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; problems: Problem[] }

export function zodProblems(error: ZodError): Problem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
    message: issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message,
  }))
}

/** Checks a request's shape (zod), then its facts (the law), then works out the timeline. */
export function timelineFor(input: unknown, today: () => string): TimelineResult {
  const parsed = timelineRequestSchema.safeParse(input)
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) }
  const facts: TimelineFacts = { ...parsed.data, today: parsed.data.today ?? today() }
  try {
    return { ok: true, timeline: computeTimeline(facts) }
  } catch (error) {
    if (error instanceof TimelineFactsError) return { ok: false, problems: error.problems }
    throw error
  }
}

/** One sentence for a list of problems, for the API's `error` and the CLI. */
export function summariseProblems(problems: Problem[]): string {
  const first = problems[0]
  if (!first) return 'The request is not valid.'
  const named = first.field === '(body)' || first.message.startsWith(first.field)
  const sentence = `${named ? '' : `${first.field}: `}${first.message}.`
  return problems.length === 1 ? sentence : `${sentence} There are ${problems.length - 1} more problems: see details.`
}
