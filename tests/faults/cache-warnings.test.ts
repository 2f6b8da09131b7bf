// A start from the cache says what the first start said about the corpus, in the same order, and a change to
// any file's text (its front matter too) builds afresh.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/story-bot.js';
import { StoryBot as StoryBotAlone } from '../../src/story-bot-core.js';

const dir = mkdtempSync(join(tmpdir(), 'story-bot-cache-warnings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
const cacheDir = join(dir, 'cache');
mkdirSync(corpus);
mkdirSync(join(corpus, 'b-folder.txt'));
writeFileSync(
  join(corpus, 'a-gazette.txt'),
  '---\noutlet: The Quillby Gazette\nauthr: Mab Tollow\n---\n"The ferry will sail at dawn," said Ossie Frane, the harbour master.\n',
);
writeFileSync(join(corpus, 'c-ledger.txt'), '---\noutlet: The Brackwater Ledger\n---\n"We have never seen such a tide," Ossie Frane told the Ledger.\n');

function open(): { bot: StoryBot; lines: string[] } {
  const lines: string[] = [];
  const bot = StoryBot.open({ corpusDir: corpus, cacheDir, warn: (line) => lines.push(line) });
  return { bot, lines };
}

describe('warnings on a start from the cache', () => {
  const first = open();
  const second = open();

  it('repeats the front-matter warning and the skipped folder, in the order the files come', () => {
    expect(first.bot.timings.cacheHit).toBe(false);
    expect(second.bot.timings.cacheHit).toBe(true);
    expect(first.lines).toEqual([expect.stringMatching(/a-gazette\.txt: unknown front-matter key authr ignored/), expect.stringMatching(/b-folder\.txt: a folder/)]);
    expect(second.lines).toEqual(first.lines);
  });

  it('answers the same from the cache as from the build', () => {
    const q = 'Who said the ferry will sail at dawn?';
    expect(second.bot.ask(q)).toEqual(first.bot.ask(q));
  });

  it('builds afresh when only a front-matter line changes', () => {
    writeFileSync(join(corpus, 'c-ledger.txt'), '---\noutlet: The Brackwater Evening Ledger\n---\n"We have never seen such a tide," Ossie Frane told the Ledger.\n');
    const third = open();
    expect(third.bot.timings.cacheHit).toBe(false);
    expect(third.bot.ask('Which outlets quoted Ossie Frane?').answer).toContain('Brackwater Evening Ledger');
  });

  it('load() opens from the cache, and builds when the cache has none', async () => {
    const warm = await StoryBotAlone.load({ corpusDir: corpus, cacheDir, warn: () => {} });
    expect(warm.timings.cacheHit).toBe(true);
    const cold = await StoryBotAlone.load({ corpusDir: corpus, cacheDir: join(dir, 'cache-2'), warn: () => {} });
    expect(cold.timings.cacheHit).toBe(false);
    expect(cold.ask('Who said the ferry will sail at dawn?').summary).toBe(warm.ask('Who said the ferry will sail at dawn?').summary);
  });
});
