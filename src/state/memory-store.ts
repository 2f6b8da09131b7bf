import { ExpiringMap } from './expiring-map.js';
import { SlidingWindow } from './sliding-window.js';
import type { StateStore, Turn } from './state-store.js';

export interface MemoryStoreOptions {
  /** Most ids remembered for dedupe. Default 10,000: Slack retries within minutes, long before a busy bot cycles them. */
  ids?: number;
  /** Most values (conversation contexts) kept. Default 10,000. */
  values?: number;
  now?: () => number;
}

/** The state of one process, bounded: what `npm start` uses with no REDIS_URL, and what Redis falls back to. */
export class MemoryStore implements StateStore {
  readonly kind = 'memory';
  private readonly ids: ExpiringMap<true>;
  private readonly values: ExpiringMap<string>;
  private readonly windows = new Map<string, SlidingWindow>();
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ids = new ExpiringMap(options.ids ?? 10_000, this.now);
    this.values = new ExpiringMap(options.values ?? 10_000, this.now);
  }

  /** Synchronous form of {@link firstSight}, for the fallback path that must not wait. */
  firstSightNow(id: string, ttlMs: number): boolean {
    const fresh = !this.ids.has(id);
    // Re-recording a redelivered id keeps it remembered as long as its retries go on.
    this.ids.set(id, true, ttlMs);
    return fresh;
  }

  hitNow(key: string, limit: number, windowMs: number): Turn {
    const shape = `${limit}/${windowMs}`;
    let window = this.windows.get(shape);
    if (!window) this.windows.set(shape, (window = new SlidingWindow(limit, windowMs, this.now)));
    return window.take(key);
  }

  getNow(key: string): string | undefined {
    return this.values.get(key);
  }

  setNow(key: string, value: string, ttlMs: number): void {
    this.values.set(key, value, ttlMs);
  }

  async firstSight(id: string, ttlMs: number): Promise<boolean> {
    return this.firstSightNow(id, ttlMs);
  }

  async hit(key: string, limit: number, windowMs: number): Promise<Turn> {
    return this.hitNow(key, limit, windowMs);
  }

  async get(key: string): Promise<string | undefined> {
    return this.getNow(key);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.setNow(key, value, ttlMs);
  }

  async close(): Promise<void> {}
}
