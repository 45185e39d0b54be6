import fp from 'fastify-plugin'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

export interface ProblemDetail {
  field: string
  message: string
}

/** The API's problem body: a plain sentence, then each field that was wrong. */
export function sendProblem(reply: FastifyReply, status: number, error: string, details: ProblemDetail[] = []) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error, details })
}

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/')

/**
 * One place that turns failures into answers: JSON problem bodies on the API, GOV.UK-style
 * pages elsewhere. Never a stack trace, never a 500 for the client's own mistakes.
 */
export const errors = fp(async (app: FastifyInstance) => {
  app.setNotFoundHandler((request, reply) => {
    if (isApi(request)) return sendProblem(reply, 404, `There is no ${request.method} ${request.url.split('?')[0]} in this API.`)
    return reply.code(404).page('errors/not-found.njk')
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
    if (status === 500) request.log.error({ err: error }, 'unhandled error')
    if (isApi(request)) {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, 413, 'The request body is too large. Send at most 64 KB.', [{ field: '(body)', message: 'At most 65,536 bytes' }])
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendProblem(reply, 415, 'Send the request body as JSON (Content-Type: application/json).')
      if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return sendProblem(reply, 400, 'The request body is empty. Send a JSON object.', [{ field: '(body)', message: 'Expected a JSON object' }])
      if (status === 400 && (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)) {
        return sendProblem(reply, 400, 'The request body is not valid JSON.', [{ field: '(body)', message: 'Send a JSON object, such as {"decision": "refuse-assessment", "noticeSentOn": "2026-01-15"}' }])
      }
      if (status === 429) return sendProblem(reply, 429, 'Too many requests. Wait a minute and try again.')
      if (status === 500) return sendProblem(reply, 500, 'Something went wrong on our side. Please try again later.')
      return sendProblem(reply, status, error.message)
    }
    if (status === 429) return reply.code(429).page('errors/too-many.njk')
    if (status === 413) return reply.code(413).page('errors/problem.njk', { title: 'What you sent is too long', message: 'Please shorten your answers and try again.' })
    if (error.code === 'FST_ERR_BAD_STATUS_CODE' || status === 500) return reply.code(500).page('errors/server.njk')
    return reply.code(status).page('errors/problem.njk', { title: 'Sorry, there is a problem with that request', message: 'Go back and try again.' })
  })
})
