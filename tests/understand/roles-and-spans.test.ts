// People name a speaker by a title in short after whose it is ("the mill's ceo", "drenick's coo") and ask how long
// something went on in their own verb ("how long did the leaks go on for"). Over an invented story.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { expandTitles } from '../../src/understand/speaker-words.js';

const dir = mkdtempSync(join(tmpdir(), 'roles-and-spans-'));
writeFileSync(
  join(dir, 'courier.md'),
  [
    '---',
    'outlet: The Harrow Courier',
    'headline: Orlan Paper Mills fined over river leaks',
    'published: 2025-05-02',
    '---',
    'HARROW - Orlan Paper Mills has been fined £900,000 after a court found that its Kessock plant leaked bleach into the River Mell for more than two years.',
    '',
    "Orlan's chief executive, Teodor Vance-Amari, said the company would read the ruling before deciding whether to appeal.",
    '',
    "The plant's chief operating officer, Ruth Calloway-Finch, told the Courier: \"We fixed the pipes in the spring.\"",
    '',
    'The weather office said the river had been low all summer.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('a title in short after its owner (rule a title after its owner)', () => {
  it('is spelt out after a possessive, with or without the apostrophe, and after an owner of several words', () => {
    expect(expandTitles("orlan's ceo")).toBe("orlan's chief executive");
    expect(expandTitles('orlans ceo')).toBe('orlans chief executive');
    expect(expandTitles("the paper plant's coo")).toBe("the paper plant's chief operating officer");
  });

  it('leaves a title used as a modifier alone', () => {
    expect(expandTitles("the firm's ceo pay")).toBe("the firm's ceo pay");
  });

  it('"what did orlan\'s ceo say" is the chief executive, also misspelt', () => {
    expect(bot.ask("what did orlan's ceo say").answer).toContain('Vance-Amari');
    expect(bot.ask("what has orlen's ceo said about an appeal").answer).toContain('Vance-Amari');
    expect(bot.ask('what did orlans ceo say').answer).toContain('appeal');
  });

  it('"the plant\'s coo" is the chief operating officer', () => {
    expect(bot.ask("what did the plant's coo tell the courier").answer).toContain('Calloway-Finch');
  });
});

describe('a verb of lasting asks only how long (rule a verb of lasting asks only how long)', () => {
  it('"how long did the leaks go on for" is the span its sentence gives', () => {
    const a = bot.ask('how long did the leaks go on for');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('two years');
  });

  it('"how long did the leaking last" too', () => {
    expect(bot.ask('how long did the leaking last').answer).toContain('two years');
  });
});
