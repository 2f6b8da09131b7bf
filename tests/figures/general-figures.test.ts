import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { conceptsOf } from '../../src/extract/topics.js';
import { articleOf } from './seed-corpus.js';

// Sentences of no particular story: the extractor must read any place, verb and event alike.
const figure = (sentence: string, text: string) => {
  const figures = extractFigures(articleOf([sentence]));
  const f = figures.find((x) => x.text === text);
  if (!f) throw new Error(`no figure "${text}" in ${JSON.stringify(sentence)}; found ${figures.map((x) => x.text).join(' | ')}`);
  return f;
};

describe('figures of any story', () => {
  it.each(['Gaza', 'Ukraine', 'Ohio'])('ends what an age describes before a place (%s)', (place) => {
    expect(figure(`Officials said a 25-year-old soldier in ${place} with a unit was hurt.`, '25-year-old').measure).toBe('soldier');
    expect(figure(`A 40-year-old nurse from ${place} was among them.`, '40-year-old').measure).toBe('nurse');
  });

  it.each([
    ['Crews have rescued 300 people since the storm hit.', '300 people', 'since the storm hit'],
    ['Police have made 40 arrests since the start of the season.', '40 arrests', 'since the start of the season'],
    ['Volunteers have handed out 5,000 meals since the election, organisers said.', '5,000 meals', 'since the election'],
  ])('reads the span of %j', (sentence, text, span) => {
    expect(figure(sentence, text).span).toBe(span);
  });

  it('takes no span from a "since" that opens a clause', () => {
    expect(figure('Since the army has left, 3,000 residents have returned.', '3,000 residents').span).toBeUndefined();
  });

  it.each(['admitted', 'acknowledged', 'said', 'warned'])('credits a figure to whoever %s it, as quotes are credited', (verb) => {
    expect(figure(`Health Minister Ana Costa ${verb} that 500 patients died.`, '500 patients').claimant).toBe('Health Minister Ana Costa');
  });

  it('credits a figure to the speaker of an inverted "admitted X"', () => {
    expect(figure('“Some 500 patients died,” admitted Ana Costa.', 'Some 500 patients').claimant).toBe('Ana Costa');
  });

  it('gives a count of soldiers by any name the same kind and topic', () => {
    expect(figure('The army said 2,000 conscripts were captured.', '2,000 conscripts')).toMatchObject({ kind: 'people', topic: 'troops captured' });
    expect(figure('Organisers said 300 women marched.', '300 women')).toMatchObject({ kind: 'people', topic: 'people' });
  });

  it('reads no nationality as troops: every people is counted alike', () => {
    expect(conceptsOf('Russians')).toEqual(conceptsOf('Peruvians'));
  });
});
