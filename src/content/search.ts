import MiniSearch from 'minisearch'
import type { GuidancePage } from './load-content.js'

export interface GuidanceSearchResult {
  slug: string
  title: string
  summary: string
  /** Where the result lives: the guidance page, or another page such as an area's local help. */
  href: string
  score: number
}

export interface GuidanceSearch {
  search(query: string, limit?: number): GuidanceSearchResult[]
}

/** Anything search can find: a guidance page, or another page (given its own `href`) such as local help. */
export type IndexedPage = Pick<GuidancePage, 'slug' | 'title' | 'summary' | 'text'> & {
  keywords?: readonly string[] | undefined
  href?: string
}
type IndexedDoc = { slug: string; title: string; summary: string; text: string; keywords: string; href: string }

/** Longer queries are cut: nobody types more, and it bounds the work a request can cause. */
export const MAX_QUERY_LENGTH = 200

// Common words that would otherwise match every page ("what if I do not agree").
const STOP_WORDS = new Set(
  [
    'a an and are as at be by can do does for from has have how i if in is it its me my of on or so',
    'that the their them this to was what when where which who will with you your',
  ]
    .join(' ')
    .split(' '),
)

const processTerm = (term: string) => {
  const lower = term.toLowerCase()
  return STOP_WORDS.has(lower) ? null : lower
}

// Fuzzy and prefix matching on very long tokens is costly and never what a person meant.
const MAX_TERM_FOR_FUZZY = 24
const prefix = (term: string) => term.length <= MAX_TERM_FOR_FUZZY
const fuzzy = (term: string) => (term.length <= MAX_TERM_FOR_FUZZY ? 0.2 : false)

export function createGuidanceSearch(pages: readonly IndexedPage[]): GuidanceSearch {
  const index = new MiniSearch<IndexedDoc>({
    idField: 'slug',
    fields: ['title', 'summary', 'text', 'keywords'],
    storeFields: ['slug', 'title', 'summary', 'href'],
    processTerm,
    searchOptions: {
      // Keywords are the words families use for a page ("deadline"): as strong a sign as its title.
      boost: { title: 3, keywords: 3, summary: 1.5 },
      prefix,
      fuzzy,
    },
  })
  index.addAll(
    pages.map(({ slug, title, summary, text, keywords, href }) => ({
      slug,
      title,
      summary,
      text,
      keywords: (keywords ?? []).join(' '),
      href: href ?? `/guidance/${slug}`,
    })),
  )

  return {
    search(query, limit = 10) {
      const q = query.slice(0, MAX_QUERY_LENGTH).trim()
      const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 10
      if (q === '' || max === 0) return []
      return index
        .search(q)
        .slice(0, max)
        .map((r) => ({ slug: String(r.slug), title: String(r.title), summary: String(r.summary), href: String(r.href), score: r.score }))
    },
  }
}
