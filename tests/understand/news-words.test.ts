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
    '"Business has halved," said Tom Vorster, who owns the Quayside Bakery.',
    '',
    'Mara Quell, 41, was waiting at the library with her three kids.',
    '',
    '"Nobody told us anything," she said.',
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

describe('described people in a reader\'s words', () => {
  it('meets "who owns" for "who runs" (news-words.ts, group "run a business")', () => {
    const a = bot.ask('what did the guy who runs the bakery say');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Business has halved');
  });

  it('reads "the mum with three kids" as a woman (a parent as readers say it)', () => {
    const a = bot.ask('what did the mum with three kids say');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Nobody told us anything');
  });
});
