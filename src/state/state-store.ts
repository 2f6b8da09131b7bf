import type { Turn } from './sliding-window.js';

/**
 * Everything the bot remembers between messages, behind one small interface: event ids seen (so a redelivery
 * is answered once), rate-limit hits, and conversation context. In memory by default; in Redis when
 * `REDIS_URL` is set, so any number of replicas share it. Every key expires on its own.
 *
 * Keys are the caller's (adapters prefix them by platform); values are strings (callers serialize).
 */
export interface StateStore {
  /** Which store answers: `memory`, `redis`, or `redis (memory while it is down)`. */
  readonly kind: string;
  /**
   * Records `id` as seen for `ttlMs` and says whether this was its first sighting, atomically across every
   * process sharing the store: of two replicas racing on one id, exactly one gets true.
   */
  firstSight(id: string, ttlMs: number): Promise<boolean>;
  /** One hit against a sliding window of `limit` hits per `windowMs` for `key`. */
  hit(key: string, limit: number, windowMs: number): Promise<Turn>;
  /** The value stored under `key`, unless it has expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Releases connections; the store is not used afterwards. */
  close(): Promise<void>;
}

export type { Turn } from './sliding-window.js';
