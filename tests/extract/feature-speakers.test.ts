// Speakers in features and wire copy the earlier rules missed: a body's "it", a firm named like a person, "one" of
// a group, a quotation alone paragraphs after its speaker, a paragraph about one person, kin of an office holder, and
// an exchange broken by the writer's own paragraph. Invented paragraphs; what a careful reader answers.
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

describe('the owner is not the officer', () => {
  it('keeps "the health authority" for the body, not for "the authority\'s director"', () => {
    expect(
      speakers(
        '“We expect more cases,” Dr. Amy Roe, the authority’s director of public health, told reporters.',
        'In a notice on its website, the health authority said:',
        '“If you feel ill, call your doctor today.”',
      ),
    ).toEqual(['Amy Roe: We expect more', 'the health authority: If you feel']);
  });
});

describe('a firm taken for a person is still an "it"', () => {
  it('gives a speaking "it" to a firm whose name ends like a thing or a plural', () => {
    expect(
      speakers('Two officials said samples had tested positive.', 'Brightwater Plastics said it had shut the tower voluntarily.', '“Our thoughts are with the families,” it said in a statement.'),
    ).toEqual(['Two officials: samples had tested', 'Brightwater Plastics: it had shut', 'Brightwater Plastics: Our thoughts are']);
  });

  it('leaves a name that opens on a given name a person', () => {
    expect(speakers('Two officials said samples had tested positive.', 'Harlan Mills said it had shut the tower voluntarily.', '“Our thoughts are with the families,” it said.')).toEqual([
      'Two officials: samples had tested',
      'Harlan Mills: it had shut',
      'null: Our thoughts are',
    ]);
  });
});

describe('"one" of the group in view speaks', () => {
  it('reads "one said" and "One, who asked not to be named, said:" as one of those just named', () => {
    expect(speakers('Two government sources told the Ledger that the minister was in trouble.', '“It’s not looking good,” one said.')).toEqual([
      'Two government sources: the minister was',
      'One of the two government sources: It’s not looking',
    ]);
    expect(
      speakers('Two government sources told the Ledger that the minister was in trouble.', 'One, who asked not to be named because they were not authorised to speak, said: "The mood has shifted."'),
    ).toEqual(['Two government sources: the minister was', 'One of the two government sources: The mood has']);
  });
});

describe('a quotation alone, paragraphs after its speaker, is the one the passage is about', () => {
  it('carries the last speaker over paragraphs of the writer\'s own where no one else was named', () => {
    expect(
      speakers(
        'Frank Dole, the county agent, says the drought is the worst since 1934.',
        '“I have never seen it this bad,” he says.',
        'Corn is dying in the fields. Ponds have dried up.',
        'Farmers are selling their cattle at a loss.',
        '“If it does not rain by August, half the farms will fold.”',
      ),
    ).toEqual(['Frank Dole: the drought is', 'Frank Dole: I have never', 'Frank Dole: If it does']);
  });

  it('gives a first quotation to the one named person the paragraphs before were about', () => {
    expect(
      speakers('Dr. Karl Weiss has studied bees for 30 years. He keeps 40 hives behind his house.', 'The state pays him to study them.', '“Every hive has its own temper. Some are gentle.”'),
    ).toEqual(['Karl Weiss: Every hive has']);
  });

  it('does not carry a speaker past another named person, nor answer a question', () => {
    expect(
      speakers('Frank Dole, the county agent, says the drought is bad.', 'His neighbor, Abe Lund, lost his corn. Lund sold the farm in May.', 'The rain came in June.', '“It came too late.”'),
    ).toEqual(['Frank Dole: the drought is', 'null: It came too']);
    expect(speakers('Frank Dole, the county agent, says the drought is bad.', 'Corn is dying in the fields.', '“Will it ever rain again?”')).toEqual(['Frank Dole: the drought is', 'null: Will it ever']);
  });
});

