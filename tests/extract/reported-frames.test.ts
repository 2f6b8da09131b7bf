import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { HELD_VIEW_RULES } from '../../src/extract/held-views.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** The reported statements (indirect and mixed) of a short invented article, who made them, and to whom. */
function reports(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q) && q.kind !== 'direct')
    .map((q) => ({ kind: q.kind, text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null, ...(q.addressee || q.toldTo ? { to: q.addressee ?? q.toldTo } : {}) }));
}

describe('a view held with an adjective: "was sure that", "are aware that"', () => {
  it('gives the clause after an adjective of certainty to the subject', () => {
    expect(reports('Mr. Amos Pike was sure he would always remember the storm.')).toEqual([{ kind: 'indirect', text: 'he would always remember the storm', who: 'Amos Pike' }]);
    expect(reports('Shop owners are aware now that they lose custom to every closure.')).toEqual([{ kind: 'indirect', text: 'they lose custom to every closure', who: 'Shop owners' }]);
  });

  it('takes no doubt, no object and no writer’s own certainty for a report', () => {
    expect(reports('The mayor was not sure the bond would pass.')).toEqual([]);
    expect(reports('She was sure of it.')).toEqual([]);
    expect(reports('We are sure the council will listen.')).toEqual([]);
  });

  it('names its rule with a why and examples', () => {
    for (const r of HELD_VIEW_RULES) {
      expect(r.why.length).toBeGreaterThan(40);
      expect(r.examples.length).toBeGreaterThan(2);
    }
  });
});

describe('a scene recounted around its attribution', () => {
  it('keeps the clause of time before a middle "he related" as part of what was told', () => {
    const found = reports('Driver Sam Dunn was robbed Friday.', 'When the bridge was reached, Dunn related, he stopped the truck.');
    expect(found).toEqual([{ kind: 'indirect', text: 'When the bridge was reached he stopped the truck', who: 'Sam Dunn' }]);
  });
});

describe('relative clauses that report', () => {
  it('reads "which she said contained" as her statement of the relative clause', () => {
    expect(reports('Mrs. Ida Hale had a letter which she said contained several errors.')).toEqual([{ kind: 'indirect', text: 'contained several errors', who: 'Ida Hale' }]);
  });

  it('reads a time phrase between "who" and its verb: "who in 1890 concluded that"', () => {
    expect(reports('The mill was founded by Ezra Cole, who in 1890 concluded that he had better build near the river.')).toEqual([
      { kind: 'indirect', text: 'he had better build near the river', who: 'Ezra Cole' },
    ]);
  });

  it('lets a pronoun of quantity head the clause and speak: "some who believe"', () => {
    expect(reports('The levy is defended by some who believe the county needs more revenue.')).toEqual([{ kind: 'indirect', text: 'the county needs more revenue', who: 'some' }]);
    expect(reports('Some think the levy is too high.')).toEqual([{ kind: 'indirect', text: 'the levy is too high', who: 'Some' }]);
  });

  it('takes "few think" for no one’s claim', () => {
    expect(reports('The state will appeal, but few think it will close the park.').every((r) => r.who === null)).toBe(true);
  });
});

describe('what stands between a report and its clause', () => {
  it('reads an aside right after "that" as the opening of what was said', () => {
    expect(reports('And other defenders argue that, after all, the old poets were borrowers too.')).toEqual([
      { kind: 'indirect', text: 'after all, the old poets were borrowers too', who: 'other defenders' },
    ]);
  });

  it('reads the particle of "pointing out that" in a participle', () => {
    expect(reports('The mayor opposed the tax, pointing out that it would fall on the poor.')).toEqual([{ kind: 'indirect', text: 'it would fall on the poor', who: 'The mayor' }]);
  });

  it('reads a report noun with its listener or an adverb before "that"', () => {
    expect(reports('Mayor Ann Tate repeated her warning to the council that the wells would fail.')).toEqual([
      { kind: 'indirect', text: 'the wells would fail', who: 'Ann Tate', to: 'the council' },
    ]);
    expect(reports('The vote has already led to speculation abroad that the treaty may be revised.')).toEqual([{ kind: 'indirect', text: 'the treaty may be revised', who: null }]);
    expect(reports('In the hall lurked the feeling, however, that the old chairs lacked comfort.')).toEqual([{ kind: 'indirect', text: 'the old chairs lacked comfort', who: null }]);
  });

  it('takes the writer’s own position for no report', () => {
    expect(reports('We take the view, however, that the ring road is the only sensible route.')).toEqual([]);
  });
});

describe('the source’s noun phrase', () => {
  it('reads a hyphened compound and a phrase of place as part of the subject', () => {
    expect(reports('Two members of the Labor-backed majority on the town board said they would appeal the ruling.')).toEqual([
      { kind: 'indirect', text: 'they would appeal the ruling', who: 'Two members of the Labor-backed majority on the town board' },
    ]);
  });

  it('takes no word cut at its hyphen for a source', () => {
    expect(reports('The harbor get-together boasted a brass band (hired for the day); a clown who juggled plates.')).toEqual([]);
  });

  it('ends an inverted source where "and" opens the next clause', () => {
    expect(reports('Old shops are closing at a fast rate, says Mr. Ned Alden and they are doing it because rents are high.')).toContainEqual({
      kind: 'indirect',
      text: 'Old shops are closing at a fast rate',
      who: 'Ned Alden',
    });
    expect(reports('The plan is good, said Mr. Ned Alden and his wife.')).toEqual([{ kind: 'indirect', text: 'The plan is good', who: 'Mr. Ned Alden and his wife' }]);
  });
});
