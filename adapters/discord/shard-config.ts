import { ConfigError } from '../../src/errors.js';

/** `DISCORD_SHARDS`: how many gateway shards to run, each in its own process; `auto` asks Discord. */
export type DiscordShards = 'auto' | number;

/** Discord caps a bot at 2,500 guilds per shard; a count far beyond what any bot needs is a typo. */
const MAX_SHARDS = 1_024;

/**
 * Reads `DISCORD_SHARDS`. Unset: no sharding (one gateway connection in this process, enough below 2,500
 * guilds). `auto`: as many as Discord recommends; a number: that many. Throws ConfigError naming the variable.
 */
export function discordShardsFromEnv(env: Readonly<Record<string, string | undefined>>): DiscordShards | undefined {
  const raw = env.DISCORD_SHARDS?.trim();
  if (!raw) return undefined;
  if (raw.toLowerCase() === 'auto') return 'auto';
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_SHARDS)
    throw new ConfigError(
      'CONFIG_INVALID',
      'DISCORD_SHARDS',
      `must be auto (as many as Discord recommends) or a number of shards from 1 to ${MAX_SHARDS}, got "${raw}"`,
    );
  return n;
}
