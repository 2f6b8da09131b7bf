// Rule "a figure in a statement is its speaker's" (src/extract/figure-speakers.ts): the claimant of a figure inside
// a reported statement is the statement's speaker, resolved as the statement's is, not a noun of the claim itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'figure-speakers-'));
writeFileSync(
  join(dir, 'courier.md'),
  [
    '---',
    'outlet: The Fenwick Courier',
    'headline: Clerk jailed over ferry fees',
    'published: 2024-06-11',
    '---',
    'Prosecutor Ilse Varo asked for a sentence of four years. She told the court the thefts had continued for more than three years.',
    '',
    'The harbour board said it would spend $80,000 on new ledgers.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });
const claimant = (text: string) => bot.story.figures.find((f) => f.text === text)?.claimant;

describe('a figure inside a reported statement', () => {
  it('is credited to the statement’s speaker, the "she" resolved, not to "the thefts" it is about', () => {
    expect(claimant('more than three years')).toMatch(/Ilse Varo$/);
  });

  it('keeps a claimant of its own that is no part of the claim', () => {
    expect(claimant('$80,000')).toMatch(/harbour board/i);
  });
});
