/**
 * A bounded map that forgets the least recently used key first: rendered plan pages (web) and prepared
 * statements (store) are each kept in one.
 */
export class Lru<V> {
  private readonly entries = new Map<string, V>()
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  set(key: string, value: V) {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }

  get size() {
    return this.entries.size
  }
}
