import type { StateConfig } from './config.js';
import { FallbackStore } from './fallback-store.js';
import { MemoryStore } from './memory-store.js';
import type { StateStore } from './state-store.js';

/**
 * The store the configuration asks for: memory, or Redis with memory behind it. With Redis, waits up to
 * `connectMs` for the first connection; if Redis is not there yet the bot starts anyway, on memory, says so in
 * one line, and moves to Redis once it answers.
 */
export async function openStateStore(
  config: Pick<StateConfig, 'redisUrl'>,
  log: (line: string) => void,
  connectMs = 2_000,
): Promise<StateStore> {
  if (!config.redisUrl) return new MemoryStore();
  // Loaded only here: a bot without Redis never pays for the client.
  const { RedisStore } = await import('./redis-store.js');
  const redis = new RedisStore(config.redisUrl);
  const where = `Redis at ${redactedUrl(config.redisUrl)}`;
  const ready = await redis.ready(connectMs);
  if (ready) log(`state: shared in ${where}`);
  else log(`state: ${where} not reachable yet; answering from this process's memory until it is`);
  return new FallbackStore(redis, new MemoryStore(), log, where, !ready);
}

/** The URL without its password, for logs. */
function redactedUrl(raw: string): string {
  const url = new URL(raw);
  if (url.password) url.password = '***';
  return url.href.replace(/\/$/, '');
}
