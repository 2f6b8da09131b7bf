// A count the sentence gives in parts ("seven men and five women") is one answer to "how many": every part, in
// the sentence's order; a question that names one part gets that part. Men and women are people, not troops.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'parts-'));
writeFileSync(
  join(dir, 'tribune.md'),
  [
    '---',
    'outlet: The Harwick Tribune',
    'headline: Jury clears ferry captain',
    'published: 2024-03-02',
    '---',
    'A jury of eight men and four women cleared the ferry captain Oren Vale of negligence on Friday.',
    '',
    'The town council later voted to reopen 12 primary and 5 secondary schools.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('a count given in parts', () => {
  it('answers "how many people" with every part of the count', () => {
    expect(bot.ask('How many people were on the jury?').summary).toBe('The Harwick Tribune reports eight men and four women.');
  });

  it('answers a question that names one part with that part alone', () => {
    const summary = bot.ask('How many women were on the jury?').summary;
    expect(summary).toMatch(/^The Harwick Tribune reports four women\b/);
    expect(summary).not.toContain('eight men');
  });
});
