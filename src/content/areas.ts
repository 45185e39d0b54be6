import type { Content } from './load-content.js'
import type { Area } from './schema.js'

export type AreaLookup = { area: Area; known: true } | { area: undefined; known: false }

/** The areas in the order lists show them: by `order` in their file, then by name. */
export const areaList = (content: Pick<Content, 'areas'>): Area[] =>
  [...content.areas.values()].sort(
    (a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name),
  )

/** Area ids in a stable order, for menus and links. */
export const areaIds = (content: Pick<Content, 'areas'>): string[] => [...content.areas.keys()].sort()

/**
 * Looks an area up by id as it may arrive in a URL or form ("Liverpool", " knowsley ").
 * `known: false` lets the page say "we don't have local details for that area" instead of failing.
 */
export function findArea(content: Pick<Content, 'areas'>, id: string | undefined): AreaLookup {
  const area = typeof id === 'string' ? content.areas.get(id.trim().toLowerCase()) : undefined
  return area ? { area, known: true } : { area: undefined, known: false }
}
