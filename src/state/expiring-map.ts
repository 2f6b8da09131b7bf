/**
 * A map whose entries expire after their own time to live and which never holds more than `capacity` entries:
 * when full, the entry written longest ago goes first. What the memory state store keeps ids and conversations
 * in, so a long-running bot's memory stays flat however many people it has talked to.
 */
export class ExpiringMap<V> {
  // A Map iterates in insertion order, and every write re-inserts, so the first entries are the oldest written.
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    // Over capacity, the oldest written goes: O(1) per write, where sweeping for expired entries would cost a
    // walk over all of them on every write once full. Expired entries are dropped when next read.
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(k);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
