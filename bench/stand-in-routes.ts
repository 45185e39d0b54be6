import type { FastifyInstance } from 'fastify'
import { addEntry, caseTimeline, listEntries } from '../src/cases/index.js'
import { requireApiUser, userOf } from '../src/web/plugins/auth.js'

// Until the JSON API for cases is in this tree, the crash test and the benchmark need its three routes. These
// stand-ins call the same store layer (src/cases) behind the same bearer-token check, and are added only where
// the real routes are missing; with the real API present they add nothing. Each run says which it used.
export function standInCaseRoutes(app: FastifyInstance): void {
  if (app.hasRoute({ method: 'POST', url: '/api/v1/cases/:id/entries' })) return
  console.log('stand-in case routes (the cases API is not in this tree)')
  const deps = () => ({ db: app.services.store.db, clock: app.services.clock })
  const caseId = (params: unknown) => (params as { id: string }).id
  app.post('/api/v1/cases/:id/entries', { preHandler: requireApiUser }, async (request, reply) => {
    const result = await addEntry(deps(), userOf(request).id, caseId(request.params), request.body)
    if (result.ok) return reply.code(201).send(result.value)
    return reply.code(result.status === 'not-found' ? 404 : 400).send(result.status === 'not-found' ? { error: 'Not found' } : { error: 'Invalid', details: result.problems })
  })
  app.get('/api/v1/cases/:id/entries', { preHandler: requireApiUser }, async (request, reply) => {
    const entries = await listEntries(deps(), userOf(request).id, caseId(request.params))
    return entries ? { entries } : reply.code(404).send({ error: 'Not found' })
  })
  app.get('/api/v1/cases/:id/timeline', { preHandler: requireApiUser }, async (request, reply) => {
    const milestones = await caseTimeline(deps(), userOf(request).id, caseId(request.params), app.services.clock.today())
    return milestones ? { milestones } : reply.code(404).send({ error: 'Not found' })
  })
}
