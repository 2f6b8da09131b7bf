import { describe, expect, it } from 'vitest';
import { buildLexicon, derivationalRoot, Lexicon } from '../../src/understand/lexicon.js';
import { fixFrameWords, frameWord } from '../../src/understand/frame-words.js';
import { numberSpellings } from '../../src/understand/number-words.js';
import { speakerAlternatives, speakerSynonyms } from '../../src/understand/speaker-words.js';
import { focusPart } from '../../src/understand/focus.js';

// Questions in people's own words (issue 11), piece by piece. Examples in invented words.
const lexicon = new Lexicon(
  buildLexicon(['Some 800 townspeople were evacuated from Dunmere by rescuers.', 'The marshal said the levee gave way.', 'He doesn’t know.', 'Policemen rescued four.']),
);
const known = (w: string) => lexicon.has(w);

describe('typos in the words that frame a question', () => {
  it('are corrected to the frame word they stand for', () => {
    expect(fixFrameWords('whta did the marshal say', known)).toBe('what did the marshal say');
    expect(fixFrameWords('who sayd the levee gave way', known)).toBe('who said the levee gave way');
    expect(fixFrameWords('wich outlet reported 800', known)).toBe('which outlet reported 800');
    expect(fixFrameWords('wat happened in dunmere', known)).toBe('what happened in dunmere');
  });

  it('are left alone when two frame words are as close, or the word is a word of its own or of the story', () => {
    expect(frameWord('hwo')).toBeUndefined(); // who or how
    expect(frameWord('whos')).toBeUndefined();
    expect(fixFrameWords('who was sad', known)).toBe('who was sad');
    expect(fixFrameWords('what did the marshal say', known)).toBe('what did the marshal say');
  });

  it('write out chat shorthand and idioms for dying', () => {
    expect(fixFrameWords('how many ppl were evacuated', known)).toBe('how many people were evacuated');
    expect(fixFrameWords('how many hrs did it take', known)).toBe('how many hours did it take');
    expect(fixFrameWords('how many people lost their lives', known)).toBe('how many people died');
  });
});

describe('words of one root and numbers in other words', () => {
  it('meet derivations the index stem keeps apart', () => {
    expect(derivationalRoot('evacuees')).toBe(derivationalRoot('evacuated'));
    expect(lexicon.kin('evacuees')).toEqual(['evacuated']);
    expect(lexicon.kin('rescuer')).toEqual(['rescued']);
    expect(derivationalRoot('paper')).not.toBe(derivationalRoot('pap'));
  });

  it('meet negations in another person or tense', () => {
    expect(lexicon.inflections('dont')).toContain('doesnt');
  });

  it('spell a number the other way', () => {
    expect(numberSpellings('4')).toEqual(['four']);
    expect(numberSpellings('four')).toEqual(['4']);
    expect(numberSpellings('1000')).toEqual(['thousand']);
    expect(numberSpellings('13.5k')).toEqual(['13500']);
    expect(numberSpellings('levee')).toEqual([]);
  });
});

describe('described speakers in other words', () => {
  it('name the same kind of people, looked up by the word as asked', () => {
    expect(speakerAlternatives('cops')).toContain('polic');
    expect(speakerAlternatives('villagers')).toContain('resid');
    expect(speakerAlternatives('author')).toEqual([]); // "authorities" shares its stem, not its meaning
    expect(speakerSynonyms('cops')).toContain('policemen');
  });
});

describe('reasons and times in a sentence, read with the question', () => {
  it('takes a purpose or a stated basis as the reason', () => {
    expect(focusPart('The crews cut the road to reach the farms.', 'why')).toMatch(/^to reach the farms/);
    expect(focusPart('The levee was raised in a bid to protect the town.', 'why')).toMatch(/^in a bid to protect/);
    expect(focusPart('She was turned down on the basis of her interview.', 'why')).toMatch(/^on the basis of/);
  });

  it('does not take a direction, a time or the asked event itself as the reason', () => {
    expect(focusPart('Residents were moved to shelters, the marshal said.', 'why', 'why were residents moved to shelters')).toBeUndefined();
    expect(focusPart('He has lived in Dunmere since the levee broke.', 'why', 'why does he live in dunmere')).toBeUndefined();
    expect(focusPart('Water fell a day after the levee failed.', 'why', 'why did the levee fail')).toBeUndefined();
  });

  it('dates the event asked about, not the saying of it', () => {
    expect(focusPart('Inspectors will start work next week, the council said on Monday.', 'when', 'when will inspectors start work')).toBe('next week');
    expect(focusPart('Inspectors will start work next week, the council said on Monday.', 'when', 'when did the council say it')).toMatch(/Monday/);
  });
});
