import { Lru } from '../../lru.js'

/**
 * A small least-recently-used cache of rendered pages. Pages that are a pure function of their
 * URL and the date (the plan) are rendered once per day per link: a family reopening or
 * refreshing its plan, or a shared link, costs a lookup rather than a render.
 * Only pages with nothing personal beyond their own URL may be cached here. Pages are kept as
 * bytes, so a cached page is sent without encoding it again.
 *
 * A page is kept from the second time it is rendered (ADR 0005). Most plan links reach a server
 * once: keeping every page pushed out pages that are asked for again, and cost fresh renders about
 * a third of their speed, since a kept page outlives the young generation and only a full
 * collection frees it. The first render only notes the page's key, which is small.
 */
export class PageCache {
  private readonly pages: Lru<Buffer>
  private readonly renderedOnce: Lru<true>

  constructor(max: number) {
    this.pages = new Lru(max)
    this.renderedOnce = new Lru(max * 4)
  }

  get(key: string): Buffer | undefined {
    return this.pages.get(key)
  }

  /** Also known as: another spelling of a link whose page is kept. */
  alias(key: string, page: Buffer): void {
    this.pages.set(key, page)
  }

  /** A page just rendered for `key` (and `alsoAs`, the link as it was sent): kept if it was rendered before. */
  rendered(key: string, page: Buffer, alsoAs?: string): void {
    if (this.renderedOnce.get(key) === undefined) {
      this.renderedOnce.set(key, true)
      return
    }
    this.pages.set(key, page)
    if (alsoAs !== undefined && alsoAs !== key) this.pages.set(alsoAs, page)
  }

  get size(): number {
    return this.pages.size
  }
}
