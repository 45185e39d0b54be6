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

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

/** What to send instead, when a body is not JSON: the example fits the endpoint. */
const jsonExample = (url: string) =>
  url.startsWith('/api/v1/letters/')
    ? 'Send a JSON object of the letter’s fields, such as {"sender": {"name": "Sam Jones", "address": "1 High Street, Liverpool L1 1AA"}, "child": {"name": "Alex Jones"}}. Each letter’s fields are in /api/v1/openapi.json'
    : 'Send a JSON object, such as {"decision": "refuse-assessment", "noticeSentOn": "2026-01-15"}'

/**
 * One place that turns failures into answers: JSON problem bodies on the API, GOV.UK-style
 * pages elsewhere. Never a stack trace, never a 500 for the client's own mistakes.
 */
export const errors = fp(async (app: FastifyInstance) => {
  /** The methods a path answers, when it exists: a wrong method gets 405 and Allow, not 404. */
  const allowedMethods = (path: string) => METHODS.filter((method) => app.findRoute({ method, url: path }) !== null)

  // Requests that find nothing are counted against their own rate limit (a scanner's 404s).
  app.setNotFoundHandler({ preHandler: app.notFoundLimit }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    const allowed = allowedMethods(path)
    // A route that matched but found nothing (/letters/love-letter) is a 404, not a wrong method.
    if (allowed.length > 0 && !allowed.includes(request.method as (typeof METHODS)[number])) {
      void reply.code(405).header('allow', allowed.join(', '))
      if (isApi(request)) return sendProblem(reply, 405, `${path} does not accept ${request.method}. Use ${allowed.join(' or ')}.`, [{ field: '(method)', message: `Use ${allowed.join(' or ')}` }])
      return reply.page('errors/problem.njk', { title: 'Sorry, there is a problem with that request', message: 'Go back and try again.' })
    }
    if (isApi(request)) return sendProblem(reply, 404, `There is no ${request.method} ${path} in this API.`)
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
        return sendProblem(reply, 400, 'The request body is not valid JSON.', [{ field: '(body)', message: jsonExample(request.url) }])
      }
      if (status === 429) return sendProblem(reply, 429, 'Too many requests. Wait a minute and try again.')
      if (status === 500) return sendProblem(reply, 500, 'Something went wrong on our side. Please try again later.')
      // Fastify's own wording ("Body cannot be empty when content-type is set to ...") is not ours to show.
      return sendProblem(reply, status, 'The request could not be read. Check its headers and body, then try again.')
    }
    if (status === 429) return reply.code(429).page('errors/too-many.njk')
    if (status === 413) return reply.code(413).page('errors/problem.njk', { title: 'What you sent is too long', message: 'Please shorten your answers and try again.' })
    if (error.code === 'FST_ERR_BAD_STATUS_CODE' || status === 500) return reply.code(500).page('errors/server.njk')
    return reply.code(status).page('errors/problem.njk', { title: 'Sorry, there is a problem with that request', message: 'Go back and try again.' })
  })
})
