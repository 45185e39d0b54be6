/**
 * A small least-recently-used cache of rendered pages. Pages that are a pure function of their
 * URL and the date (the plan) are rendered once per day per link: a family reopening or
 * refreshing its plan, or a shared link, costs a lookup rather than a render.
 * Only pages with nothing personal beyond their own URL may be cached here. Pages are kept as
 * UTF-8 bytes, so a cached page is sent without encoding it again.
 */
export class PageCache {
  private readonly entries = new Map<string, Buffer>()
  constructor(private readonly max: number) {}

  get(key: string): Buffer | undefined {
    const html = this.entries.get(key)
    if (html !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key)
      this.entries.set(key, html)
    }
    return html
  }

  set(key: string, html: Buffer) {
    this.entries.delete(key)
    this.entries.set(key, html)
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }

  get size() {
    return this.entries.size
  }
}
