// Who speaks in an exchange printed as bare turns: an attribution printed as its own sentence, a description
// shortened on its second use, the writer of a first-person column as the other party, a described person's action
// before a quotation, and a question put to "you" in the middle of a turn. Invented paragraphs; what a careful
// reader answers.
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Each statement of an invented article as "who: first words" (who: a name, a description, or null). */
function speakers(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => `${q.person ?? q.descriptive ?? 'null'}: ${q.text.split(/\s+/).slice(0, 3).join(' ')}`);
}

describe('an attribution printed as its own sentence', () => {
  it('gives the question before "Asked the clerk." to the clerk', () => {
    expect(speakers('“Where do you keep the spare wheel?” Asked the night clerk. Small cars amuse everyone.')).toEqual(['the night clerk: Where do you']);
  });

  it('reads a name after a capitalised "Said" too', () => {
    expect(speakers('“Not ever again!” Said Mrs. Ada Hale, quietly.')).toEqual(['Ada Hale: Not ever again!']);
  });

  it('leaves a verb with a clause after it alone: it names no speaker', () => {
    expect(speakers('“Not ever again!” Said the rule was unfair.')).toEqual(['null: Not ever again!']);
  });
});

describe('the short form of a description', () => {
  it('reads "the man" after "the ferry station man" as the fuller description', () => {
    expect(speakers('“Tickets?” asked the ferry station man.', 'The man looked at the sky. “Rain by noon,” he said.')).toEqual([
      'the ferry station man: Tickets?',
      'the ferry station man: Rain by noon',
    ]);
  });

  it('does not join two people whose descriptions end in different nouns', () => {
    expect(speakers('“Tickets?” asked the ferry station man.', '“Rain by noon,” said the ferry captain.')).toEqual([
      'the ferry station man: Tickets?',
      'the ferry captain: Rain by noon',
    ]);
  });
});

const column = [
  'I bought a new car last week. When I drove it home, the neighbours laughed.',
  '“Where do you put the luggage?” asked the parking attendant.',
  '“It goes in the back.”',
  '“Is it fast?”',
  '“Not very.”',
];

describe('the writer of a first-person column is the other party', () => {
  it('gives the answers to the attendant’s questions to the writer, and the next question back to the attendant', () => {
    expect(speakers(...column)).toEqual([
      'the parking attendant: Where do you',
      'the writer: It goes in',
      'the parking attendant: Is it fast?',
      'the writer: Not very.',
    ]);
  });

  it('does not make the writer a party where the piece is not told in the first person', () => {
    expect(speakers('The new car arrived last week. The neighbours laughed.', ...column.slice(1))[1]).not.toBe('the writer: It goes in');
  });

  it('takes the other party from the turns in marks, not from a report the writer summed up', () => {
    expect(
      speakers(
        'I bought a new car last week. When I drove it home, the neighbours laughed.',
        'My old car said it drank fuel like a whale.',
        '“Where do you put the luggage?” asked the parking attendant.',
        '“It goes in the back.”',
        '“Is it fast?”',
      ).filter((s) => !s.startsWith('My old car')),
    ).toEqual(['the parking attendant: Where do you', 'the writer: It goes in', 'the parking attendant: Is it fast?']);
  });
});

describe('a described person’s action shows who speaks next', () => {
  it('gives the quotation after "The attendant sighed." to the attendant, not to the turn-taking', () => {
    expect(speakers(...column, 'The attendant sighed.', '“Nobody buys them any more.”').pop()).toBe('the parking attendant: Nobody buys them');
  });

  it('does not do so for a body', () => {
    expect(speakers(...column, 'The council sighed.', '“Nobody buys them any more.”').pop()).not.toMatch(/^The council/);
  });
});

describe('a question put to "you" asks, wherever it stands in the turn', () => {
  it('makes the next turn the other party’s answer', () => {
    expect(speakers(...column, 'The attendant sighed.', '“What if a truck hits you? Flat, that is what.”', '“Then I will be flat.”').slice(-2)).toEqual([
      'the parking attendant: What if a',
      'the writer: Then I will',
    ]);
  });
});
