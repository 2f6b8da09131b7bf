import type { AddressInfo } from 'node:net';
import { ConfigError, type StoryBot } from '../../src/index.js';
import type { RunningAdapter } from '../running-adapter.js';
import { createSlackApp, type SlackAppOptions } from './app.js';
import type { SlackConfig } from './config.js';

export { slackConfigFromEnv } from './config.js';
export type { SlackConfig } from './config.js';
export type { SlackAppOptions } from './app.js';
export { renderAnswer, renderHelp, SLACK_LIMITS } from './render.js';
export { APOLOGY } from '../messages.js';

/** A running Slack adapter; in HTTP mode, where it listens. */
export interface RunningSlack extends RunningAdapter {
  /** HTTP mode: the port actually bound (useful with port 0). */
  readonly port?: number;
  /** HTTP mode: the URL to give Slack as the Request URL, on this machine. */
  readonly eventsUrl?: string;
}

/** Slack's answers to auth.test / apps.connections.open that mean the token itself is wrong. */
const BAD_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

/**
 * Starts the bot on Slack: checks the bot token (auth.test), then connects over Socket Mode or listens for
 * HTTP events at `/slack/events`. A token Slack rejects stops start-up with a ConfigError naming the variable.
 */
export async function startSlack(
  bot: StoryBot,
  config: SlackConfig,
  log: (line: string) => void,
  options: SlackAppOptions = {},
): Promise<RunningSlack> {
  const app = createSlackApp(bot, config, log, options);
  await app.init().catch((err: unknown) => rethrowBadToken(err, 'SLACK_BOT_TOKEN'));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.stop();
  };

  if (config.mode === 'socket') {
    await app.start().catch((err: unknown) => rethrowBadToken(err, 'SLACK_APP_TOKEN'));
    log('Slack (Socket Mode): connected');
    return { name: 'Slack (Socket Mode)', stop };
  }
  const server = await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) });
  const port = (server.address() as AddressInfo).port;
  const eventsUrl = `http://${config.host ?? 'localhost'}:${port}/slack/events`;
  log(`Slack (HTTP): listening for events at ${eventsUrl}`);
  return { name: 'Slack (HTTP)', port, eventsUrl, stop };
}

function rethrowBadToken(err: unknown, variable: string): never {
  const code = (err as { data?: { error?: unknown } }).data?.error;
  if (typeof code === 'string' && BAD_TOKEN.has(code))
    throw new ConfigError(
      'CONFIG_INVALID',
      variable,
      `Slack rejected it (${code}); copy it again from https://api.slack.com/apps`,
    );
  throw err;
}
