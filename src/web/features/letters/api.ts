import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { Temporal } from 'temporal-polyfill'
import { problemSchema } from '../../../api/schemas.js'
import { summariseProblems } from '../../../api/timeline-service.js'
import { buildLetter, isLetterType, LETTER_CSS, LETTER_TYPES, letterSchemas, type LetterType } from '../../../letters/index.js'
import { sendProblem } from '../../plugins/errors.js'
import { API_POLICY } from '../../plugins/security.js'
import { isJson, notJson } from '../api-v1/routes.js'
import { addOperation, component, PUBLIC } from '../api-v1/openapi.js'
import { LETTER_FORMS } from '../../../letters/index.js'
import { API_MEDIA_TYPES, negotiate } from './negotiate.js'
import { sendLetter } from './routes.js'

// POST /api/v1/letters/{type}: the letter's JSON fields in, the letter out as Word, PDF or HTML
// by the Accept header (PDF when the client accepts anything). Registered with the prefix
// /api/v1/letters, beside the rest of API v1; each type's schema is in the OpenAPI document.

const ACCEPTABLE = API_MEDIA_TYPES.map((m) => m.type).join(', ')

/**
 * The API's HTML letter carries its stylesheet inline, so a saved copy looks right on its own.
 * The API's policy allows no styles at all; this one allows that one stylesheet, by its hash.
 */
export const HTML_LETTER_POLICY = `${API_POLICY};style-src '${`sha256-${createHash('sha256').update(LETTER_CSS).digest('base64')}`}'`

const pascal = (type: string) =>
  type
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')

const problemResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: component('Problem', problemSchema, 'output') } },
})

for (const type of LETTER_TYPES) {
  const form = LETTER_FORMS[type]
  addOperation(`/api/v1/letters/${type}`, 'post', {
    operationId: `letter${pascal(type)}`,
    ...PUBLIC,
    summary: `${form.title}: the letter as Word, PDF or HTML`,
    description:
      `${form.description} Send the letter's fields as JSON; the Accept header chooses the format: ` +
      `${ACCEPTABLE}. With no Accept header, or */*, the letter comes back as a PDF. ` +
      'Dates are YYYY-MM-DD; the letter is dated today (London) unless `date` is given. Nothing is stored.',
    tags: ['Letters'],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: component(`${pascal(type)}Letter`, letterSchemas[type]) } },
    },
    responses: {
      200: {
        description: 'The letter, with a Content-Disposition file name such as sendpath-complaint-2026-11-27.pdf',
        headers: { 'Content-Disposition': { schema: { type: 'string' } } },
        content: {
          'application/pdf': { schema: { type: 'string', format: 'binary' } },
          [API_MEDIA_TYPES[1]!.type]: { schema: { type: 'string', format: 'binary' } },
          'text/html': { schema: { type: 'string' } },
        },
      },
      400: problemResponse(
        'The letter’s fields are not valid: each problem names its field by its dot path, such as "issues.0.what"',
      ),
      406: problemResponse(`The Accept header allows none of ${ACCEPTABLE}`),
      413: problemResponse('The body was over 64 KB'),
      415: problemResponse('The body was not JSON'),
      503: problemResponse('Every letter worker is busy and the queue is full: try again after Retry-After seconds'),
    },
  })
}

export async function letterApiRoutes(app: FastifyInstance) {
  const { clock } = app.services
  const today = () => Temporal.PlainDate.from(clock.today())

  app.post<{ Params: { type: string } }>('/:type', { bodyLimit: 64 * 1024 }, async (request, reply) => {
    const { type } = request.params
    if (!isLetterType(type)) {
      const message = `There is no letter called "${type}". The letters are: ${LETTER_TYPES.join(', ')}.`
      return sendProblem(reply, 404, message, [{ field: 'type', message: `Use one of: ${LETTER_TYPES.join(', ')}` }])
    }
    if (!isJson(request.headers['content-type'])) return notJson(reply)
    const format = negotiate(request.headers.accept)
    void reply.header('vary', 'Accept')
    if (format === undefined) {
      const message = `This API sends letters as ${ACCEPTABLE}. Ask for one of them in the Accept header.`
      return sendProblem(reply, 406, message, [{ field: '(accept)', message: `Accept one of: ${ACCEPTABLE}` }])
    }
    const result = buildLetter(type as LetterType, request.body, today())
    if (!result.ok) {
      const details = result.problems.map((p) => ({ field: p.field === '' ? '(body)' : p.field, message: p.message }))
      return sendProblem(reply, 400, summariseProblems(details), details)
    }
    if (format === 'html') void reply.header('content-security-policy', HTML_LETTER_POLICY)
    return sendLetter(reply, result.model, format, 'api')
  })
}
