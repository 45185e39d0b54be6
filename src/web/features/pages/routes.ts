import type { FastifyInstance } from 'fastify'

/** Fixed pages linked from the footer: about and privacy, and the accessibility statement. */
export async function pagesRoutes(app: FastifyInstance) {
  app.get('/about', async (_request, reply) => reply.page('pages/about.njk', { title: 'About this service and your privacy' }))
  app.get('/accessibility', async (_request, reply) =>
    reply.page('pages/accessibility.njk', { title: 'Accessibility statement' }),
  )
}
