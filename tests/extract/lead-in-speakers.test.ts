// Colon lead-ins whose speaker is not the subject of a verb of saying before the colon: an inverted "Said the Ledger
// in an editorial:", a lead-in that names a writing ("Here is the text of the letter:"), and one that says whose
// words follow ("In the words of the report:"). Invented paragraphs; what a careful reader answers.
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

const before = 'Governor Abel Lind signed the road bill on Monday. The Hale Commission sent him its report.';

describe('an inverted lead-in', () => {
  it('gives the words after "Said the Ledger in an editorial:" to the Ledger, paragraph after paragraph', () => {
    expect(speakers(before, 'Said the Ledger in an editorial:', '“The governor has acted wisely.”', '“He deserves our thanks.”')).toEqual([
      'the Ledger: The governor has',
      'the Ledger: He deserves our',
    ]);
  });

  it('reads the lead-in and its quotation in one paragraph too', () => {
    expect(speakers(before, 'Said the Ledger in an editorial: “The governor has acted wisely.”')).toEqual(['the Ledger: The governor has']);
  });

  it('leaves where it was said out of who said it', () => {
    expect(speakers(before, 'Declared the network announcer over the radio:', '“The governor has signed.”')).toEqual(['the network announcer: The governor has']);
  });
});

describe('a lead-in naming a writing quotes the writing', () => {
  it('gives the words after "Here is the text of the letter:" to the letter, not to the governor', () => {
    expect(speakers(before, 'Here is the text of the letter:', '“I cannot serve another term.”')).toEqual(['the letter: I cannot serve']);
  });

  it('reads "The text of the resolution follows:" as the resolution', () => {
    expect(speakers(before, 'The text of the resolution follows:', '“The council shall meet monthly.”')).toEqual(['the resolution: The council shall']);
  });

  it('does not take "The answer:" for a writing', () => {
    expect(speakers(before, 'The answer:', '“The council shall meet monthly.”')[0]).not.toMatch(/^The answer/);
  });
});

describe('a lead-in that says whose words follow', () => {
  it.each([
    ['In the words of the report:', 'the report'],
    ['To quote the report:', 'the report'],
    ['As the report put it:', 'the report'],
    ['The report went on:', 'The report'],
    ['From the report:', 'the report'],
    ['In Senator Tom Ames’s words:', 'Tom Ames'],
  ])('gives the words after "%s" to %s', (lead, who) => {
    expect(speakers(before, lead, '“The roads are in poor repair.”')).toEqual([`${who}: The roads are`]);
  });

  it('does not read a time after "From" as a writing', () => {
    expect(speakers(before, 'From the start:', '“The roads are in poor repair.”')[0]).not.toMatch(/^the start/);
  });
});
