// People describe speakers by where they live ("people living near the depot") and ask for a count in their own
// order and spelling ("corran layofs how many"). Over an invented story.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { livingThere } from '../../src/understand/lookups.js';

const dir = mkdtempSync(join(tmpdir(), 'described-and-counted-'));
writeFileSync(
  join(dir, 'echo.md'),
  [
    '---',
    'outlet: The Corran Echo',
    'headline: Corran Freight to cut 850 jobs as depot closes',
    'published: 2025-03-11',
    '---',
    'CORRAN - Corran Freight will cut about 850 jobs and close its Wyle depot, the company said on Monday.',
    '',
    'Residents who live near the depot said they had put up with diesel fumes for years.',
    '',
    'Judge Hal Maris said the firm had shown "no regard for the people who live beside the yard".',
    '',
    'Residents of the Old Mill estate said their street was quiet for the first time in a decade.',
    '',
    'The union, which represents 300 Corran drivers, called the cuts "a disgrace" and said the firm had paid $2 million in bonuses.',
    '',
    'The power station across the valley was not affected, a spokesman said.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('those who live there are its residents (rule those who live there are its residents, asked)', () => {
  it('reads "people living near X" and "families who live next to X" as residents near X', () => {
    expect(livingThere('people living near the depot')).toBe('residents near the depot');
    expect(livingThere('families who live next to the yard')).toBe('residents near the yard');
    expect(livingThere('those living in corran')).toBe('residents in corran');
    expect(livingThere('the people at the meeting')).toBe('the people at the meeting');
  });

  it('"what did people living near the depot say" is the residents the report places there', () => {
    const a = bot.ask('what did people living near the depot say');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('diesel fumes');
    // Residents placed elsewhere, and a judge quoting "the people who live beside the yard", are not them.
    expect(a.answer).not.toContain('quiet');
    expect(a.answer).not.toContain('no regard');
  });
});

describe('a count asked in the asker\'s order and spelling', () => {
  it('"how many" ending the question asks for a count, not a sum of money in the same sentence', () => {
    const a = bot.ask('corran drivers how many');
    expect(a.answer).toContain('300');
    expect(a.answer).not.toMatch(/reports \$2 million/);
  });

  it('a misspelt counted thing is the story\'s word', () => {
    expect(bot.ask('corran drivrs how many').answer).toContain('300');
  });
});
