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
  await app.init().catch((err: unknown) => rethrowStartError(err, 'SLACK_BOT_TOKEN', config));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.stop();
  };

  if (config.mode === 'socket') {
    await app.start().catch((err: unknown) => rethrowStartError(err, 'SLACK_APP_TOKEN', config));
    log('Slack (Socket Mode): connected');
    return { name: 'Slack (Socket Mode)', stop };
  }
  const server = await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) }).catch((err: unknown) => {
    throw listenError(err, config.port);
  });
  const port = (server.address() as AddressInfo).port;
  const eventsUrl = `http://${config.host ?? 'localhost'}:${port}/slack/events`;
  log(`Slack (HTTP): listening for events at ${eventsUrl}`);
  return { name: 'Slack (HTTP)', port, eventsUrl, stop };
}

/** A port that cannot be listened on, as one line naming PORT. */
function listenError(err: unknown, port: number): unknown {
  const code = (err as { code?: unknown }).code;
  if (code === 'EADDRINUSE')
    return new ConfigError('CONFIG_INVALID', 'PORT', `port ${port} is already in use by another program; stop it or set PORT to a free port`);
  if (code === 'EACCES')
    return new ConfigError('CONFIG_INVALID', 'PORT', `port ${port} needs privileges this process lacks; use a port above 1023`);
  return err;
}

/**
 * A start-up failure as one line naming the variable at fault: the token Slack rejected, or the Web API
 * (SLACK_API_URL, or Slack's own address) that could not be reached at all.
 */
function rethrowStartError(err: unknown, variable: string, config: SlackConfig): never {
  if ((err as { code?: unknown }).code === 'slack_webapi_request_error') {
    const url = config.apiUrl ?? 'https://slack.com/api/';
    const cause = networkCause(err);
    throw new ConfigError(
      'CONFIG_INVALID',
      'SLACK_API_URL',
      `could not reach the Slack Web API at ${url}${cause ? ` (${cause})` : ''}; ${config.apiUrl ? 'check the URL' : 'check the network, or set SLACK_API_URL'}`,
    );
  }
  rethrowBadToken(err, variable);
}

/** "ECONNREFUSED", "ENOTFOUND", "timed out": the innermost reason a request failed. */
function networkCause(err: unknown): string | undefined {
  let reason: string | undefined;
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (name === 'TimeoutError') reason = 'timed out';
    else if (typeof code === 'string' && !code.startsWith('slack_')) reason = code;
    else if (depth > 1 && typeof message === 'string' && message) reason = message;
    e = (e as { original?: unknown }).original ?? (e as { cause?: unknown }).cause;
  }
  return reason;
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
