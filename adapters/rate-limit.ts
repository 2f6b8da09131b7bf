import { SlidingWindow, type StateStore, type Turn } from '../src/state/index.js';

/** What the adapters ask before answering: may this key (a user) have another turn now? */
export interface Limiter {
  take(key: string): Turn | Promise<Turn>;
}

/**
 * A per-key sliding-window limit in this process's memory: at most `limit` hits in any `windowMs`. Chat adapters
 * key it by user so one person cannot flood a channel; the clock is injectable so tests need not sleep.
 */
export class RateLimiter extends SlidingWindow implements Limiter {}

/**
 * The same limit kept in the state store, so a person's turns are counted across every replica (with Redis) and
 * a flood spread by a load balancer is still one person's flood.
 */
export class SharedRateLimiter implements Limiter {
  constructor(
    private readonly store: StateStore,
    /** Hits allowed per window. */
    readonly limit = 5,
    /** Window length in milliseconds. */
    readonly windowMs = 10_000,
    /** Keeps platforms' user ids apart in one store. */
    private readonly prefix = 'rate:',
  ) {}

  take(key: string): Promise<Turn> {
    return this.store.hit(this.prefix + key, this.limit, this.windowMs);
  }
}
