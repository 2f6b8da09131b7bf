// Shared set-up for the Discord suites: a fake Discord and the real adapter logged in to it.
import { EventEmitter } from 'node:events';
import { startDiscord, type DiscordConfig, type DiscordOptions } from '../../adapters/discord/index.js';
import type { AnswerSource } from '../../adapters/discord/interaction-handler.js';
import { StoryBot } from '../../src/index.js';
import {
  chatInput,
  fakeToken,
  startFakeDiscord,
  user,
  type FakeDiscord,
  type FakeDiscordOptions,
  type FakeUser,
  type InteractionCallback,
  type OptionValues,
} from '../fakes/discord/index.js';

export interface Harness {
  fake: FakeDiscord;
  bot: AnswerSource;
  config: DiscordConfig;
  /** Every line the adapter logged. */
  logs: string[];
  /** Resolves with the first logged line (past or future) matching `pattern`. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends `/name options` as `who` and returns the successful callback. */
  command(name: string, options?: OptionValues, who?: FakeUser): Promise<InteractionCallback>;
  stop(): Promise<void>;
}

let openedBot: StoryBot | undefined;
/** The real core over the real corpus, opened once per test file. */
export function storyBot(): StoryBot {
  return (openedBot ??= StoryBot.open({ corpusDir: 'corpus' }));
}

/** Starts a fake Discord and logs the adapter in to it; resolves once the bot is ready to answer. */
export async function startHarness(
  overrides: {
    bot?: AnswerSource;
    config?: Partial<DiscordConfig>;
    fake?: FakeDiscordOptions;
    options?: DiscordOptions;
  } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord(overrides.fake);
  const bot = overrides.bot ?? storyBot();
  const config: DiscordConfig = {
    token: fakeToken(fake.applicationId),
    applicationId: fake.applicationId,
    apiBase: fake.apiBase,
    ...overrides.config,
  };
  const logs: string[] = [];
  const logEvents = new EventEmitter();
  let running;
  try {
    running = await startDiscord(
      bot,
      config,
      (line) => {
        logs.push(line);
        logEvents.emit('line', line);
      },
      overrides.options,
    );
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    bot,
    config,
    logs,
    waitForLog(pattern, timeoutMs = 10_000) {
      const seen = logs.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          logEvents.off('line', onLine);
          reject(new Error(`no log line matching ${pattern} within ${timeoutMs} ms; logged:\n${logs.join('\n')}`));
        }, timeoutMs);
        const onLine = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          logEvents.off('line', onLine);
          resolve(line);
        };
        logEvents.on('line', onLine);
      });
    },
    async command(name, options = {}, who = user()) {
      const { id } = fake.dispatch(chatInput(name, options, who));
      return fake.awaitCallback(id);
    },
    async stop() {
      await running.stop();
      await fake.close();
    },
  };
}
