import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The machine interface other tools (and the public eval) use: `npm run ask -- --json`.
function ask(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
}

describe('ask --json', () => {
  it('writes exactly one JSON object for a question argument', () => {
    const r = ask(['--json', 'Who wrote the Insider article?']);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(JSON.parse(r.lines[0])).toMatchObject({ question: 'Who wrote the Insider article?', intent: 'byline', found: true });
  });

  it('answers an empty question argument with help', () => {
    const r = ask(['--json', '']);
    expect(JSON.parse(r.lines[0])).toMatchObject({ intent: 'help', found: false });
  });

  it('reads one question a line from stdin and answers every line in order, blank lines included', () => {
    const r = ask(['--json'], 'What did Justin Bronk say?\n\nWho said ~^:*+-\n');
    expect(r.lines).toHaveLength(3);
    const answers = r.lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(['What did Justin Bronk say?', '', 'Who said ~^:*+-']);
    expect(answers[0].answer).toContain('dramatic reverse');
    for (const a of answers) expect(a).toHaveProperty('citations');
  });

  it('stops with one line naming the file and field when the corpus is bad', () => {
    const r = ask(['--json', '--corpus', 'tests/fixtures/no-such-folder', 'hi']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no-such-folder/);
  });
});

describe('an unseen story (tests/fixtures/flood), through the same path', () => {
  const questions = [
    'Who said the spillway was never designed for this?',
    'Who said they would rebuild Millbrook?',
    'Which newspaper did Greta Holm speak to?',
    'Who wrote the Ledger article?',
    'What did Priya Natarajan say?',
    "Who said 'We need the state here now'?",
    'What happened in Kesingley?',
    'What is the capital of France?',
  ];
  const r = ask(['--json', '--corpus', 'tests/fixtures/flood'], questions.join('\n') + '\n');
  const a = r.lines.map((l) => JSON.parse(l));

  it('links the unnamed engineer to the named one', () => {
    expect(a[0].summary).toContain('Tomas Reyes');
    expect(a[0].quotes[0].linkNote).toMatch(/One engineer/);
  });
  it('reports a quote credited to two different people as a conflict', () => {
    expect(a[1].summary).toMatch(/disagree/);
    expect(a[1].summary).toContain('Linda Okafor');
    expect(a[1].summary).toContain('Dale Brandt');
  });
  it('finds the original source, the byline, a person’s quotes and an age reference', () => {
    expect(a[2].summary).toContain('Riverside Gazette');
    expect(a[3].summary).toContain('Fiona Carr');
    expect(a[4].answer).toMatch(/worst flood this valley has seen in a century/);
    expect(a[5].summary).toContain('Linda Okafor');
  });
  it('matches a spelling variant no list names, and says when the story is silent', () => {
    expect(a[6].found).toBe(true);
    expect(a[6].citations.map((c: { outlet: string }) => c.outlet)).toEqual(expect.arrayContaining(['Riverside Gazette']));
    expect(a[7].found).toBe(false);
  });
});
