// A least-recently-used map: a Map keeps insertion order, so re-inserting on every read keeps the
// stalest entry first. Entries that `isPinned` reports as busy are skipped when evicting, so the
// cache may briefly hold more than `capacity` entries rather than drop one that work is using.
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(
    private readonly capacity: number,
    private readonly isPinned: (key: K) => boolean = () => false,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.evict();
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Without touching recency. */
  values(): IterableIterator<V> {
    return this.entries.values();
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.capacity) return;
      if (!this.isPinned(key)) this.entries.delete(key);
    }
  }
}
