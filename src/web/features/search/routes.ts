import type { FastifyInstance } from 'fastify'
import { createGuidanceSearch, MAX_QUERY_LENGTH } from '../../../content/search.js'
import { localHelpSearchPages } from '../../../content/search-local-help.js'
import { withoutHiddenCharacters } from '../../../letters/index.js'

const MAX_RESULTS = 20

/** The query as one string, however it arrived (?q=a&q=b keeps the first), cut to the longest we search for. */
export function searchQuery(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value
  // Shown back on the page, so no control or direction-control characters (issue 9).
  return typeof v === 'string' ? withoutHiddenCharacters(v).slice(0, MAX_QUERY_LENGTH).trim() : ''
}

/** Site search over the guidance and each area's local help. The index is built once, when the plugin is registered. */
export async function searchRoutes(app: FastifyInstance) {
  const { content } = app.services
  const { search } = createGuidanceSearch([...content.guidance, ...localHelpSearchPages(content)])

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
