// `npm start`: runs every platform whose tokens are set, or the console chat when none are.
// Platform libraries are imported only when their tokens are present, so the console starts fast.
import dotenv from 'dotenv';
import { StoryBot, StoryBotError } from '../src/index.js';
import { runConsole } from '../src/cli/console.js';
import type { RunningAdapter } from './running-adapter.js';

async function main(): Promise<void> {
  // Quiet: dotenv 17 otherwise prints a banner into the console chat.
  dotenv.config({ quiet: true });
  const env = process.env;
  const wantsDiscord = Boolean(env.DISCORD_TOKEN);
  const wantsSlack = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET);
  const discord = wantsDiscord ? await import('./discord/index.js') : undefined;
  const slack = wantsSlack ? await import('./slack/index.js') : undefined;
  // Read and validate all configuration before loading anything, so a typo stops start-up at once.
  const discordConfig = discord?.discordConfigFromEnv(env);
  const slackConfig = slack?.slackConfigFromEnv(env);
  const bot = StoryBot.open({ corpusDir: corpusArg() });
  if (!discordConfig && !slackConfig) {
    await runConsole(bot, process.stdin, process.stdout);
    return;
  }
  const log = (line: string) => console.log(line);
  const running: RunningAdapter[] = [];
  if (discord && discordConfig) running.push(await discord.startDiscord(bot, discordConfig, log));
  if (slack && slackConfig) running.push(await slack.startSlack(bot, slackConfig, log));
  const stop = async () => {
    await Promise.allSettled(running.map((r) => r.stop()));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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
