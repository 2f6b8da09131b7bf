import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { isPersonNoun } from '../../src/extract/wordnet.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** The reported statements (indirect and mixed) of a short invented article and who made them. */
function reports(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q) && q.kind !== 'direct')
    .map((q) => ({ text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null }));
}

describe('an office is no one\'s name', () => {
  it('reads "the speaker" and "the president" as people described, as "the chairman" is', () => {
    expect(isPersonNoun('speaker')).toBe(true);
    expect(isPersonNoun('president')).toBe(true);
    expect(reports('The speaker suggested the new levy would be too heavy to bear.')).toEqual([{ text: 'the new levy would be too heavy to bear', who: 'The speaker' }]);
  });

  it('still takes a given name WordNet files as a famous person for a name', () => {
    expect(isPersonNoun('john')).toBe(false);
    expect(isPersonNoun('jack')).toBe(false);
  });
});

describe('a record that shows, named before its relative', () => {
  it('gives the finding to the record after a verb or preposition', () => {
    expect(reports('He cited the latest poll figures which show that most voters like the plan.')).toEqual([{ text: 'most voters like the plan', who: 'the latest poll figures' }]);
  });

  it('takes no finding that is only a thing, and no relative in the sentence\'s subject', () => {
    expect(reports('He pointed to figures that show a decline.')).toEqual([]);
    expect(reports('The records that show he was absent were lost.')).toEqual([]);
  });
});

describe('requests, proposals and demands', () => {
  it('keeps a request not to do something', () => {
    expect(reports('The board has ordered the railroads not to raise their rates.')).toEqual([{ text: 'not to raise their rates', who: 'The board' }]);
    expect(reports('The coach warned the boys never to swim there.')).toEqual([{ text: 'never to swim there', who: 'The coach' }]);
    expect(reports('He chose not to answer.')).toEqual([]);
  });

  it('keeps what a body proposes to do, past a comma of apposition', () => {
    expect(reports('The park service now proposes to preserve an area in Wade County, northern Ohio, as a park.')).toEqual([{ text: 'to preserve an area in Wade County, northern Ohio, as a park', who: 'The park service' }]);
  });

  it('reads "as his rivals demand," as an aside of advocacy around what they demand', () => {
    expect(reports('The mayor must, as his rivals demand, assume responsibility for the budget.')).toEqual([{ text: 'The mayor must assume responsibility for the budget', who: 'his rivals' }]);
  });
});

describe('a report noun\'s clause in real prose', () => {
  it('ends a whole clause, its verb with a particle and object, before the sentence\'s own verb', () => {
    expect(reports('The governor\'s warning that the state will build up its forces was ignored.')).toEqual([{ text: 'the state will build up its forces', who: 'The governor' }]);
  });

  it('reads past a gerund after a preposition and an aside inside the clause\'s subject', () => {
    expect(reports('Sen. Hale\'s recommendation that methods of dealing with the budget be improved was adopted.')).toEqual([{ text: 'methods of dealing with the budget be improved', who: 'Hale' }]);
    expect(reports('In the background lurked the feeling, however, that these chairs, handsome as they were, lacked comfort.')).toEqual([{ text: 'these chairs, handsome as they were, lacked comfort', who: null }]);
  });
});

describe('"the fact that" after a verb of saying or grasping', () => {
  it('gives the clause to the subject', () => {
    expect(reports('Councilman Ray Dole stressed the fact that the levy would rise.')).toEqual([{ text: 'the levy would rise', who: 'Ray Dole' }]);
  });

  it('takes no fact one ignores, and no writer\'s own recognition', () => {
    expect(reports('Councilman Ray Dole ignored the fact that the bridge was closed.')).toEqual([]);
    expect(reports('We recognize the fact that the town is poor.')).toEqual([]);
  });
});

describe('a subject described by a past participle', () => {
  it('lets the thing described speak', () => {
    expect(reports('Additional information supplied to us discloses that the mill gained a steady supply of workers.')).toEqual([{ text: 'the mill gained a steady supply of workers', who: 'Additional information' }]);
    expect(reports('Officers posted at the border reported that the crossing was shut.')).toEqual([{ text: 'the crossing was shut', who: 'Officers' }]);
  });
});

describe('agentless reports with a medium or a stated ground', () => {
  it('reads an agentless "it has been reported" past a phrase of medium before its "that"', () => {
    expect(reports('It has been reported in the newspapers that the board is weighing new classrooms.')).toEqual([{ text: 'the board is weighing new classrooms', who: null }]);
    expect(reports('It was learned at city hall that the mayor will resign.')).toEqual([{ text: 'the mayor will resign', who: null }]);
  });

  it('takes the writer\'s hedge under a modal for no report', () => {
    expect(reports('In short, it might be said that the settlers felt the change too late.')).toEqual([]);
  });

  it('keeps the grounds given for a passive judgement, but not a reason one might have given', () => {
    expect(reports('The column has been criticized on the grounds that it was not based on facts.')).toEqual([{ text: 'it was not based on facts', who: null }]);
    expect(reports('The navy could have continued testing on the grounds that the danger was small.')).toEqual([]);
  });
});
