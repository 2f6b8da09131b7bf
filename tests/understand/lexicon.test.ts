import { describe, expect, it } from 'vitest';
import { baseForms, buildLexicon, Lexicon } from '../../src/understand/lexicon.js';
import { foreignLanguage } from '../../src/understand/language.js';
import { focusPart } from '../../src/understand/focus.js';

const text = [
  'Russian soldiers dropped their rifles and fled villages.',
  'They abandoned their tanks and equipment and even grabbed bicycles to escape.',
  'We hoped for success but didn’t expect such cowardly behaviour.',
];
const lexicon = new Lexicon(buildLexicon(text));

describe('the paraphrase lexicon (WordNet, built for the corpus vocabulary)', () => {
  it('meets a question word in other words than the text’s', () => {
    expect(lexicon.relatedTo('ditched')).toContain('abandoned');
    expect(lexicon.relatedTo('fleeing')).toContain('escape');
  });

  it('holds only words of the corpus', () => {
    for (const w of lexicon.relatedTo('ditched')) expect(lexicon.has(w)).toBe(true);
  });

  it('knows irregular forms of the same word', () => {
    expect(lexicon.inflections('flee')).toContain('fled');
    expect(baseForms('came')).toContain('come');
    expect(baseForms('dropped')).toContain('drop');
  });

  it('corrects typos against the corpus vocabulary, a swap of two letters counting as one', () => {
    expect(lexicon.correct('dindt')).toBe('didnt');
    expect(lexicon.correct('bicycels')).toBe('bicycles');
    expect(lexicon.correct('sprinters')).toBeUndefined();
    expect(lexicon.correct('zebra')).toBeUndefined();
  });
});

describe('the language guard', () => {
  const known = (w: string) => lexicon.has(w);
  it('tells a question in another language', () => {
    expect(foreignLanguage('¿Quién dijo que los soldados rusos huyeron?', known)).toBe('spa');
    expect(foreignLanguage('Wer hat gesagt, dass die Soldaten geflohen sind?', known)).toBe('deu');
  });
  it('leaves English alone, even short, lowercase, misspelt or full of names', () => {
    for (const q of ['who said it', 'whos kuzyk', 'What has Sophia Ankel written?', 'wat did zelenskyy say abut kharkiv', 'Olena Matvienko Zaliznychne'])
      expect(foreignLanguage(q, known)).toBeUndefined();
  });
});

describe('the part of a sentence a when / where / why question wants', () => {
  it('finds times, places and reasons', () => {
    expect(focusPart('The dam was built in 1962 and stands 120 feet high.', 'when')).toBe('in 1962');
    expect(focusPart('Mrs. Kowalski died yesterday afternoon in Holy Cross Hospital of burns.', 'where')).toMatch(/^in Holy Cross Hospital/);
    expect(focusPart('They took clothes so the drones would not see them.', 'why')).toMatch(/^so the drones/);
    expect(focusPart('Nothing happened.', 'when')).toBeUndefined();
  });
});
