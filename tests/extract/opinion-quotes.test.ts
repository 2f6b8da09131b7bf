// Who speaks the quoted words of opinion prose, columns and features: titles of works, labels naming a source, the
// outlet's own "we", verbs that take up talk, and names the sentence splitter must keep whole. Invented paragraphs.
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';
import { splitSentences } from '../../src/extract/sentences.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Each statement of an invented article as "who: first words" (who: a name, a description, or null). */
function speakers(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => `${q.person ?? q.descriptive ?? 'null'}: ${q.text.split(/\s+/).slice(0, 3).join(' ')}`);
}

/** The direct quotations only, with their kind. */
function quoted(...paragraphs: string[]): string[] {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q) && q.kind !== 'indirect')
    .map((q) => `${q.kind} ${q.person ?? q.descriptive ?? 'null'}: ${q.text.split(/\s+/).slice(0, 3).join(' ')}`);
}

describe('a title in a name\'s place is no one\'s words (Rule "a title in a name\'s place")', () => {
  it('reads a title after a preposition, a possessive or a noun for a work as a name, even when a verb of saying follows', () => {
    expect(speakers('In “The Coming Storm,” Senator Ada Hale argues that the dollar will fall.')).toEqual(['Ada Hale: the dollar will']);
    expect(speakers('In his column “Notes From Town,” Mr. Ivo Roe says the fair will close.')).toEqual(['Ivo Roe: the fair will']);
  });

  it('reads a title after a verb whose object is a work as a name', () => {
    expect(speakers('Mr. Ivo Roe, who wrote “A Farewell to Farms,” spoke at the fair.')).toEqual([]);
  });

  it('still hears an answer that opens its clause', () => {
    expect(speakers('“Thirteen,” said Long Jim.')).toEqual(['Long Jim: Thirteen']);
  });
});

describe('the outlet\'s "we" is the writer\'s side (Rule "the outlet\'s we")', () => {
  it('never gives the editorial "we" the person last in view', () => {
    const got = speakers('The mayor calls the plan “a fine start.”', 'We said last week that “the plan will fail.”');
    expect(got).toContain('the writer: the plan will');
    expect(got.filter((s) => s.startsWith('The mayor'))).toHaveLength(1);
  });
});

describe('a verb that takes up talk attributes the quotation before it (Rule "turn-taking verb")', () => {
  it('reads "went on", "came in" and "reminisces" as "said"', () => {
    expect(speakers('“Costs will rise,” the statement said. “The rest can wait,” the statement went on.')).toEqual([
      'the statement: Costs will rise',
      'the statement: The rest can',
    ]);
    expect(speakers('Mrs. Ada Roe grew up in Dallas.', '“I bought my first dress there,” she reminisces.')).toEqual(['Ada Roe: I bought my']);
    expect(speakers('The general said a word to his aide.', '“The general says,” the aide came in, “that the road is open.”')).toEqual([
      'the aide: The general says',
      'the aide: that the road',
    ]);
  });
});

describe('a source named as a label opens the quotation after it (Rule "a source as a label")', () => {
  it('gives the quotation to the radio, the agency or the article the label names, not where or in what language it spoke', () => {
    expect(speakers('Havana radio in Spanish to Mexico:', '“The harvest is the largest in ten years.”')).toEqual(['Havana radio: The harvest is']);
    expect(speakers('The official news agency ANPA datelined from Lisbon in English:', '“The strike has ended.”')).toEqual([
      'The official news agency ANPA: The strike has',
    ]);
  });

  it('opens nothing with a label that names no medium', () => {
    expect(speakers('And now, for our readers:', '“The strike has ended.”')).toEqual(['null: The strike has']);
  });
});

