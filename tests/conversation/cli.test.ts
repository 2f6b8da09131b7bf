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
});
