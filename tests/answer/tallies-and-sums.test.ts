// Questions a reader asks of votes, scores, sums and counts, over an invented story: "what was the vote" is answered
// by the tally; "how big is the deficit" by the sum, not an area; "how many pilots" by the count of pilots, not of
// the passengers in the same sentence; "how many piers are still operating" by the part, not the whole; and a price
// the story never gives ("how much is a ferry ticket") by nothing, not by another sum.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tallies-'));
const ferry = [
  '---',
  'outlet: The Oskvale Courier',
  'headline: Ferry pilots strike as harbour board votes on tolls',
  'published: 2024-05-02',
  '---',
  'OSKVALE, May 2 (OC) - About 1,400 ferry and barge pilots in Oskvale began a two-day strike on Thursday, leaving tens of thousands of passengers to find another way across the bay.',
  '',
  'Oskvale Ferries, the city-owned operator, said only 9 of its 60 piers were operating. About 52,000 crossings are made on a normal weekday, it said.',
  '',
  'The harbour board voted 5-2 on Wednesday to raise tolls, saying it faces a deficit of $4.6 million next year.',
  '',
  "The ferry line's director, Ivo Brandt, said the offer was fair and that the pilots' claim would add $7 million a year to the wage bill.",
  '',
  'The strike will cost the bay\'s cafes about $300,000 a day, according to the Oskvale Traders Guild.',
  '',
].join('\n');
writeFileSync(join(dir, 'courier.md'), ferry);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('votes and scores', () => {
  it.each(['What was the vote on the tolls?', 'How close was the vote?'])('%j is answered with the tally', (q) => {
    const a = bot.ask(q);
    expect(a.found).toBe(true);
    expect(a.summary).toContain('5-2');
  });
});

describe('sums and counts', () => {
  it('answers "how big is the deficit" with the sum', () => {
    const a = bot.ask('How big is the harbour deficit?');
    expect(a.found).toBe(true);
    expect(a.summary).toContain('$4.6 million');
  });

  it('answers "how many pilots are on strike" with the pilots, not the passengers', () => {
    const summary = bot.ask('How many pilots are on strike?').summary;
    expect(summary).toContain('1,400');
    expect(summary).not.toContain('passengers');
  });

  it('answers "how many piers are still operating" with the part, alone', () => {
    const summary = bot.ask('How many piers are still operating?').summary;
    expect(summary).toContain('9 of its 60 piers');
    expect(summary).not.toMatch(/and 60 piers/);
  });

  it('says the story gives no ticket price rather than answer with another sum', () => {
    expect(bot.ask('How much is a ferry ticket in Oskvale?').found).toBe(false);
  });
});

describe('who claims the figures', () => {
  const figures = bot.story.figures;
  it('credits "it said" to the operator named as the subject before, not to anyone earlier', () => {
    expect(figures.find((f) => f.text.includes('52,000'))?.claimant).toBe('Oskvale Ferries');
  });

  it('credits a sum in what the director said to the director', () => {
    expect(figures.find((f) => f.text.includes('$7 million'))?.claimant).toBe('Ivo Brandt');
  });
});
