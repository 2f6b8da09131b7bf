import { describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../adapters/discord/config.js';
import { ConfigError } from '../../src/errors.js';
import { fakeToken } from '../fakes/discord/index.js';

const APP_ID = '1012345678901234567';
const TOKEN = fakeToken(APP_ID);

/** The ConfigError a bad environment raises, for checking which variable it names. */
function configError(env: Record<string, string>): ConfigError {
  try {
    discordConfigFromEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(Object.keys(env))}`);
}

describe('Discord configuration from the environment', () => {
  it('is off (undefined) when DISCORD_TOKEN is unset or blank', () => {
    expect(discordConfigFromEnv({})).toBeUndefined();
    expect(discordConfigFromEnv({ DISCORD_TOKEN: '  ' })).toBeUndefined();
  });

  it('reads every variable, trimmed', () => {
    expect(
      discordConfigFromEnv({
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_GUILD_ID: '1098765432109876543',
        DISCORD_API_BASE: 'http://127.0.0.1:8080/api/',
      }),
    ).toEqual({
      token: TOKEN,
      applicationId: APP_ID,
      guildId: '1098765432109876543',
      apiBase: 'http://127.0.0.1:8080/api',
    });
  });

  it('derives the application id from the token when DISCORD_APPLICATION_ID is absent', () => {
    expect(discordConfigFromEnv({ DISCORD_TOKEN: TOKEN })?.applicationId).toBe(APP_ID);
  });

  it('accepts a token pasted with its "Bot " prefix', () => {
    expect(discordConfigFromEnv({ DISCORD_TOKEN: `Bot ${TOKEN}` })?.token).toBe(TOKEN);
  });

  it.each([
    ['a malformed token', { DISCORD_TOKEN: 'not-a-token' }, 'DISCORD_TOKEN', 'CONFIG_INVALID'],
    [
      'a non-numeric application id',
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'story-bot' },
      'DISCORD_APPLICATION_ID',
      'CONFIG_INVALID',
    ],
    ['an underivable application id', { DISCORD_TOKEN: 'aaaa.bbbb.cccc' }, 'DISCORD_APPLICATION_ID', 'CONFIG_MISSING'],
    [
      'a non-numeric guild id',
      { DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: 'my server' },
      'DISCORD_GUILD_ID',
      'CONFIG_INVALID',
    ],
    [
      'an API base that is not a URL',
      { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: '127.0.0.1:8080' },
      'DISCORD_API_BASE',
      'CONFIG_INVALID',
    ],
    ['a guild id without a token', { DISCORD_GUILD_ID: '1098765432109876543' }, 'DISCORD_TOKEN', 'CONFIG_MISSING'],
  ])('stops start-up on %s with one line naming the variable and where to find it', (_, env, variable, code) => {
    const err = configError(env);
    expect(err.variable).toBe(variable);
    expect(err.code).toBe(code);
    expect(err.message.startsWith(`${variable}: `)).toBe(true);
    expect(err.message).not.toContain('\n');
    expect(err.message).toMatch(/discord\.com\/developers|Discord →|URL/);
  });
});