describe('a paragraph about one person shows who speaks next', () => {
  it('gives a lone quotation to the one every sentence of the paragraph before was about, not the last speaker', () => {
    expect(
      speakers(
        'Mrs. Leona Hart teaches piano.',
        '“Paul was the best of them,” she says.',
        'Rinaldi remembers it differently. Reached by telephone in Boston, he laughed.',
        '“She scared me to death.”',
      ),
    ).toEqual(['Leona Hart: Paul was the', 'Rinaldi: She scared me']);
  });
});

describe('kin of an office holder are not the office holder', () => {
  it('keeps "Governor Lowry" apart from "the governor\'s daughter, Ann Lowry"', () => {
    expect(speakers('There is a picture of the governor’s daughter, Ann Lowry, at twelve.', 'Governor Lowry did not deny it. “She made a musician of my girl,” he said.')).toEqual([
      'Lowry: She made a',
    ]);
  });

  it('reads "Mrs. Hart\'s husband, Walter," as Walter', () => {
    expect(speakers('Mrs. Leona Hart teaches piano.', 'Mrs. Hart’s husband, Walter, a retired railroad man, sits on the porch.', '“I’ve heard it all,” he says.')).toEqual(['Walter: I’ve heard it']);
  });
});

describe('the writer\'s paragraph breaks an exchange', () => {
  it('keeps the one who answered the writer speaking, not the one quoted before the question', () => {
    expect(
      speakers(
        'Mrs. Leona Hart teaches piano. Her husband, Walter, sits on the porch.',
        '“I could play it myself,” he says.',
        'Does she ever tire of it?',
        '“Never,” she says firmly.',
        '“Every child is different.”',
      ),
    ).toEqual(['Walter: I could play', 'Leona Hart: Never', 'Leona Hart: Every child is']);
  });
});

describe('a described person named so is the subject', () => {
  it('reads "The old man at the gate was named Amos Pruitt" as Amos Pruitt for the "he" after', () => {
    expect(speakers('The old man at the gate was named Amos Pruitt, and he had kept the light for thirty years.', '“You the new fellow?” he asked.')).toEqual([
      'Amos Pruitt: You the new',
    ]);
  });
});

describe('the writer asks in a first-person piece', () => {
  it('gives a question after the one party\'s turn to the writer who spoke before', () => {
    expect(
      speakers('The old man was named Amos Pruitt.', '“You the new fellow?” he asked.', 'I said I was.', '“Forty-two steps,” he said. “My wife used to count them.”', '“Where is she now?”', '“Buried on the point.”'),
    ).toEqual(['Amos Pruitt: You the new', 'Amos Pruitt: Forty-two steps', 'Amos Pruitt: My wife used', 'the writer: Where is she', 'Amos Pruitt: Buried on the']);
  });
});

describe('an epithet of origin refers back', () => {
  it('reads "the senior from Waco said" as the one person in view', () => {
    expect(speakers('Quarterback Jim Teel, who threw four interceptions Saturday, agreed.', '“I let the team down,” the senior from Waco said.')).toEqual(['Jim Teel: I let the']);
    expect(speakers('Quarterback Jim Teel agreed.', '“I let the team down,” said the senior from Waco.')).toEqual(['Jim Teel: I let the']);
  });

  it('keeps a bare "the senior" a description', () => {
    expect(speakers('Quarterback Jim Teel agreed.', '“I let the team down,” the senior said.')).toEqual(['the senior: I let the']);
  });
});

describe('his aide is not the "he"', () => {
  it('passes over a woman introduced as "his" someone for the man in view', () => {
    expect(speakers('Mayor Tom Reese met the press. His aide, Jane Pell, stood by.', '“The budget is balanced,” he said.')).toEqual(['Tom Reese: The budget is']);
    expect(speakers('Mayor Tom Reese met the press. His aide, Jane Pell, stood by.', '“The budget is balanced,” he explains.')).toEqual(['Tom Reese: The budget is']);
  });

  it('keeps a "she" for her', () => {
    expect(speakers('Mayor Tom Reese met the press. His aide, Jane Pell, stood by.', '“The budget is balanced,” she said.')).toEqual(['Jane Pell: The budget is']);
  });
});
