import { ConfigError } from '../errors.js';

/** Where state is kept and how long a conversation is remembered, read and validated once at start-up. */
export interface StateConfig {
  /** Redis to share state in (`redis://host:6379/0`, `rediss://` for TLS). Absent: this process's memory. */
  redisUrl?: string;
  /** How long after its last answer a conversation's context is forgotten. Default 30 minutes. */
  contextTtlMs: number;
}

export const DEFAULT_CONTEXT_TTL_MS = 30 * 60_000;

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * Reads `REDIS_URL` and `CONTEXT_TTL` from the environment. Throws ConfigError naming the variable when one is
 * malformed; unset means the default (memory; 30 minutes).
 */
export function stateConfigFromEnv(env: Readonly<Record<string, string | undefined>>): StateConfig {
  const read = (name: string) => env[name]?.trim() || undefined;
  const redisUrl = parseRedisUrl(read('REDIS_URL'));
  const contextTtlMs = parseDuration('CONTEXT_TTL', read('CONTEXT_TTL')) ?? DEFAULT_CONTEXT_TTL_MS;
  return { ...(redisUrl ? { redisUrl } : {}), contextTtlMs };
}

function parseRedisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('CONFIG_INVALID', 'REDIS_URL', `must be a URL such as redis://127.0.0.1:6379, got "${raw}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new ConfigError('CONFIG_INVALID', 'REDIS_URL', `must start with redis:// (or rediss:// for TLS), got "${raw}"`);
  if (!url.hostname) throw new ConfigError('CONFIG_INVALID', 'REDIS_URL', `names no host, got "${raw}"`);
  return raw;
}

/** "30m", "90s", "2h", "500ms": a duration with its unit. */
export function parseDuration(variable: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/i.exec(raw);
  const ms = m ? Number(m[1]) * UNITS[m[2].toLowerCase()] : NaN;
  if (!(ms > 0) || ms > 7 * 24 * 3_600_000)
    throw new ConfigError('CONFIG_INVALID', variable, `must be a duration up to a week, such as 30m, 90s or 2h, got "${raw}"`);
  return ms;
}
