import type { FastifyInstance } from 'fastify'
import { chosenArea } from '../local-help/area-cookie.js'
import { sendiassLines } from '../local-help/sendiass-lines.js'

/** The home page: what the service is, and where to go next. */
export async function homeRoutes(app: FastifyInstance) {
  app.get('/', async (request, reply) =>
    reply.page('home/index.njk', {
      title: 'Disagree with a decision about special educational needs?',
      sendiassLines: sendiassLines(app.services.content, chosenArea(request)),
    }),
  )
}
