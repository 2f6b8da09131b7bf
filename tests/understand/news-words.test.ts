// Headline verbs WordNet files under another sense (news-words.ts), and a phrasal verb's particle (rule "the
// particle is part of its verb"), over an invented story.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { newsWords } from '../../src/understand/news-words.js';

const dir = mkdtempSync(join(tmpdir(), 'news-words-'));
writeFileSync(
  join(dir, 'gazette.md'),
  [
    '---',
    'outlet: The Orland Gazette',
    'headline: Orland council systems down for a week',
    'published: 2025-06-10',
    '---',
    'Orland council systems down for a week',
    '',
    'Orland council cancelled its summer festival on Monday.',
    '',
    '"This was not a cyber attack. A cable was cut by builders," the council leader, Ruth Amadi-Lowe, said.',
    '',
    'The council will close its Harbour Street library for good, its director said.',
    '',
    'The former director stepped down in March after six years.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('headline verbs in other words (news-words.ts)', () => {
  it('join each word of a group to the others', () => {
    expect(newsWords('scrapped')).toContain('cancelled');
    expect(newsWords('hacked')).toContain('cyber');
    expect(newsWords('library')).toEqual([]);
  });

  it('answer "was the council hacked" with the denial of a cyber attack', () => {
    const a = bot.ask('was the council hacked');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('not a cyber attack');
  });

  it('answer "did the council scrap the festival" with its cancelling it', () => {
    const a = bot.ask('did orland council scrap the festival');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('cancelled its summer festival');
  });
});

describe('rule "the particle is part of its verb"', () => {
  it('reads "getting shut down" as closing, not as any sentence with "down" in it', () => {
    const a = bot.ask('which library is getting shut down');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Harbour Street library');
    expect(a.answer).not.toContain('stepped down');
  });
});
