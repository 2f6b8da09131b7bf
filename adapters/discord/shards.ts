import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type { RunningAdapter } from '../running-adapter.js';
import type { DiscordConfig } from './config.js';
import { describeLoginFailure } from './gateway-close.js';
import type { DiscordShards } from './shard-config.js';

export interface ShardOptions {
  /** Corpus folder each shard opens. Default: the shards' own default (`STORY_CORPUS`, else corpus/). */
  corpusDir?: string;
  /** Shared state for the shards (rate limits, conversations). Default: each shard's own memory. */
  redisUrl?: string;
  contextTtlMs?: number;
  /** How long a shard may take to log in before start-up fails. Default 60 s. */
  readyTimeoutMs?: number;
}

export interface RunningShards extends RunningAdapter {
  readonly manager: ShardingManager;
  readonly totalShards: number;
}

/**
 * Runs the bot as `shards` gateway shards, each a child process (adapters/discord/shard-entry.ts) managed by
 * discord.js's ShardingManager, which restarts a shard whose process dies. `auto` asks Discord's
 * `GET /gateway/bot` for the recommended count, through `config.apiBase` when one is set (discord.js's own
 * lookup would always ask discord.com).
 */
export async function startDiscordShards(
  config: DiscordConfig,
  shards: DiscordShards,
  log: (line: string) => void,
  options: ShardOptions = {},
): Promise<RunningShards> {
  // Asked whatever the count: a token Discord refuses stops start-up here with one line, before a process per
  // shard would each print its own login failure.
  const recommended = await recommendedShards(config);
  const totalShards = shards === 'auto' ? recommended : shards;
  const here = import.meta.url;
  const typescript = here.endsWith('.ts');
  const manager = new ShardingManager(fileURLToPath(new URL(`./shard-entry.${typescript ? 'ts' : 'js'}`, here)), {
    token: config.token,
    totalShards,
    respawn: true,
    mode: 'process',
    execArgv: typescript ? ['--import', 'tsx'] : [],
  });
  // Settings reach each shard through its environment, as at any start-up (the token is set by the manager).
  const env: Record<string, string> = {
    DISCORD_APPLICATION_ID: config.applicationId,
    ...(config.apiBase ? { DISCORD_API_BASE: config.apiBase } : {}),
    ...(config.guildId ? { DISCORD_GUILD_ID: config.guildId } : {}),
    ...(options.corpusDir ? { STORY_CORPUS: options.corpusDir } : {}),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...(options.contextTtlMs ? { CONTEXT_TTL: `${options.contextTtlMs}ms` } : {}),
  };
  manager.on('shardCreate', (shard: Shard) => {
    Object.assign(shard.env as Record<string, string>, env);
    shard.on('death', () => log(`Discord: shard ${shard.id} died; restarting it`));
    shard.on('ready', () => log(`Discord: shard ${shard.id} of ${totalShards} ready`));
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.kill();
  };
  try {
    await manager.spawn({ amount: totalShards, delay: 0, timeout: options.readyTimeoutMs ?? 60_000 });
  } catch (err) {
    await stop();
    throw new Error(`Discord shards did not start: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  log(`Discord: ${totalShards} shard${totalShards === 1 ? '' : 's'} running`);
  return { name: `Discord (${totalShards} shards)`, manager, totalShards, stop };
}

/** Discord's recommended shard count for this bot; the token's first check too (401: refused). */
async function recommendedShards(config: DiscordConfig): Promise<number> {
  const base = config.apiBase ?? 'https://discord.com/api';
  const res = await fetch(`${base}/v10/gateway/bot`, { headers: { authorization: `Bot ${config.token}` } });
  if (res.status === 401) throw new Error(describeLoginFailure({ code: 'TokenInvalid' }));
  if (!res.ok) throw new Error(`Discord would not say how many shards to run (GET /gateway/bot: HTTP ${res.status})`);
  const { shards } = (await res.json()) as { shards?: unknown };
  if (typeof shards !== 'number' || !(shards >= 1)) throw new Error('Discord gave no shard count (GET /gateway/bot)');
  return shards;
}
