import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { StateStore, Turn } from './state-store.js';

/**
 * A sliding window as a sorted set of hit times, trimmed, counted and added to in one script so that replicas
 * racing on one user cannot both take the last hit. The server's clock decides, so replicas' clocks need not agree.
 * Returns {1, 0} when allowed, {0, retryAfterMs} when not.
 */
const SLIDING_WINDOW = `
local key, limit, window, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, window - (now - tonumber(oldest[2]))}
end
redis.call('ZADD', key, now, member)
redis.call('PEXPIRE', key, window)
return {1, 0}
`;

type WithScript = Redis & { storyBotHit(key: string, limit: number, windowMs: number, member: string): Promise<[number, number]> };

export interface RedisStoreOptions {
  /** Put before every key, so several bots (or a bot and other users) can share one Redis. Default `story-bot:`. */
  prefix?: string;
  /**
   * How long a command may take before it counts as failed, so an unresponsive Redis costs a person at most this
   * much before the bot answers from memory. Default 500 ms.
   */
  commandTimeoutMs?: number;
}

/**
 * The state in Redis, shared by every replica; keys expire on their own (SET NX PX for ids, PEXPIRE on rate
 * windows, SET PX for values). Commands fail at once while the connection is down (no offline queue) rather
 * than wait, so the caller can fall back; ioredis keeps reconnecting in the background.
 */
export class RedisStore implements StateStore {
  readonly kind = 'redis';
  readonly client: WithScript;
  private readonly prefix: string;

  constructor(url: string, options: RedisStoreOptions = {}) {
    this.prefix = options.prefix ?? 'story-bot:';
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 2_000,
      // Reconnect for ever, at most a second apart: the bot outlives a Redis restart.
      retryStrategy: (times) => Math.min(times * 100, 1_000),
    }) as WithScript;
    this.client.defineCommand('storyBotHit', { numberOfKeys: 1, lua: SLIDING_WINDOW });
    // ioredis reports connection errors as events; without a listener it prints each one. The caller that
    // falls back logs the outage once instead.
    this.client.on('error', () => {});
  }

  /** Resolves true once connected, or false after `timeoutMs` (the client keeps trying). */
  ready(timeoutMs = 2_000): Promise<boolean> {
    if (this.client.status === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.client.on('ready', onReady);
    });
  }

  async firstSight(id: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(this.prefix + id, '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
  }

  async hit(key: string, limit: number, windowMs: number): Promise<Turn> {
    if (!Number.isFinite(limit)) return { allowed: true };
    const [allowed, retryAfterMs] = await this.client.storyBotHit(this.prefix + key, limit, Math.round(windowMs), randomUUID());
    return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterMs: Math.max(0, retryAfterMs) };
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.client.set(this.prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
