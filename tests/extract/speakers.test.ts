// Who is the speaker: names, family members, first names and described speakers, resolved within one article.
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Each statement of an invented article as "who: first words". */
function speakers(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => `${q.person ?? q.descriptive ?? 'null'}: ${q.text.split(/\s+/).slice(0, 3).join(' ')}`);
}

describe('family members who share a surname stay apart', () => {
  it('does not give the stepson\'s words to the woman the text calls "Mrs."', () => {
    const { quotes, people } = extractQuotes(
      articleOf([
        'A jury found 30-year-old Dale Fenn guilty yesterday in the death of Mrs. Ruth Tarn.',
        "The verdict cleared the dead woman's stepson, Abel Tarn, 51, who was tried for the crime last year. Mrs. Tarn was killed in May.",
        'Tarn has lived under suspicion since. When the verdict came in, Tarn said:',
        '“I am glad it is over.”',
        'Fenn confessed to a string of barn fires.',
        'He also admitted that he had killed her.',
      ]),
    );
    const glad = quotes.find((q) => q.text.startsWith('I am glad'));
    expect(glad?.person).toBe('Abel Tarn');
    expect(glad?.role).toContain('stepson');
    expect(people.find((p) => p.name === 'Abel Tarn')?.roles.join(' ')).not.toContain('Mrs.');
    expect(quotes.find((q) => q.text.includes('had killed her'))?.person).toBe('Dale Fenn');
  });

  it('does not join a husband and wife by their surname', () => {
    const { people } = extractQuotes(
      articleOf(['Mrs. Nora Pell opened the bakery in 1950.', 'Her husband, Otis Pell, keeps the books. “She does the real work,” Pell said.']),
    );
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Nora Pell', 'Otis Pell']));
    expect(speakers('Mrs. Nora Pell opened the bakery in 1950.', 'Her husband, Otis Pell, keeps the books. “She does the real work,” Pell said.')).toEqual([
      'Otis Pell: She does the',
    ]);
  });
});

describe('a first name alone is the person named in full before', () => {
  it('reads "Joe said" after "Joe Dekker" as Joe Dekker', () => {
    expect(speakers('Joe Dekker has coached the Hawks for eleven seasons.', '“We are not a flashy team,” Joe said after the win.')).toEqual([
      'Joe Dekker: We are not',
    ]);
  });

  it('leaves a first name two people share to neither', () => {
    const { people } = extractQuotes(
      articleOf(['Joe Dekker and Joe Brandt coach the two teams.', '“We will see on Friday,” Joe said.']),
    );
    expect(people.some((p) => p.name === 'Joe')).toBe(true);
  });
});

describe('a paragraph that opens on someone then quotes is that person speaking', () => {
  it('gives the quote to the one who shrugs, not to the speaker of the paragraph before', () => {
    expect(
      speakers(
        'Lena Varga runs the kitchen; her husband, Tom Varga, runs the front of the house.',
        '“She is the boss,” Tom said. “I just carry plates.”',
        'Lena shrugged. “He exaggerates.”',
      ),
    ).toEqual(['Tom Varga: She is the', 'Tom Varga: I just carry', 'Lena Varga: He exaggerates.']);
  });

  it('skips an opening participle clause to find who is acting', () => {
    expect(
      speakers(
        'Governor Ada Krupp signed the bill on Monday. “This is a good day,” she said.',
        'Mayor Ivo Stahl called it overdue. “We waited long enough,” he said.',
        'Asked whether she would run again, Krupp smiled. “Ask me next year.”',
      ),
    ).toEqual(['Ada Krupp: This is a', 'Ivo Stahl: We waited long', 'Ada Krupp: Ask me next']);
  });

  it('keeps a quote to the speaker already quoted in its paragraph', () => {
    expect(speakers('“We won,” said coach Ray Holm. The crowd cheered. “They earned it.”')).toEqual(['Ray Holm: We won', 'Ray Holm: They earned it.']);
  });
});
