import type { FastifyInstance } from 'fastify'
import { bankHolidays } from '../../../law/index.js'
import { timelineResponseSchema, yearSchema } from '../../../api/schemas.js'
import { summariseProblems, timelineFor } from '../../../api/timeline-service.js'
import { sendProblem } from '../../plugins/errors.js'
import { openApiDocument, serialisationSchema } from './openapi.js'
import { sessionRoutes } from './sessions.js'
import { caseRoutes } from './cases.js'

import { isJson, notJson } from './respond.js'

export { isJson, notJson } from './respond.js'

/** The public JSON API, version 1. Its URLs and fields are a contract: extend, never rename. */
export async function apiV1Routes(app: FastifyInstance) {
  app.get('/bank-holidays', async (request, reply) => {
    const raw = (request.query as Record<string, unknown>).year
    if (raw === undefined || raw === '') return sendProblem(reply, 400, 'Give the year, for example ?year=2026.', [{ field: 'year', message: 'Enter a year' }])
    const year = yearSchema.safeParse(raw)
    if (!year.success) {
      const message = year.error.issues[0]?.message ?? 'year is not valid'
      return sendProblem(reply, 400, `${message}.`, [{ field: 'year', message }])
    }
    return bankHolidays(year.data)
  })

  // The response schema lets Fastify serialise with fast-json-stringify instead of JSON.stringify.
  app.post('/timeline', { bodyLimit: 64 * 1024, schema: { response: { 200: serialisationSchema(timelineResponseSchema) } } }, async (request, reply) => {
    if (!isJson(request.headers['content-type'])) return notJson(reply)
    const result = timelineFor(request.body, app.services.clock.today)
    if (!result.ok) return sendProblem(reply, 400, summariseProblems(result.problems), result.problems)
    return result.timeline
  })

  await app.register(sessionRoutes)
  await app.register(caseRoutes)

  app.get('/openapi.json', async () => openApiDocument())
}
