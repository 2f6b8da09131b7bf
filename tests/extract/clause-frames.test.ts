import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Every statement of a short invented article: its kind, its words and who said them. */
function statements(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q))
    .map((q) => ({ kind: q.kind, text: q.text, who: q.person ?? q.descriptive ?? null }));
}

describe('a connective opening the sentence is the writer\'s, not the speaker\'s', () => {
  it('starts a quotation after "Still," and gives it to the source after it', () => {
    expect(statements('The members met Monday.', 'Still, “we object to the plan,” the members said.')).toEqual([{ kind: 'direct', text: 'we object to the plan', who: 'the members' }]);
  });

  it('never takes a sentence adverb WordNet knows only as an adverb for a name (rule a sentence adverb is no name)', () => {
    expect(statements('The wardens met Monday.', 'Nonetheless, “we will rebuild the pier,” the wardens said.')).toEqual([{ kind: 'direct', text: 'we will rebuild the pier', who: 'the wardens' }]);
  });

  it('leaves "However," out of a reported clause', () => {
    const found = statements('The harbor plan was debated.', 'However, the port will not expand this year, the treasurer said.');
    expect(found).toEqual([expect.objectContaining({ text: 'the port will not expand this year', who: 'the treasurer' })]);
  });
});

describe('an attribution in the middle frames the words on both sides of it', () => {
  it('keeps a condition before "she said" as part of what she said', () => {
    const [s] = statements('Mayor Ilse Varo spoke at noon.', 'Should the vote fail, she said, the plan will be dropped.');
    expect(s).toMatchObject({ kind: 'indirect', who: 'Ilse Varo' });
    expect(s.text).toContain('Should the vote fail');
    expect(s.text).toContain('the plan will be dropped');
  });

  it('gives the reported part before a quotation its own statement beside the quoted words', () => {
    const found = statements('Mayor Dale Orr spoke Monday.', 'The city faces a deficit, he said, “and I challenge anyone to deny it.”');
    expect(found).toContainEqual({ kind: 'indirect', text: 'The city faces a deficit', who: 'Dale Orr' });
    expect(found).toContainEqual({ kind: 'direct', text: 'and I challenge anyone to deny it.', who: 'Dale Orr' });
  });

  it('does not take a scene-setting clause of time or a participle opening for what was said', () => {
    const after = statements('Coach Abe Lind spoke last.', 'After the dinner ended, Lind said, “I will miss this team.”');
    expect(after.map((s) => s.text)).toEqual(['I will miss this team.']);
    const asked = statements('Coach Abe Lind spoke last.', 'Asked about the season, he said, the team will rebuild.');
    expect(asked.map((s) => s.text)).toEqual(['the team will rebuild']);
  });
});

describe('an agentless phrase inside a report is part of what the source said', () => {
  it('keeps "he" as the speaker of "the bill is expected to pass"', () => {
    expect(statements('Senator Roy Hale spoke Monday.', 'He said the bill is expected to pass Monday.')).toEqual([{ kind: 'indirect', text: 'the bill is expected to pass Monday', who: 'Roy Hale' }]);
  });

  it('still reads an agentless report standing alone as no one\'s', () => {
    expect(statements('The bill is expected to pass Monday.')).toEqual([expect.objectContaining({ who: null })]);
  });
});

describe('a source after "by" speaks: a passive of urging or opposing, a noun of promising', () => {
  it('gives what was recommended or opposed to the agent after "by"', () => {
    expect(statements('The harbor commission met Friday.', 'A new park was also recommended by the panel.')).toEqual([{ kind: 'indirect', text: 'A new park was also recommended', who: 'the panel' }]);
    const opposed = statements('Taxes were the first item.', 'The plan was opposed by Mayor Ilse Varo, who called it costly.');
    expect(opposed).toContainEqual({ kind: 'indirect', text: 'The plan was opposed', who: 'Ilse Varo' });
  });

  it('reads a deed done by someone as no statement', () => {
    expect(statements('The bill was approved by the council.')).toEqual([]);
    expect(statements('The road was built by the county.')).toEqual([]);
  });

  it('gives the words of "a pledge by the governor “to cut the rates”" to the governor', () => {
    expect(statements('The rally ended at dusk.', 'It closed with a pledge by the governor “to cut the rates.”')).toEqual([{ kind: 'direct', text: 'to cut the rates.', who: 'the governor' }]);
  });

  it('gives the "that" clause of "a remark by Councilman Olin Park" to him', () => {
    expect(statements('The session ended with a remark by Councilman Olin Park that the tax was unfair.')).toEqual([{ kind: 'indirect', text: 'the tax was unfair', who: 'Olin Park' }]);
  });
});

describe('an "it" that speaks stands for something that can speak', () => {
  it('passes over an activity for the body in view', () => {
    expect(statements('The board met at noon.', 'Repaving of Elm Street began Monday. It asked that the council act.')).toEqual([{ kind: 'indirect', text: 'the council act', who: 'The board' }]);
  });

  it('leaves the speaker unknown where only an activity is in view', () => {
    expect(statements('Repaving of Elm Street began Monday. It asked that the council act.')).toEqual([{ kind: 'indirect', text: 'the council act', who: null }]);
  });

  it('gives "it" to the body whose passive report came just before', () => {
    expect(statements('Repaving of Elm Street was urged by the board. It asked that the council act.')).toContainEqual({ kind: 'indirect', text: 'the council act', who: 'the board' });
  });
});

describe('a condition before an attribution and a quotation sets the scene', () => {
  it('says only the quotation: "If he bites, she says, “...”"', () => {
    const found = statements('Nurse Ada Crane gives advice.', 'If the boy bites a playmate, she says, “Nobody will like you.”');
    expect(found.map((s) => s.text)).toEqual(['Nobody will like you.']);
  });
});

describe('a source inverted in the middle of a clause', () => {
  it('gives "The rates, said the treasurer, will rise" to the treasurer, never to "The rates"', () => {
    const [s] = statements('The budget was read Monday.', 'The rates, said the treasurer, will rise.');
    expect(s).toMatchObject({ kind: 'indirect', who: 'the treasurer' });
    expect(s.text).toContain('The rates');
    expect(s.text).toContain('will rise');
  });

  it('leaves an opening connective out: "Nevertheless, said the treasurer, the rates will rise"', () => {
    expect(statements('The budget was read Monday.', 'Nevertheless, said the treasurer, the rates will rise.')).toEqual([{ kind: 'indirect', text: 'the rates will rise', who: 'the treasurer' }]);
  });
});
