import type { FastifyInstance } from 'fastify'
import { caseChronology, listEntries } from '../../../cases/index.js'
import { userOf } from '../../plugins/auth.js'
import { CHRONOLOGY_MEDIA, renderChronology, type ChronologyFormat } from '../chronology/document.js'

// The case as a dated chronology, as PDF or Word, drawn by the letter worker pool (../chronology/document.ts).

const isFormat = (format: string): format is ChronologyFormat => Object.hasOwn(CHRONOLOGY_MEDIA, format)

export async function chronologyPages(app: FastifyInstance) {
  const { clock, store, letterPool } = app.services

  app.get<{ Params: { id: string } }>('/cases/:id/chronology', async (request, reply) => {
    if (!(await listEntries({ db: store.db, clock }, userOf(request).id, request.params.id))) return reply.callNotFound()
    return reply.page('cases/chronology.njk', { title: 'Chronology', backLink: `/cases/${request.params.id}`, caseId: request.params.id })
  })

  app.get<{ Params: { id: string; format: string } }>('/cases/:id/chronology.:format', async (request, reply) => {
    const { format } = request.params
    if (!isFormat(format)) return reply.callNotFound()
    const c = await caseChronology({ db: store.db, clock }, userOf(request).id, request.params.id, clock.today())
    if (!c) return reply.callNotFound()
    const bytes = await renderChronology(letterPool, c, format)
    if (!bytes) {
      return reply.code(503).header('retry-after', '60').page('errors/problem.njk', {
        title: 'Sorry, the service is busy',
        message: 'We are making a lot of documents just now. Go back and try again in a minute.',
      })
    }
    return reply.header('content-type', CHRONOLOGY_MEDIA[format]).header('content-disposition', `attachment; filename="chronology-${c.today}.${format}"`).send(bytes)
  })
}
