import type { FastifyInstance } from 'fastify'
import type { GuidancePage } from '../../../content/load-content.js'
import { createGuidanceSearch } from '../../../content/search.js'
import { chosenArea } from '../local-help/area-cookie.js'
import { sendiassLines } from '../local-help/sendiass-lines.js'
import { citationInWords } from './citations.js'

const MAX_RELATED = 4

/**
 * Other pages worth reading next: the page after this one in reading order, then the pages most like it
 * (found by searching the guidance for this page's title and summary). Worked out once, at start-up.
 */
export function relatedGuidance(pages: readonly GuidancePage[]): Map<string, GuidancePage[]> {
  const search = createGuidanceSearch(pages)
  const bySlug = new Map(pages.map((p) => [p.slug, p]))
  const related = new Map<string, GuidancePage[]>()
  pages.forEach((page, i) => {
    const next = pages[i + 1] ?? pages[i - 1]
    const similar = search
      .search(`${page.title} ${page.summary}`, MAX_RELATED + 1)
      .map((r) => bySlug.get(r.slug))
      .filter((p): p is GuidancePage => p !== undefined)
    const chosen = [...(next ? [next] : []), ...similar].filter((p) => p.slug !== page.slug)
    related.set(page.slug, [...new Map(chosen.map((p) => [p.slug, p])).values()].slice(0, MAX_RELATED))
  })
  return related
}

/** The guidance pages: a list in reading order, and each page with its sources, related pages and local help. */
export async function guidanceRoutes(app: FastifyInstance) {
  const { content } = app.services
  const related = relatedGuidance(content.guidance)
  const citations = new Map(content.guidance.map((p) => [p.slug, p.citations.map(citationInWords)]))

  app.get('/guidance', async (_request, reply) =>
    reply.page('guidance/index.njk', {
      title: 'Guidance',
      description: 'Plain-English guidance on what you can do when you disagree with a decision about special educational needs.',
      pages: content.guidance,
    }),
  )

  app.get<{ Params: { slug: string } }>('/guidance/:slug', async (request, reply) => {
    const page = content.guidanceBySlug.get(request.params.slug)
    if (!page) return reply.callNotFound()
    const choice = chosenArea(request)
    return reply.page('guidance/page.njk', {
      title: page.title,
      description: page.summary,
      page,
      citations: citations.get(page.slug) ?? [],
      related: related.get(page.slug) ?? [],
      area: choice?.area,
      areaChosen: choice !== undefined,
      sendiassLines: sendiassLines(content, choice),
    })
  })
}
