// `npm start` reads every platform's settings before choosing between the platforms and the console chat.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Empty values: dotenv never overrides a variable that is set, so a developer's .env cannot leak in. */
const NO_PLATFORM = {
  DISCORD_TOKEN: '',
  DISCORD_APPLICATION_ID: '',
  DISCORD_GUILD_ID: '',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
};

function start(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], {
    env: { ...process.env, ...NO_PLATFORM, ...env },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm start', () => {
  it('stops with one line naming DISCORD_TOKEN when only DISCORD_GUILD_ID is set, instead of opening the console', () => {
    const r = start({ DISCORD_GUILD_ID: '1098765432109876543' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^story-bot: DISCORD_TOKEN: missing while DISCORD_GUILD_ID is set/),
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
