import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement, type Quote } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** The reported statements (indirect and mixed) of a short invented article, and who made them. */
function reports(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q) && q.kind !== 'direct')
    .map((q) => ({ kind: q.kind, text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null }));
}

describe("an editorial's own voice is no one's statement", () => {
  it('leaves out the writer\'s own views: "we must confess that", "I am firmly convinced that"', () => {
    expect(reports('Many of our neighbours are gardeners. Still we must confess that some of them plant too many marrows.')).toEqual([]);
    expect(reports('I am firmly convinced that the new ferry will lose money.')).toEqual([]);
    expect(reports('I suspect the council will balk at the fee.')).toEqual([]);
  });

  it("keeps the writer's side of a dialogue and other people's views", () => {
    expect(reports('I told the clerk that the road was closed.')).toEqual([expect.objectContaining({ kind: 'indirect', text: expect.stringContaining('the road was closed') })]);
    expect(reports('Mayor Ida Penn believes that the ferry will lose money.')).toEqual([{ kind: 'indirect', text: 'the ferry will lose money', who: 'Ida Penn' }]);
  });

  it('leaves out a rhetorical question: "do they really believe that ...?"', () => {
    expect(reports('Do the planners really believe that voters will pay for a second bridge?')).toEqual([]);
    expect(reports('Further, do our thrifty friends really believe that the bakers will consent?')).toEqual([]);
  });

  it('leaves out what someone would see or find if things were otherwise', () => {
    expect(reports('If they looked closer, they would see that the levy has failed.')).toEqual([]);
    expect(reports('The auditors found that the levy has failed.')).toEqual([{ kind: 'indirect', text: 'the levy has failed', who: 'The auditors' }]);
  });

  it('leaves out "what X proposed, we do not know": the object stands before its subject', () => {
    expect(reports('What, in the back rooms of the guild, Mr. Tolley had really proposed, we just do not know.')).toEqual([]);
  });
});

describe('a verb with a plain object reports nothing', () => {
  it('reads a participle inside a noun phrase as no clause: "reflects the lack of buying power"', () => {
    expect(reports("Slow sales of Marlow cheese reflect the valley's lack of buying power.")).toEqual([]);
    expect(reports('The audit confirms and reinforces the easily observed picture of the harbour.')).toEqual([]);
  });

  it('ends the object at a conjunction that opens a second clause', () => {
    expect(reports('He has exploded one large charge and he probably has others in store.')).toEqual([]);
    expect(reports('He may support the guild (but he won\'t); he may break with it.')).toEqual([]);
  });

  it('reads a relative clause inside the object as no report: "represented a misreading of the forces which alone can win"', () => {
    expect(reports('Hiring a former jailer represented a misreading of the forces which alone can reform the prison.')).toEqual([]);
    expect(reports('Councilman Abe Roth said the man who painted the mural was paid twice.')).toEqual([expect.objectContaining({ kind: 'indirect', who: 'Abe Roth', text: expect.stringContaining('was paid twice') })]);
  });

  it('reads a clause whose subject carries an aside between commas: "says the town, in order to grow, must ..."', () => {
    expect(reports('Dean Olga Marsh spoke at the fair. She says the town, in order to grow, must build a second school.')).toContainEqual(
      expect.objectContaining({ kind: 'indirect', text: expect.stringContaining('must build a second school'), who: 'Olga Marsh' }),
    );
  });

  it('reads "points out that" after a name, and "feels that to wait is folly", as reports', () => {
    expect(reports('Professor Ida Crane points out that the river is rising.')).toEqual([{ kind: 'indirect', text: 'the river is rising', who: 'Ida Crane' }]);
    expect(reports('Mayor Tom Reyes spoke. He feels, therefore, that to wait for the state is folly.')).toContainEqual(
      expect.objectContaining({ kind: 'indirect', text: expect.stringContaining('to wait for the state is folly'), who: 'Tom Reyes' }),
    );
  });

  it('reads "the only hope which ..." as a noun, not a verb of hoping', () => {
    expect(reports('The only hope which small growers have is to sell directly to the mills.')).toEqual([]);
  });
});

describe('a quoted name of a thing is no statement', () => {
  // a quotation no one is credited with, as the extractor leaves it
  const uncredited = (text: string, sentence: string): Quote => ({ id: 'q', kind: 'direct', articleId: 'test', paragraph: 0, text, sentence });

  it('reads a short title-cased quotation no one is credited with as a name: an “All Citizens\' Council”', () => {
    expect(isStatement(uncredited("All Citizens' Council,", "The guild becomes an “All Citizens' Council,” with wider membership."))).toBe(false);
    expect(isStatement(uncredited('Sportsman of the Year', 'He was hailed as “Sportsman of the Year” at the dinner.'))).toBe(false);
  });

  it('keeps a quoted sentence as words someone said, title case or not', () => {
    expect(isStatement(uncredited('Harbor Closed Until Spring.', 'The sign read: “Harbor Closed Until Spring.”'))).toBe(true);
    expect(isStatement(uncredited('We will not sell the mill to anyone.', '“We will not sell the mill to anyone.”'))).toBe(true);
  });
});

describe("a letter writer's own argument is no one's statement (Rule \"writers-own-argument\")", () => {
  it('leaves out what the writer grants, concurs in, judges, offers under a modal or gives "in my estimation"', () => {
    expect(reports('I concur that the new ferry is too slow for the island.')).toEqual([]);
    expect(reports('I grant that the dog may bark at night, but it keeps thieves away.')).toEqual([]);
    expect(reports('I would like to suggest that the tenants and the council talk again.')).toEqual([]);
    expect(reports('In my estimation, the ferry will lose money every winter.')).toEqual([]);
    expect(reports('We had a fine school once, and we let it wither and die.')).toEqual([]);
  });

  it('gives no speaker to the words the writer weighs, so a scare quote stays no statement', () => {
    const got = extractQuotes(articleOf(['We, for that reason, thought the “offer” an insult to our readers.'])).quotes.filter(isStatement);
    expect(got).toEqual([]);
  });

  it("still keeps what the writer told someone and what another person concurs in", () => {
    expect(reports('I told the clerk that the road was closed.')).toHaveLength(1);
    expect(reports('Mayor Ida Penn concurs that the board should meet again.')).toEqual([expect.objectContaining({ who: 'Ida Penn' })]);
  });
});