describe('names the sentence splitter keeps whole', () => {
  it('does not end a sentence at a clergyman\'s or a lawyer\'s title, nor at initials run together', () => {
    expect(splitSentences('The Rev. R. L. Brandt spoke. He met Atty. Gen. J. Joseph Nugent.')).toEqual(['The Rev. R. L. Brandt spoke.', 'He met Atty. Gen. J. Joseph Nugent.']);
    expect(splitSentences('“No bail,” said the magistrate, K.J.P. Baraclough. He left.')).toHaveLength(2);
    expect(splitSentences('He went to the U.N. The next day he left.')).toHaveLength(2);
  });

  it('reads "the Rev." as a title before the name that speaks (Rule "a clergyman\'s style")', () => {
    expect(speakers('“We must build,” said the Rev. R. L. Brandt, national secretary of the mission.')).toEqual(['R. L. Brandt: We must build']);
    expect(speakers('“No bail for any of them,” said the magistrate, K.J.P. Baraclough.')).toEqual(['K.J.P Baraclough: No bail for']);
  });
});

describe('a saying participle after a middle attribution is a report of its own', () => {
  it('keeps the quotation before "X said, adding that ..." direct', () => {
    expect(quoted('“We have opened 7,000 churches,” Mr. Abel Roth said, adding that the goal was one church a town.')).toEqual(['direct Abel Roth: We have opened']);
  });
});

describe('a relative clause is no part of who speaks', () => {
  it('gives the quotation after ", who said:" to the noun phrase the "who" stands for (Rule "a relative who speaks for its head")', () => {
    expect(speakers('His letter called up a talk I had with another pastor, a quiet Quaker, who said: “I need a moment of rest.”')).toEqual([
      'another pastor, a quiet Quaker: I need a',
    ]);
    expect(speakers('We met Mayor Ida Roe, who said: “The bridge will open.”')).toEqual(['Ida Roe: The bridge will']);
  });

  it('reads the opening noun phrase as the subject past several "who" clauses (Rule "subject held apart by relative clauses")', () => {
    expect(
      speakers('A baker from the valley, who rises at 3 a.m. and sells out by noon, and who has fed a family of six from the mill, asked, “What will we do now?”'),
    ).toEqual(['A baker from the valley: What will we']);
    expect(speakers('Ida Roe, who runs the bakery, and who has fed the town for years, says the oven is failing.')).toEqual(['Ida Roe: the oven is']);
  });
});

describe('asides and "according to" that credit quoted words', () => {
  it('gives a quotation after an "as X fears" or "as X says" aside to X (Rule "an as aside of saying or fearing")', () => {
    expect(speakers('If the vote goes wrong, it may be — as Mr. Ivo Stanton fears — “the first step on the slippery path” to ruin.')).toEqual([
      'Ivo Stanton: the first step',
    ]);
    expect(speakers('The plan is, as we have seen, “a fine start for the town.”')).toEqual(['null: a fine start']);
  });

  it('lets "according to" credit a writing or a body (Rule "a writing or a body is a source by according to")', () => {
    expect(speakers('The small shops “must be retained, for they serve the town,” according to the resolution.')).toEqual(['the resolution: must be retained,']);
  });
});

describe('quoted words finished in the outlet\'s words (Rule "quoted words finished in the outlet\'s words")', () => {
  it('keeps the speaker of the quotation before for a quoted clause the outlet completes without a verb', () => {
    expect(speakers('Still, “we feel the county should share the funds,” the jurors said. “Failure to do this will place a burden” on Marlow taxpayers.')).toEqual([
      'the jurors: we feel the',
      'the jurors: Failure to do',
    ]);
  });

  it('gives nothing to a quotation the outlet goes on about with a verb of its own', () => {
    expect(speakers('“The dam will hold,” Mr. Abel Roe said. “Safe as houses” is what the engineers wrote.')).not.toContain('Abel Roe: Safe as houses');
  });
});

describe('colon lead-ins inside the sentence (Rules "an \'as\' lead-in", "an inverted lead-in by any verb of speaking")', () => {
  it('gives the words after "As X points out:" to X, not to the defenders of the next sentence', () => {
    expect(quoted('Sequels are not always weak. As Critic Ada Roe points out: “A good sequel is still a new play.” And other critics argue that the old masters borrowed too.')).toEqual([
      'direct Ada Roe: A good sequel',
    ]);
  });

  it('reads "Cried one teacher after a month of his pranks:" as an inverted lead-in, the time phrase no part of who', () => {
    expect(quoted('He was a restless boy. Cried one teacher after a month of his pranks: “You will never sit still!”')).toEqual(['direct one teacher: You will never']);
  });
});

