// One Discord shard, in a process of its own, started by discord.js's ShardingManager (adapters/discord/shards.ts).
// The manager passes the shard's id and the shard count in the environment (SHARDS, SHARD_COUNT), where the
// discord.js Client reads them; the rest of the settings come the same way, validated as at any start-up.
import { StoryBot, StoryBotError } from '../../src/index.js';
import { openStateStore, stateConfigFromEnv } from '../../src/state/index.js';
import { discordConfigFromEnv } from './config.js';
import { startDiscord } from './index.js';

async function main(): Promise<void> {
  const shard = process.env.SHARDS ?? '?';
  const log = (line: string) => console.log(`shard ${shard}: ${line}`);
  const config = discordConfigFromEnv(process.env);
  if (!config) throw new Error('DISCORD_TOKEN is not set for the shard');
  const state = stateConfigFromEnv(process.env);
  const bot = StoryBot.open();
  // Every shard answers its own guilds; with REDIS_URL they share rate limits and conversations.
  const store = await openStateStore(state, log);
  const running = await startDiscord(bot, config, log, { store, contextTtlMs: state.contextTtlMs });
  const stop = async () => {
    await running.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The manager going away (it was stopped or crashed) leaves nobody to restart this shard: stop with it.
  process.once('disconnect', stop);
}

main().catch((err: unknown) => {
  console.error(`story-bot shard ${process.env.SHARDS ?? '?'}: ${err instanceof StoryBotError || err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
