// Files in the corpus folder that are not articles as they stand: each either stops start-up with one line
// naming the file and the problem, or is skipped with one warning line naming it (see README, "The corpus").
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, ask, corpusOf } from './run-cli.js';

const GOOD = article('The Herald', '"The bridge will open in May," said Jo Bloggs, the mayor.\n\nWork began in 2021.');
const QUESTION = 'Which outlets are in the story?';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** `ask --json QUESTION` over a corpus of the good article and `files`. */
function askOver(files: Record<string, string | Uint8Array>, prepare?: (dir: string) => void) {
  const corpus = corpusOf({ 'a-good.txt': GOOD, ...files });
  cleanups.push(corpus.remove);
  prepare?.(corpus.dir);
  const r = ask(['--json', '--corpus', corpus.dir, QUESTION], '', { STORY_CACHE_DIR: join(corpus.dir, '.cache') });
  return { ...r, dir: corpus.dir, stderrLines: r.stderr.split('\n').filter(Boolean) };
}

describe('a file that cannot be read as an article stops start-up with one line naming it', () => {
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), Buffer.alloc(200, 0)]);
  const nul = Buffer.from('Headline\n\nSome words\u0000\u0000 and more words.\n');
  const latin1 = Buffer.from('---\noutlet: Le Monde\n---\nLe caf\xe9 a ferm\xe9, a dit le maire.\n', 'latin1');
  it.each([
    ['a program (ELF)', 'z-binary.txt', elf, /z-binary\.txt: is a program \(ELF\), not text/],
    ['a file with NUL bytes', 'z-nul.txt', nul, /z-nul\.txt: is not text \(it holds NUL bytes\)/],
    ['a Latin-1 file (invalid UTF-8)', 'z-latin1.txt', latin1, /z-latin1\.txt: is not UTF-8 \(line 4 .*\); save it as UTF-8/],
    ['an article over the size limit', 'z-huge.txt', article('Huge', 'Words and words. '.repeat(40_000)), /z-huge\.txt: is \d+(\.\d)? KB; an article may be at most 512 KB/],
  ])('%s', (_what, name, bytes, message) => {
    const r = askOver({ [name]: bytes });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderrLines).toEqual([expect.stringMatching(message)]);
    expect(r.stderrLines[0]).toContain(join(r.dir, name));
  });
});

describe('a file with nothing to read is skipped with one warning naming it, and the rest is answered', () => {
  // One corpus holding every case: each is skipped on its own, so one start shows every warning.
  const r = askOver(
    {
      'z-empty.txt': '',
      'z-blank.md': '\n  \n\t\n',
      'z-junk.txt': '#### ---- 1234 !!!! ~~~~ @@@@\n%%%% 5678\n',
      'z-meta.md': '---\noutlet: Ghost\n---\n',
      'b-copy.txt': GOOD,
    },
    (dir) => {
      mkdirSync(join(dir, 'x.txt'));
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    },
  );

  it('answers from the good article alone', () => {
    expect(r.status).toBe(0);
    const a = JSON.parse(r.lines[0]) as { outlets: { outlet: string }[] };
    expect(a.outlets.map((o) => o.outlet)).toEqual(['The Herald']);
  });

  it.each([
    ['an empty file', /z-empty\.txt: empty; skipped$/],
    ['a file of blank lines', /z-blank\.md: empty; skipped$/],
    ['a file of symbols only', /z-junk\.txt: holds no words; skipped$/],
    ['front matter without text', /z-meta\.md: holds no words; skipped$/],
    ['a copy of another article', /b-copy\.txt: the same text as .*a-good\.txt; skipped$/],
    ['a folder named like an article', /x\.txt: a folder with an article's name; skipped$/],
    ['a FIFO named like an article, never opened', /pipe\.txt: not a regular file with an article's name; skipped$/],
  ])('%s: one warning line', (_what, warning) => {
    expect(r.stderrLines.filter((l) => warning.test(l))).toHaveLength(1);
  });

  it('and nothing else on stderr', () => {
    expect(r.stderrLines).toHaveLength(7);
    for (const line of r.stderrLines) expect(line).toMatch(/^story-bot: warning: /);
  });
});

describe('UTF-16 text with a byte-order mark, as Windows saves "Unicode" text', () => {
  const text = article('The Courier', '“We will rebuild the dam by spring,” said Ana Lima, the engineer.');
  it.each([
    ['little-endian', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['big-endian', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('%s is read as the text it is, quotes and all', (_order, bytes) => {
    const corpus = corpusOf({ 'courier.txt': bytes });
    cleanups.push(corpus.remove);
    const r = ask(['--json', '--corpus', corpus.dir, 'Who said they will rebuild the dam by spring?'], '', {
      STORY_CACHE_DIR: join(corpus.dir, '.cache'),
    });
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.lines[0]) as { found: boolean; summary: string; citations: { outlet: string }[] };
    expect(a.summary).toContain('Ana Lima');
    expect(a.citations[0].outlet).toBe('The Courier');
  });
});
