import { describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../adapters/slack/index.js';
import { ConfigError } from '../../src/index.js';

const BOT = 'xoxb-1-2-abc';
const APP = 'xapp-1-A1-2-def';

function failure(env: Record<string, string>): ConfigError {
  try {
    slackConfigFromEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('slackConfigFromEnv', () => {
  it('is off (undefined) when no Slack variable is set', () => {
    expect(slackConfigFromEnv({})).toBeUndefined();
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: '  ', PORT: '8080' })).toBeUndefined();
  });

  it('chooses Socket Mode with a bot token and an app token', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: 's' })).toEqual({
      mode: 'socket',
      botToken: BOT,
      appToken: APP,
    });
  });

  it('chooses HTTP mode on PORT (default 3000) with a bot token and a signing secret', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc123' })).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: 'abc123',
      port: 3000,
    });
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc123', PORT: '8080' })).toMatchObject({
      port: 8080,
    });
  });

  it('passes SLACK_API_URL on, ending in a slash', () => {
    const env = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'http://127.0.0.1:4000/api' };
    expect(slackConfigFromEnv(env)).toMatchObject({ apiUrl: 'http://127.0.0.1:4000/api/' });
  });

  it.each([
    [{ SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN', 'CONFIG_MISSING'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN', 'CONFIG_INVALID'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, 'SLACK_APP_TOKEN', 'CONFIG_INVALID'],
    [{ SLACK_BOT_TOKEN: BOT }, 'SLACK_APP_TOKEN', 'CONFIG_MISSING'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'two words' }, 'SLACK_SIGNING_SECRET', 'CONFIG_INVALID'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: 'eighty' }, 'PORT', 'CONFIG_INVALID'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: '70000' }, 'PORT', 'CONFIG_INVALID'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'not a url' }, 'SLACK_API_URL', 'CONFIG_INVALID'],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'ftp://example.com/' },
      'SLACK_API_URL',
      'CONFIG_INVALID',
    ],
  ])('stops start-up on %o with one line naming %s', (env, variable, code) => {
    const err = failure(env);
    expect(err.variable).toBe(variable);
    expect(err.code).toBe(code);
    expect(err.message.startsWith(`${variable}: `)).toBe(true);
    expect(err.message).not.toContain('\n');
  });

  it('says where to find a missing token', () => {
    expect(failure({ SLACK_APP_TOKEN: APP }).message).toContain('https://api.slack.com/apps');
  });
});
