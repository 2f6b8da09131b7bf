import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RateLimiter } from '../../adapters/rate-limit.js';
import { startSlack, type RunningSlack, type SlackAppOptions, type SlackConfig } from '../../adapters/slack/index.js';
import { StoryBot } from '../../src/index.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';

export const SIGNING_SECRET = 'fake-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-fake-bot-token';
export const APP_TOKEN = 'xapp-fake-app-token';

/** A bot, the fake Slack it talks to, and the adapter running between them, with its log. */
export interface SlackHarness {
  bot: StoryBot;
  fake: FakeSlack;
  slack: RunningSlack;
  /** HTTP mode: where signed requests go. */
  eventsUrl: string;
  log: string[];
  /** Resolves with the first log line matching `pattern` (already logged or still to come). */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

export interface HarnessOptions extends SlackAppOptions {
  mode?: 'http' | 'socket';
  /** The bot to serve. Default: one opened on the repository's corpus/. */
  bot?: StoryBot;
}

/**
 * Starts the fake Slack and the real Bolt adapter against it. The default rate limit is generous so tests that
 * ask several questions as one user are not throttled; the rate-limit test passes its own.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const { mode = 'http', bot = StoryBot.open({ corpusDir: 'corpus' }), ...appOptions } = options;
  const fake = await startFakeSlack();
  const log: string[] = [];
  const waiters = new Set<() => void>();
  const config: SlackConfig =
    mode === 'http'
      ? { mode, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl }
      : { mode, botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl };
  const slack = await startSlack(
    bot,
    config,
    (line) => {
      log.push(line);
      waiters.forEach((w) => w());
    },
    { rateLimiter: new RateLimiter(1000, 10_000), ...appOptions },
  );
  return {
    bot,
    fake,
    slack,
    eventsUrl: slack.eventsUrl ?? '',
    log,
    waitForLog: (pattern, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = log.find((l) => pattern.test(l));
          if (line === undefined) return;
          done();
          resolve(line);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no log line matching ${pattern} within ${timeoutMs} ms; log:\n${log.join('\n')}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    async stop() {
      await slack.stop();
      // Bolt's sockets and timers wind down just after stop() resolves; closing the fake first makes them log errors.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await fake.close();
    },
  };
}

/** A corpus folder with the given articles (file name → text), removed by the returned function. */
export function temporaryCorpus(articles: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'story-bot-slack-'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The mrkdwn texts of a posted message's blocks, sections and context elements alike (not buttons and menus). */
export function blockTexts(blocks: unknown): string[] {
  return (blocks as { type: string; text?: { text: string }; elements?: { text: unknown }[] }[])
    .filter((b) => b.type !== 'actions')
    .flatMap((b) => [
      ...(b.text ? [b.text.text] : []),
      ...(b.elements ?? []).map((e) => e.text).filter((t): t is string => typeof t === 'string'),
    ]);
}
