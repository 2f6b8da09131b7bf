import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** The statements (any kind) of a short invented article: their text and who made them. */
function statements(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => ({ kind: q.kind, text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null }));
}
const texts = (...paragraphs: string[]) => statements(...paragraphs).map((s) => s.text);

describe('Rule "object-not-content": a communication verb with only its object states nothing', () => {
  it('drops a verb WordNet files with communication when only an object follows', () => {
    expect(texts('The old tanker gulped 900 gallons of fuel without a stop.')).toEqual([]);
    expect(texts('The ruling of the appeals court reverses the board\'s earlier stand.')).toEqual([]);
    expect(texts('Canon Abel Ruiz will preach on “A Thankful Heart” at 9 a.m. Sunday.')).toEqual([]);
    expect(texts('The county provided a clinic which served every farm family; its nurses were the best in the state.')).toEqual([]);
  });

  it('keeps the same verbs with a clause, and verbs of saying proper with a bare object', () => {
    expect(texts('Mayor Lena Hart said the bridge would reopen in May.')).toEqual(['the bridge would reopen in May']);
    expect(texts('Senator Ada Voss urged support for the new highway bill.')).toEqual(['support for the new highway bill']);
  });
});

describe('Rule "imagined-speaker": the generic reader and an imagined someone speak for no one', () => {
  it('drops "one might think", "you can see that", "a cynic may say"', () => {
    expect(texts('One might think the problem would be simple.')).toEqual([]);
    expect(texts('So you can see that the new chef is no ordinary cook.')).toEqual([]);
    expect(texts('A cynic may point out that the vote was bought in advance.')).toEqual([]);
  });

  it('keeps a real speaker, and an indefinite one who did speak', () => {
    expect(statements('A neighbor said the fire started in the kitchen.')).toEqual([{ kind: 'indirect', text: 'the fire started in the kitchen', who: 'A neighbor' }]);
    expect(texts('Mayor Lena Hart might say the budget is sound, her aide said.')).not.toEqual([]);
  });
});

describe('Rule "evidence-not-speech": what things show is no one\'s statement', () => {
  it('drops evidence a thing suggests and what deeds prove', () => {
    expect(texts('The rising water suggests that the old dam will fail.')).toEqual([]);
    expect(texts('Dekker immediately proved he was not afraid of the crowd.')).toEqual([]);
  });

  it('keeps a person or a writing that suggests', () => {
    expect(statements('The council report suggests that the plant will close.').map((s) => s.who)).toEqual(['The council report']);
    expect(texts('Governor Amos Reed suggested that the tax be repealed.')).toEqual(['the tax be repealed']);
  });
});

describe('Rule "writers-wish": the editorial "we wish" is the writer\'s voice', () => {
  it('drops the wish and keeps a speaker\'s wish reported', () => {
    expect(texts('We wish the council would remember its promises to the voters.')).toEqual([]);
    expect(texts('Mayor Lena Hart said she wished the council would remember its promises.')).toEqual(['she wished the council would remember its promises']);
  });
});

describe('Rule "one report, one statement": quoted phrases of one report are listed once', () => {
  it('lists "said the emails were “taken out of context” and “cherry-picked”" as one statement', () => {
    const out = statements('Her spokesman, Tom Lake, said the emails had been “taken out of context” and “cherry-picked” by rivals.');
    expect(out).toEqual([{ kind: 'mixed', text: 'the emails had been “taken out of context” and “cherry-picked” by rivals', who: 'Tom Lake' }]);
  });

  it('keeps two statements where the attribution breaks a quotation', () => {
    expect(texts('“The plan,” said Mayor Lena Hart, “is a gift to the taxpayer.”')).toHaveLength(2);
  });
});
