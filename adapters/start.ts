// `npm start`: runs every platform whose settings are present, or the console chat when none are.
// Every setting is read and validated before anything heavy loads, so a typo or a half-finished setup stops
// start-up at once with one line; discord.js and Bolt are imported only for a platform that is configured.
import dotenv from 'dotenv';
import { StoryBot, StoryBotError } from '../src/index.js';
import { runConsole } from '../src/cli/console.js';
import { discordConfigFromEnv } from './discord/config.js';
import { installProcessGuard } from './process-guard.js';
import type { RunningAdapter } from './running-adapter.js';
import { discordShardsFromEnv } from './discord/shard-config.js';
import { slackConfigFromEnv } from './slack/config.js';
import { openStateStore, stateConfigFromEnv } from '../src/state/index.js';

async function main(): Promise<void> {
  // Quiet: dotenv 17 otherwise prints a banner into the console chat.
  dotenv.config({ quiet: true });
  const discordConfig = discordConfigFromEnv(process.env);
  const slackConfig = slackConfigFromEnv(process.env);
  const stateConfig = stateConfigFromEnv(process.env);
  const discordShards = discordConfig ? discordShardsFromEnv(process.env) : undefined;
  const bot = StoryBot.open({ corpusDir: corpusArg() });
  if (!discordConfig && !slackConfig) {
    await runConsole(bot, process.stdin, process.stdout, { contextTtlMs: stateConfig.contextTtlMs });
    return;
  }
  const log = (line: string) => console.log(line);
  installProcessGuard(log);
  // One store for every platform in this process; with REDIS_URL, shared with every other replica.
  const store = await openStateStore(stateConfig, log);
  const running: RunningAdapter[] = [];
  if (discordConfig && discordShards) {
    // Each shard is its own process with its own bot; this one only manages them (and runs Slack, if set).
    const { startDiscordShards } = await import('./discord/shards.js');
    running.push(
      await startDiscordShards(discordConfig, discordShards, log, {
        corpusDir: corpusArg(),
        redisUrl: stateConfig.redisUrl,
        contextTtlMs: stateConfig.contextTtlMs,
      }),
    );
  } else if (discordConfig) {
    const { startDiscord } = await import('./discord/index.js');
    running.push(await startDiscord(bot, discordConfig, log, { store, contextTtlMs: stateConfig.contextTtlMs }));
  }
  if (slackConfig) {
    const { startSlack } = await import('./slack/index.js');
    running.push(await startSlack(bot, slackConfig, log, { store, contextTtlMs: stateConfig.contextTtlMs }));
  }
  const stop = async (code = 0) => {
    await Promise.allSettled(running.map((r) => r.stop()));
    await store.close();
    process.exit(code);
  };
  // A platform that died for good takes the process down with it, non-zero, even while another still runs:
  // a half-dead bot that looks alive is what a supervisor cannot see.
  for (const r of running)
    void r.died?.then((reason) => {
      console.error(`story-bot: ${reason}`);
      return stop(1);
    });
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function corpusArg(): string | undefined {
  const i = process.argv.indexOf('--corpus');
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().catch((err: unknown) => {
  // Configuration and corpus problems are the user's to fix: one line, no stack.
  if (err instanceof StoryBotError) console.error(`story-bot: ${err.message}`);
  else console.error('story-bot: could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
