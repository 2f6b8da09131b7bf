// `ask --json` batch mode as other programs use it: one answer per LF line, and a reader that stops early.
import { spawn } from 'node:child_process';
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
