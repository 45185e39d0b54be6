import { Lru } from '../../lru.js'

/**
 * A small least-recently-used cache of rendered pages. Pages that are a pure function of their
 * URL and the date (the plan) are rendered once per day per link: a family reopening or
 * refreshing its plan, or a shared link, costs a lookup rather than a render.
 * Only pages with nothing personal beyond their own URL may be cached here. Pages are kept as
 * UTF-8 bytes, so a cached page is sent without encoding it again.
 */
export class PageCache extends Lru<Buffer> {}
