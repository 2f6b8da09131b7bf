import { ConfigError } from '../../src/errors.js';
import { parseEndpointUrl } from '../endpoint-url.js';

/** Settings shared by both ways of reaching Slack. */
interface SlackConfigBase {
  /** Bot User OAuth Token (`xoxb-…`): what the bot posts with. */
  botToken: string;
  /** Web API base URL. Default: Slack's own (`https://slack.com/api/`); tests point it at a fake. */
  apiUrl?: string;
}

/** Socket Mode: the bot dials out to Slack over a WebSocket, so no public URL is needed. */
interface SlackSocketConfig extends SlackConfigBase {
  mode: 'socket';
  /** App-Level Token (`xapp-…`) with the `connections:write` scope. */
  appToken: string;
}

/** HTTP mode: Slack posts signed requests to `/slack/events` on this server. */
interface SlackHttpConfig extends SlackConfigBase {
  mode: 'http';
  /** Signing Secret used to verify that requests come from Slack. */
  signingSecret: string;
  /** Port to listen on; 0 picks a free one. Default: 3000. */
  port: number;
  /** Interface to listen on. Default: all interfaces. */
  host?: string;
}

export type SlackConfig = SlackSocketConfig | SlackHttpConfig;

const DEFAULT_PORT = 3000;
const APPS_PAGE = 'https://api.slack.com/apps';

/**
 * Reads the Slack settings from the environment. Returns undefined when no Slack variable is set (Slack is
 * simply off); throws ConfigError naming the variable, and where to find its value, when one is malformed or
 * a needed companion is missing. An app token selects Socket Mode; otherwise a signing secret selects HTTP mode.
 */
export function slackConfigFromEnv(env: Readonly<Record<string, string | undefined>>): SlackConfig | undefined {
  const read = (name: string) => env[name]?.trim() || undefined;
  const botToken = read('SLACK_BOT_TOKEN');
  const appToken = read('SLACK_APP_TOKEN');
  const signingSecret = read('SLACK_SIGNING_SECRET');
  if (!botToken && !appToken && !signingSecret) return undefined;

  if (!botToken)
    throw new ConfigError(
      'CONFIG_MISSING',
      'SLACK_BOT_TOKEN',
      `missing; copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions of your app at ${APPS_PAGE}`,
    );
  if (!botToken.startsWith('xoxb-'))
    throw new ConfigError(
      'CONFIG_INVALID',
      'SLACK_BOT_TOKEN',
      `must start with xoxb- (the Bot User OAuth Token on OAuth & Permissions at ${APPS_PAGE}), not a user or app token`,
    );
  const apiUrl = parseApiUrl(read('SLACK_API_URL'));

  if (appToken) {
    if (!appToken.startsWith('xapp-'))
      throw new ConfigError(
        'CONFIG_INVALID',
        'SLACK_APP_TOKEN',
        `must start with xapp- (an App-Level Token with connections:write, under Basic Information at ${APPS_PAGE})`,
      );
    return { mode: 'socket', botToken, appToken, ...(apiUrl ? { apiUrl } : {}) };
  }

  if (!signingSecret)
    throw new ConfigError(
      'CONFIG_MISSING',
      'SLACK_APP_TOKEN',
      `missing; set it for Socket Mode (App-Level Token, xapp-…, under Basic Information at ${APPS_PAGE}) or set SLACK_SIGNING_SECRET for HTTP mode`,
    );
  if (/\s/.test(signingSecret))
    throw new ConfigError(
      'CONFIG_INVALID',
      'SLACK_SIGNING_SECRET',
      `must be one word without spaces; copy the Signing Secret from Basic Information at ${APPS_PAGE}`,
    );
  return { mode: 'http', botToken, signingSecret, port: parsePort(read('PORT')), ...(apiUrl ? { apiUrl } : {}) };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65_535)
    throw new ConfigError('CONFIG_INVALID', 'PORT', `must be a port number from 0 to 65535, got "${raw}"`);
  return port;
}

function parseApiUrl(raw: string | undefined): string | undefined {
  const url = parseEndpointUrl('SLACK_API_URL', raw, 'https://slack.com/api/');
  // The Web API client appends method names directly, so the base must end in a slash.
  return url && (url.href.endsWith('/') ? url.href : `${url.href}/`);
}
