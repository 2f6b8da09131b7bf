import { RateLimiter } from '../../adapters/rate-limit.js';

/** The full bench's load: at least 1,000 Slack events and 500 Discord interactions, 50 open at a time, after a warm-up. */
export const LOAD_PLANS = {
  slack: { count: 1_000, concurrency: 50, warmup: 300 },
  discord: { count: 500, concurrency: 50, warmup: 150 },
  /** Per replica count: 1,000 events, each delivered and then retried once (2,000 deliveries). */
  replicas: { count: 1_000, concurrency: 50, warmup: 300 },
} as const;

/**
 * A limiter that lets every question through, for both adapters alike: the per-user limit would answer a flood
 * with "slow down" notes, and the bench measures answering.
 */
export function noRateLimit(): RateLimiter {
  return new RateLimiter(Infinity, 1);
}
