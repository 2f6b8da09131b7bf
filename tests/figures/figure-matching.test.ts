import { describe, expect, it } from 'vitest';
import { understandFigureQuestion } from '../../src/answer/figure-questions.js';
import { FigureStore, scoreEntry } from '../../src/answer/figure-store.js';
import { readAliases } from '../../src/corpus/aliases.js';
import { NameVariants } from '../../src/extract/names.js';
import { loadStory } from './seed-corpus.js';

const seeds = loadStory('corpus');
const store = new FigureStore(seeds.figures, new NameVariants(readAliases('corpus')));

describe('matching figures to question words', () => {
  it('folds spellings and aliases the way search does', () => {
    const defence = store.keys('the Ministry of Defence');
    expect(store.keys('the Ministry of Defense')).toEqual(defence);
    expect(store.keys('the MoD')).toEqual(defence);
    for (const e of store.entries) expect(scoreEntry(e, store.keys('Defense'))).toBe(scoreEntry(e, store.keys('Defence')));
  });

  it('keeps a number with thousands separators as one word', () => {
    const words = [...store.keys('13,500 units').words];
    expect(words).toContain('13500');
    expect(words).not.toContain('500');
  });
});

describe('numbers that count something', () => {
  it.each(['Which outlet reported five firefighters injured?', 'Who said three shelters were opened?'])('%j asks for the source of a figure', (q) => {
    expect(understandFigureQuestion(q)).toMatchObject({ intent: 'figure_source' });
  });

  it.each(['Who said one of them ran away?', 'Who said one was enough?'])('%j is not about a figure', (q) => {
    expect(understandFigureQuestion(q)).toBeUndefined();
  });
});
