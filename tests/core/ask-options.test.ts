// `npm run ask` options as a person types them, mistakes included, and the machine interface's promise that
// `ask --json "Q"` answers any Q, even one that looks like an option.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { feedbackReport } from '../../src/cli/feedback.js';
import { summariseFeedback } from '../../src/feedback.js';
import { ask } from '../faults/run-cli.js';

describe('ask options', () => {
  it.each([
    [['--view'], /^story-bot: --view needs a view: versions, sources or figures$/],
    [['--corpus'], /^story-bot: --corpus needs a folder of articles/],
    [['--json', '--view', '--corpus', 'corpus', 'Who wrote the Insider article?'], /^story-bot: --view needs a view/],
  ])('%j without its value stops with one line saying what it needs, instead of being ignored', (args, line) => {
    const r = ask(args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(line)]);
  });

  it('--help alone prints the usage, not an answer to the question "--help"', () => {
    const r = ask(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run ask -- \[--json\].*--view versions\|sources\|figures/);
  });

  it('a mistyped option before the question is ignored with one warning on stderr naming it, and the question answered', () => {
    const r = ask(['--verbose', 'Who wrote the Insider article?']);
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^story-bot: warning: --verbose is not an option .*; ignored$/)]);
    expect(r.stdout).toBe(ask(['Who wrote the Insider article?']).stdout);
  });

  it.each(['--help', '--verbose', '-h'])('ask --json %j is one JSON object answering that text, as outside tools rely on', (q) => {
    const r = ask(['--json', q]);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(JSON.parse(r.lines[0])).toMatchObject({ question: q });
  });
});

describe('npm run feedback', () => {
  it('says when every line of the votes file was unreadable, instead of only "no votes yet"', () => {
    expect(feedbackReport(summariseFeedback(['{torn', 'not json', '']), 'votes.jsonl')).toBe(
      'No votes yet in votes.jsonl (2 unreadable lines skipped).',
    );
  });

  it('a votes file named on the command line that does not exist stops with one line naming it', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/feedback.ts', 'no-such-votes.jsonl'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^story-bot: no-such-votes\.jsonl: no such file/)]);
  });
});
