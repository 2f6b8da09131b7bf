// `ask --json` batch mode as other programs use it: one answer per LF line, and a reader that stops early; and
// the same lines piped into `ask` without --json and into the console chat (`npm start`), as a person reads them.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ask } from './run-cli.js';

describe('ask --json reading stdin', () => {
  it('splits on LF and CRLF only: a bare CR stays inside its question', () => {
    const r = ask(['--json'], 'Who wrote the Insider article?\rWhat did Justin Bronk say?\r\nWhat is the capital of France?\nhi');
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => (JSON.parse(l) as { question: string }).question)).toEqual([
      'Who wrote the Insider article?\rWhat did Justin Bronk say?',
      'What is the capital of France?',
      'hi',
    ]);
  });
});

describe('questions piped in for a person to read', () => {
  const QUESTIONS = 'Who wrote the Insider article?\rWhat did Justin Bronk say?\nWhat is the capital of France?\n';

  it('ask without --json leaves a blank line after each answer, so one answer cannot run into the next', () => {
    const r = ask([], 'Who wrote the Insider article?\nWhat is the capital of France?\n');
    expect(r.status).toBe(0);
    const answers = r.stdout.trimEnd().split('\n\n').filter((block) => !/^(?:Sources:|You could ask:|More:)/.test(block));
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/Insider/);
    expect(answers[1]).toMatch(/^The story doesn't say anything about that/);
  });

  it('the console chat (npm start, no tokens) splits lines as ask does: a bare CR stays inside its question', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(?:DISCORD|SLACK|REDIS)_/.test(k)));
    const piped = (input: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], { input, env, encoding: 'utf8', timeout: 60_000 });
    const r = piped(QUESTIONS);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    // Two lines, two answers: the first line read whole, as `ask` reads it, not as two questions.
    const asked = ask([], QUESTIONS);
    expect(r.stdout).toBe(asked.stdout);
  });
});

describe('ask with a reader that closes the pipe early (`ask | head -1`)', () => {
  it.each([[['--json']], [[]]])('ask %j exits 0, quietly', async (args) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end('Who said they fled like Olympic sprinters?\n'.repeat(2000));
    await new Promise<void>((resolve) => {
      let seen = '';
      child.stdout.on('data', (d: Buffer) => {
        seen += d.toString();
        if (seen.includes('\n')) {
          // What head does after its first line.
          child.stdout.destroy();
          resolve();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
