import type { FastifyInstance } from 'fastify'

/** The home page: what the service is, and where to go next. */
export async function homeRoutes(app: FastifyInstance) {
  app.get('/', async (_request, reply) =>
    reply.page('home/index.njk', { title: 'Disagree with a decision about special educational needs?' }),
  )
}