describe('a voice is an "it" (Rule "a voice is an it")', () => {
  it('gives "it said" to the voice just heard, and keeps the one-word opening of the broken quotation', () => {
    expect(quoted('Mr. Abel Crane dozed on the porch. Suddenly one small voice rose over the rest. “But,” it said, “why is the sky so dark?”')).toEqual([
      'direct one small voice: But',
      'direct one small voice: why is the',
    ]);
  });
});

describe('a given name alone is a person (Rule "a given name alone is a person")', () => {
  it('gives "She said." to the girl who just burst in, not to the cat of the paragraph before', () => {
    expect(
      quoted(
        'Mr. Abel Crane dozed in the hammock. Tabitha, the Crane cat, jumped up beside him. She remarked that the wind was cold.',
        'Mr. Crane thought of the long day. He smiled at the stars.',
        'Mr. Crane was half asleep when the door opened and Lucy ran out. “Dad!” She said. “Supper is ready.”',
      ),
    ).toEqual(['direct Lucy: Dad!', 'direct Lucy: Supper is ready.']);
  });
});

describe('words quoted in a sentence about their speaker (Rule "words quoted in a sentence about their speaker")', () => {
  it('gives quoted words with no verb of saying to the person the sentence is about', () => {
    expect(quoted('Rosa (surname: Vell), 30, sings at the club most nights. She scorns the singers “who only move their hands.”')).toEqual(['direct Rosa: who only move']);
    expect(quoted('Mrs. Ada Roe wears gray most days. Now and then she buys a red hat simply because “It is not like me.”')).toEqual(['direct Ada Roe: It is not']);
  });

  it('leaves the words of a passive sentence with no speaker, and makes no statement of a scare quote', () => {
    expect(quoted('Mr. Ivo Roe was turned down again “on the basis of his record and his interview.”')).toEqual(['direct null: on the basis']);
    expect(quoted('Mrs. Ada Roe praised the “economizing.”')).toEqual([]);
  });
});

describe('a list of noun phrases puts no one in view (Rule "a verbless fragment has no subject")', () => {
  it('keeps the "he" of the next paragraph for the man last the subject, not the last of the list', () => {
    expect(
      quoted(
        'Ivo Roe, a man who knows the mill, does not believe it will close. But he is in the middle.',
        'The young couples; the old women. The truck driver; the widow with the stew.',
        '“Don’t ask me if the mill helps,” he said.',
      ),
    ).toEqual(['direct Ivo Roe: Don’t ask me']);
  });
});

describe('the generic subject of the words is not who says them (Rule "the generic subject of the words is not who says them")', () => {
  it('gives "he wrote" after "A pastor should not stay ..." to the man in view, not to "A pastor"', () => {
    expect(quoted('Dr. Abel Roe wrote a letter to his church last week.', 'A pastor should not stay “beyond the time that he can serve” his flock, he wrote, “for he grows stale.”')).toEqual([
      'mixed Abel Roe: beyond the time',
      'mixed Abel Roe: for he grows',
    ]);
  });
});

describe('the letter\'s "you" is the paper (Rule "the letter\'s you is the paper")', () => {
  it('gives what "you suggest" in a letter to the paper\'s editorial, and leaves the imagined reader alone', () => {
    const letter = (...ps: string[]) => extractQuotes({ ...articleOf(ps), headline: 'Letter: The Harbor Plan' }).quotes.filter(isStatement).map((q) => `${q.person ?? q.descriptive ?? 'null'}: ${(q.reported ?? q.text).split(/\s+/).slice(0, 3).join(' ')}`);
    expect(letter('Your editorial of May 2 misread our town.', 'It is plain that we already qualify when you suggest a town should “build a modest plant” to pay its way.')).toEqual([
      'the editorial: a town should',
    ]);
    expect(letter('If you were walking home at night, you would say the street is safe.')).toEqual([]);
  });

  it('keeps the generic reader of an editorial\'s "you might think" no one', () => {
    expect(speakers('You might think the bridge would hold.')).toEqual([]);
  });
});
