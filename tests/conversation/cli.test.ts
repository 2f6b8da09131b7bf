import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(script: string, args: string[], input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, lines: r.stdout.split('\n').filter(Boolean) };
}

const CONVERSATION = 'What did Zelenskyy say?\nwho is he?\n';

describe('the command line and follow-ups', () => {
  it('ask --json keeps answering every stdin line on its own, as outside tools rely on', () => {
    const [, second] = run('src/cli/ask.ts', ['--json'], CONVERSATION).lines.map((l) => JSON.parse(l));
    expect(second.question).toBe('who is he?');
    expect(second.followUp).toBeUndefined();
    expect(second.answer).not.toContain('Zelenskyy');
  });

  it('ask --json --conversation reads stdin as one conversation', () => {
    const r = run('src/cli/ask.ts', ['--json', '--conversation'], CONVERSATION);
    const [first, second] = r.lines.map((l) => JSON.parse(l));
    expect(first.focus).toMatchObject({ person: 'Volodymyr Zelenskyy' });
    expect(second).toMatchObject({ question: 'who is he?', intent: 'who_is', found: true, followUp: { readAs: 'who is Volodymyr Zelenskyy?' } });
  });

  it('the console chat (npm start with no tokens) is one conversation', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(?:DISCORD|SLACK|REDIS)_/.test(k)));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], { input: CONVERSATION, encoding: 'utf8', timeout: 60_000, env, cwd: process.cwd() });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Taking “he” to be Volodymyr Zelenskyy. Volodymyr Zelenskyy — Ukrainian President');
  });

  it('the console chat ends at "quit", piped or typed, without answering it or what follows', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(?:DISCORD|SLACK|REDIS)_/.test(k)));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], { input: 'What happened?\nquit\nWhat did Zelenskyy say?\n', encoding: 'utf8', timeout: 60_000, env, cwd: process.cwd() });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('5 outlets tell the story.');
    expect(r.stdout).not.toContain("doesn't say anything about that");
    expect(r.stdout).not.toContain('Zelenskyy (');
  });
});

describe('npm start validates the scale settings once, naming the variable', () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], {
      env: { ...process.env, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', REDIS_URL: '', CONTEXT_TTL: '', DISCORD_SHARDS: '', ...env },
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
  it.each([
    [{ REDIS_URL: 'localhost:6379' }, /^story-bot: REDIS_URL: must start with redis:\/\//],
    [{ CONTEXT_TTL: 'forever' }, /^story-bot: CONTEXT_TTL: must be a duration/],
    [{ DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMA.Gx1y2z.abcdefghijklmnopqrstuvwxyz0', DISCORD_SHARDS: 'lots' }, /^story-bot: DISCORD_SHARDS: must be auto/],
  ])('%j', (env, message) => {
    const r = start(env);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(r.stdout).toBe('');
  });
});
