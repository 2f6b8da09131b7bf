/** Whether a hit is allowed; when not, how long until the next one would be. */
export type Turn = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * A per-key sliding-window limit in memory: at most `limit` hits in any `windowMs`. The clock is injectable so
 * tests need not sleep. The memory state store keeps one per (limit, window); adapters' RateLimiter is one.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = -Infinity;

  constructor(
    /** Hits allowed per window. */
    readonly limit = 5,
    /** Window length in milliseconds. */
    readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit for `key` and says whether it is allowed; when not, how long until the next is. */
  take(key: string): Turn {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterMs: this.windowMs - (t - recent[0]) };
    }
    recent.push(t);
    this.hits.set(key, recent);
    // Forget idle keys so a long-running bot's map does not grow with every user it has ever seen. A key only
    // goes idle a window after its last hit, so sweeping more often than once a window would find little more,
    // and with many active users every take() would pay for a scan of them all.
    if (this.hits.size > 10_000 && t - this.lastSweep >= this.windowMs) {
      this.lastSweep = t;
      for (const [k, v] of this.hits) if (t - v[v.length - 1] >= this.windowMs) this.hits.delete(k);
    }
    return { allowed: true };
  }
}
