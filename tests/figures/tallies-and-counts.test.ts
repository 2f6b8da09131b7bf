// What a sentence's numbers are: a vote or a score is one figure (both sides kept), not a range, a date or two
// counts; a count whose noun is two nouns sharing a head ("ferry and barge pilots") is a count; the part of a whole
// ("9 of its 60 piers") is a figure beside the whole; a size adjective ("multi-million-pound") is no amount.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claimants.js';
import { figuresInSentence } from '../../src/extract/figures.js';

const figures = (s: string) => figuresInSentence(s).map((d) => d.figure);

describe('a vote or a score is one figure, a tally', () => {
  it.each([
    ['Aldermen voted 31-12 in favour of the new tolls.', '31-12', [31, 12], 'vote'],
    ['The harbour board approved the lease 5-2 on Monday.', '5-2', [5, 2], 'vote'],
    ['Osk Wanderers won 3-1 at the Brinley ground.', '3-1', [3, 1], 'score'],
    ['It was a 6-3 ruling against the ferry company.', '6-3', [6, 3], 'vote'],
    ['The motion to sell the pier passed by a vote of 9 to 4.', 'vote of 9 to 4', [9, 4], 'vote'],
    ['Brinley Athletic 2-0 Osk Wanderers', '2-0', [2, 0], 'score'],
  ])('%j gives the tally %s', (sentence, text, sides, measure) => {
    const tallies = figures(sentence).filter((f) => f.kind === 'tally');
    expect(tallies).toHaveLength(1);
    expect(tallies[0]).toMatchObject({ text, sides, measure });
    // Neither side is a range, a date or a count of its own.
    expect(figures(sentence).filter((f) => f.kind !== 'tally' && f.text.includes(String(sides[1])))).toEqual([]);
  });

  it.each([
    'A further 30-50mm of rain could fall on the hills.',
    'Children aged 5-11 years may enter free.',
    'The toll rose 2-3% last spring.',
  ])('leaves a range of a unit a range: %j', (sentence) => {
    expect(figures(sentence).some((f) => f.kind === 'tally')).toBe(false);
  });
});

describe('what a count counts', () => {
  it('reads two nouns joined by "and" before a shared head as one count', () => {
    expect(figures('Some 1,400 ferry and barge pilots stopped work at dawn.')[0]).toMatchObject({ text: 'Some 1,400 ferry and barge pilots', kind: 'count' });
    expect(figures('Some 1,400 ferry and barge pilots stopped work at dawn.')[0].measure).toMatch(/^ferry and barge pilots/);
  });

  it('keeps the part of a whole and the whole, the part counting what the sentence says of it', () => {
    const fs = figures('The operator said only 9 of its 60 piers were operating.');
    expect(fs.map((f) => f.text)).toEqual(['9 of its 60 piers', '60 piers']);
    expect(fs[0]).toMatchObject({ value: 9, measure: 'piers operating' });
    expect(fs[1]).toMatchObject({ value: 60, measure: 'piers' });
  });

  it('reads no amount in a size adjective', () => {
    expect(figures('Planners unveiled a multi-million-dollar marina for the bay.')).toEqual([]);
    expect(figures('It is a billion-pound industry now.')).toEqual([]);
  });

  it('reads a count after a dateline dash, hedge and all', () => {
    expect(figures('OSKVILLE, May 2 (WNS) - About 700 ferry pilots walked out.')[0]).toMatchObject({ text: 'About 700 ferry pilots', value: 700 });
  });
});

describe('who claims a figure', () => {
  it('takes the name after its role for the speaker: "the ferry line\'s director, Ivo Brandt, said"', () => {
    expect(findClaims("The ferry line's director, Ivo Brandt, said the cuts would save $2 million.").map((c) => c.claimant)).toEqual(['Ivo Brandt']);
  });

  it('takes no description followed by its verb for an inverted speaker: "said the offer was"', () => {
    expect(findClaims('Ivo Brandt, for his part, said the offer was generous.').map((c) => c.claimant)).not.toContain('the offer');
    expect(findClaims('The fare will rise, said the spokesman on Friday.').map((c) => c.claimant)).toEqual(['the spokesman']);
  });
});
