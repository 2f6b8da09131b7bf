import { ConfigError } from '../../src/errors.js';
import { parseEndpointUrl } from '../endpoint-url.js';

/** Everything the Discord adapter needs, read and validated once at start-up. */
export interface DiscordConfig {
  /** Bot token (Developer Portal → your application → Bot → Reset Token). */
  token: string;
  /**
   * Application id (Developer Portal → General Information → Application ID). Needed to register commands and
   * for the invite URL. Default: decoded from the token's first segment, which is the bot's user id, and a bot's
   * user id is its application's id.
   */
  applicationId: string;
  /** Register commands to this server only (instant; for a test server). Default: register globally. */
  guildId?: string;
  /** REST base, e.g. `http://127.0.0.1:8080/api`; the gateway URL is discovered through it. Default: Discord's own. */
  apiBase?: string;
}

const PORTAL = 'https://discord.com/developers/applications';
const SNOWFLAKE = /^\d{17,20}$/;
const TOKEN_SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * Reads the Discord settings from the environment. Returns undefined when DISCORD_TOKEN is unset (Discord is
 * simply off); throws ConfigError naming the variable, and where to find its value, when one is malformed.
 */
export function discordConfigFromEnv(env: Readonly<Record<string, string | undefined>>): DiscordConfig | undefined {
  const read = (name: string) => env[name]?.trim() || undefined;
  const rawToken = read('DISCORD_TOKEN');
  if (!rawToken) {
    // Companions without a token are a half-finished setup; say what is missing rather than silently not starting.
    const companion = ['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID'].find((name) => read(name));
    if (companion)
      throw new ConfigError(
        'CONFIG_MISSING',
        'DISCORD_TOKEN',
        `missing while ${companion} is set; copy the bot token from ${PORTAL} → your application → Bot → Reset Token`,
      );
    return undefined;
  }
  const token = parseToken(rawToken);
  const applicationId =
    parseSnowflake(
      'DISCORD_APPLICATION_ID',
      read('DISCORD_APPLICATION_ID'),
      `${PORTAL} → your application → General Information → Application ID`,
    ) ?? applicationIdFromToken(token);
  const guildId = parseSnowflake(
    'DISCORD_GUILD_ID',
    read('DISCORD_GUILD_ID'),
    'Discord → User Settings → Advanced → Developer Mode on, then right-click your server → Copy Server ID',
  );
  const apiBase = parseApiBase(read('DISCORD_API_BASE'));
  return { token, applicationId, ...(guildId ? { guildId } : {}), ...(apiBase ? { apiBase } : {}) };
}

function parseToken(raw: string): string {
  // People often paste the Authorization header value; discord.js adds the prefix itself.
  const token = raw.replace(/^Bot\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => TOKEN_SEGMENT.test(p)))
    throw new ConfigError(
      'CONFIG_INVALID',
      'DISCORD_TOKEN',
      `does not look like a bot token (three parts joined by dots); copy it from ${PORTAL} → your application → Bot → Reset Token (not the Client Secret)`,
    );
  return token;
}

/** A bot token's first segment is its user id in base64, and a bot user's id is its application's id. */
function applicationIdFromToken(token: string): string {
  const id = Buffer.from(token.split('.')[0], 'base64').toString('utf8');
  if (!SNOWFLAKE.test(id))
    throw new ConfigError(
      'CONFIG_MISSING',
      'DISCORD_APPLICATION_ID',
      `missing and not derivable from DISCORD_TOKEN; copy it from ${PORTAL} → your application → General Information → Application ID`,
    );
  return id;
}

function parseSnowflake(variable: string, raw: string | undefined, whereToFind: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!SNOWFLAKE.test(raw))
    throw new ConfigError(
      'CONFIG_INVALID',
      variable,
      `must be a numeric Discord id (17–20 digits), got "${raw}"; find it at ${whereToFind}`,
    );
  return raw;
}

function parseApiBase(raw: string | undefined): string | undefined {
  const url = parseEndpointUrl('DISCORD_API_BASE', raw, 'http://127.0.0.1:8080/api');
  // discord.js appends `/v10/...` itself, so a trailing slash would double up.
  return url?.href.replace(/\/+$/, '');
}
