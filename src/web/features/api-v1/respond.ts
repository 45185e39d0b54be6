import type { FastifyReply } from 'fastify'
import type { z } from 'zod'
import { summariseProblems, zodProblems } from '../../../api/timeline-service.js'
import { sendProblem, type ProblemDetail } from '../../plugins/errors.js'

// How the API's account and case routes answer: one shape for bad input, one for "not found" (which is also the
// answer for another family's case, so an id reveals nothing).

export const isJson = (contentType: string | undefined) => /^application\/json\b/i.test(contentType ?? '')
export const notJson = (reply: FastifyReply) =>
  sendProblem(reply, 415, 'Send the request body as JSON, with Content-Type: application/json.', [{ field: '(body)', message: 'Expected application/json' }])

export const CASE_NOT_FOUND = 'There is no case with that id.'

export const badInput = (reply: FastifyReply, problems: ProblemDetail[]) => sendProblem(reply, 400, summariseProblems(problems), problems)

export const notFound = (reply: FastifyReply, message = CASE_NOT_FOUND) => sendProblem(reply, 404, message)

/** Parses a JSON body with a zod schema, or answers 400 with every problem and returns undefined. */
export function parseBody<T extends z.ZodType>(reply: FastifyReply, schema: T, body: unknown): z.infer<T> | undefined {
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  void badInput(reply, zodProblems(parsed.error))
  return undefined
}

type Result<T> = { ok: true; value: T } | { ok: false; status: 'invalid'; problems: ProblemDetail[] } | { ok: false; status: 'not-found' }

/** Sends a case layer's result: the value with `status`, 400 with its problems, or 404. */
export function sendResult<T>(reply: FastifyReply, result: Result<T>, status = 200, notFoundMessage?: string) {
  if (result.ok) return reply.code(status).send(result.value)
  if (result.status === 'invalid') return badInput(reply, result.problems)
  return notFound(reply, notFoundMessage)
}
