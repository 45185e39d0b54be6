import type { FastifyInstance } from 'fastify'
import { createGuidanceSearch, MAX_QUERY_LENGTH } from '../../../content/search.js'

const MAX_RESULTS = 20

/** The query as one string, however it arrived (?q=a&q=b keeps the first), cut to the longest we search for. */
export function searchQuery(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v.slice(0, MAX_QUERY_LENGTH).trim() : ''
}

/** Site search over the guidance. The index is built once, when the plugin is registered. */
export async function searchRoutes(app: FastifyInstance) {
  const { search } = createGuidanceSearch(app.services.content.guidance)

  app.get<{ Querystring: { q?: string | string[] } }>('/search', async (request, reply) => {
    const query = searchQuery(request.query.q)
    const results = query === '' ? [] : search(query, MAX_RESULTS)
    return reply.page('search/index.njk', {
      title: query === '' ? 'Search the guidance' : `Search results for "${query}"`,
      query,
      results,
      searched: query !== '',
    })
  })
}
