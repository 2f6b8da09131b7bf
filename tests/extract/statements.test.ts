import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';
import { isReportingVerb } from '../../src/extract/speech-verbs.js';
import { isNotPersonName, isPersonNoun } from '../../src/extract/wordnet.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Every statement of a short invented article: kind, words, and who said it (a name, a description, or null). */
function statements(...paragraphs: string[]) {
  const { quotes, people } = extractQuotes(articleOf(paragraphs));
  return {
    people: people.map((p) => p.name),
    all: quotes.filter(isStatement).map((q) => ({ kind: q.kind, text: q.text, reported: q.reported, who: q.person ?? q.descriptive ?? null, role: q.role, to: q.addressee, paragraph: q.paragraph, parts: q.parts?.length })),
  };
}

describe('reported speech is a statement too', () => {
  it('reads "X said (today) ..." as what X said, without the attribution', () => {
    expect(statements('Mayor Ann Lee said today the bridge will open in May.').all).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'the bridge will open in May', who: 'Ann Lee', role: 'Mayor' }),
    ]);
  });

  it('gives a body its own words: "the ministry announced that ..."', () => {
    expect(statements('The ministry announced that troops had withdrawn from the border.').all).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'troops had withdrawn from the border', who: 'The ministry' }),
    ]);
  });

  it('reads "according to X, ..." before and after the report', () => {
    expect(statements('According to police, the driver was not hurt.').all).toEqual([expect.objectContaining({ kind: 'indirect', text: 'the driver was not hurt', who: 'police' })]);
    expect(statements('The driver was not hurt, according to a hospital spokesman.').all).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'The driver was not hurt', who: 'a hospital spokesman' }),
    ]);
    expect(statements('Three people died, according to the county sheriff, Dale Brandt.').all).toEqual([expect.objectContaining({ text: 'Three people died', who: 'Dale Brandt' })]);
    expect(statements('According to the mayor, Ann Lee, the bridge is safe.').all).toEqual([expect.objectContaining({ text: 'the bridge is safe', who: 'Ann Lee' })]);
  });

  it('takes the report before a closing attribution: "..., the fire chief said."', () => {
    expect(statements('The blaze was started by a faulty heater, the fire chief said.').all).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'The blaze was started by a faulty heater', who: 'the fire chief' }),
    ]);
  });

  it('splits a report round an attribution in the middle: "which, he said, had been ..."', () => {
    const { all } = statements('Treasurer Paul Ortiz backed the new fees, which, he said, had been under study for a year.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ kind: 'indirect', who: 'Paul Ortiz' });
    expect(all[0].text).toContain('had been under study for a year');
  });

  it('keeps quoted words inside a report as one mixed statement', () => {
    expect(statements('Ruth Kane said the salary was “modest” for the job.').all).toEqual([
      expect.objectContaining({ kind: 'mixed', text: 'modest', reported: 'the salary was “modest” for the job', who: 'Ruth Kane' }),
    ]);
  });

  it('takes the listener of "told" apart from the speaker', () => {
    expect(statements('Engineer Dan Cole told the commissioners that the dam was sound.').all).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'the dam was sound', who: 'Dan Cole', to: 'the commissioners' }),
    ]);
  });

  it('keeps a statement with no source, the speaker left empty: "it was learned that ..."', () => {
    expect(statements('It was learned that the plant will close in June.').all).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'the plant will close in June', who: null }),
    ]);
  });

  it('does not take a speech act that only names its object for a statement', () => {
    expect(statements('The mayor announced the appointment of a new fire chief.').all).toEqual([]);
    expect(statements('The council approved a contract with the builder.').all).toEqual([]);
  });
});

describe('speakers resolved as a reader would', () => {
  it('keeps a title as the role and a party label out of the name', () => {
    const { all, people } = statements('“We will appeal,” said Rep. John Doe (D-Ohio).');
    expect(all[0]).toMatchObject({ kind: 'direct', text: 'We will appeal', who: 'John Doe' });
    expect(people.join(' ')).not.toMatch(/Ohio|D-/);
  });

  it('reads a title a list cannot hold: the last person noun before the name ends it', () => {
    expect(statements('Deputy Water Commissioner Rosa M. Quinlan said the pipes were old.').all[0]).toMatchObject({ who: 'Rosa M. Quinlan', role: expect.stringContaining('Commissioner') });
  });

  it('prefers the subject of the sentence before to the last name mentioned', () => {
    const { all } = statements('Judge Carl Bond questioned the witness, Paul Ray, for an hour. He said the case was weak.');
    expect(all).toEqual([expect.objectContaining({ text: 'the case was weak', who: 'Carl Bond' })]);
  });

  it('lets Mrs. and Miss decide between a he and a she', () => {
    const { all } = statements('Mrs. Ada Grant met the city manager, Tom Hale, on Monday. “It went well,” she said.');
    expect(all).toEqual([expect.objectContaining({ kind: 'direct', who: 'Ada Grant' })]);
  });

  it('lets an institution be "it"', () => {
    const { all } = statements('The school board met on Monday. It said the tax would rise.');
    expect(all).toEqual([expect.objectContaining({ text: 'the tax would rise', who: 'The school board' })]);
  });

  it('gives a quotation after a lead-in ending with a colon to the lead-in speaker', () => {
    const { all } = statements('When the vote was counted, Mayor Ann Lee said:', '“This is a good day for the city.”');
    expect(all).toEqual([expect.objectContaining({ kind: 'direct', who: 'Ann Lee', paragraph: 1 })]);
  });

  it('takes the attribution from the next sentence, and the one asked answers', () => {
    const { all } = statements('“Is the bridge safe?” Asked Tom Hale of the engineer, Rita Moss.', '“It is safe,” she said.');
    expect(all.map((s) => s.who)).toEqual(['Tom Hale', 'Rita Moss']);
  });

  it('carries a quotation over paragraphs, one part per paragraph, and splits one broken by its attribution', () => {
    const runOn = statements('“The first part is here,” Ann Lee said, “and it goes on.', '“This is the rest of it.”').all;
    expect(runOn.map((s) => s.who)).toEqual(['Ann Lee', 'Ann Lee']);
    expect(runOn[1].parts).toBe(2);
  });

  it('describes a speaker the text does not name', () => {
    expect(statements('“Nobody told us anything,” a resident of the street said.').all[0]).toMatchObject({ who: 'a resident of the street' });
  });
});

describe('what is not a statement or a person', () => {
  it('does not take a name in quote marks or a scare quote for anyone’s words', () => {
    expect(statements('He was named “Sportsman of the Year” by a magazine.').all).toEqual([]);
    expect(statements('The plan, known as the “fast track,” began in May.').all).toEqual([]);
  });

  it('never makes a person of a sentence opener, "It", or a street', () => {
    const { people } = statements('Meanwhile Smith said the road was closed.', 'It said the road at 1671 Nakoma St. would reopen.', 'Through Harlan, the council said the fees would rise.');
    expect(people).not.toContain('Meanwhile Smith');
    expect(people.join('|')).not.toMatch(/\bIt\b|Nakoma|Through/);
  });
});

describe('the speech verbs come from WordNet', () => {
  it('knows verbs of telling no hand list held, and leaves out verbs that only name an act', () => {
    for (const v of ['disclose', 'testify', 'charge', 'reiterate', 'concede', 'estimate']) expect(isReportingVerb(v), v).toBe(true);
    for (const v of ['call', 'sign', 'approve', 'name']) expect(isReportingVerb(v), v).toBe(false);
  });

  it('knows places, times and adverbs are no one’s name, and keeps surnames that are also words', () => {
    for (const n of ['Pittsburgh', 'January', 'Thereafter', 'Eighteenth-century England']) expect(isNotPersonName(n), n).toBe(true);
    for (const n of ['Arnold Palmer', 'Jack Walker', 'Murray', 'Benington', 'Slate']) expect(isNotPersonName(n), n).toBe(false);
  });

  it('reads titles from noun.person, and not the given names WordNet files for famous people', () => {
    for (const w of ['commissioner', 'patrolman', 'foreman', 'solicitor']) expect(isPersonNoun(w), w).toBe(true);
    for (const w of ['john', 'henry']) expect(isPersonNoun(w), w).toBe(false);
  });
});

describe('quotations a colon opens', () => {
  it('gives a quotation after a colon in the same sentence to the sentence’s subject, past a dateline', () => {
    const { all } = statements('ELBURN, ILL. — Dealer Bob Houtz leans back and tells of a pickup in sales: “We have sold four pickers since May.”');
    expect(all).toEqual([expect.objectContaining({ kind: 'direct', who: 'Bob Houtz' })]);
  });

  it('reads "Said X:" before a quotation as its attribution', () => {
    const { all } = statements('Said Coach Ann Lee: “We played our best game of the year.”');
    expect(all).toEqual([expect.objectContaining({ kind: 'direct', who: 'Ann Lee' })]);
  });
});

describe('clauses the tagger half-reads', () => {
  it('takes a that-clause and a coordinated subject as what was said', () => {
    expect(statements('Goodis said that single rooms account for most of the space.').all).toEqual([expect.objectContaining({ text: 'single rooms account for most of the space', who: 'Goodis' })]);
    expect(statements('Officer Ray Slate said he and Crawford received cuts.').all).toEqual([expect.objectContaining({ text: 'he and Crawford received cuts', who: 'Ray Slate' })]);
  });

  it('never makes a person of a sentence adverb, even one with a role beside it', () => {
    const { people } = statements('Privately, the liberals conceded the amendment had no chance.');
    expect(people).toEqual([]);
  });
});

describe('the writer', () => {
  it('takes "I" in the outlet’s own words for the writer, not the last person named', () => {
    // (a view the writer holds, "I think ...", is the piece's own voice and no statement: tests/extract/writer-voice.test.ts)
    const { all } = statements('Mayor Ann Lee opened the bridge on Monday. I told her that the bridge will change the town.');
    expect(all).toEqual([expect.objectContaining({ text: 'the bridge will change the town', who: 'the writer' })]);
  });
});

describe('reports of thought and stance (how the held-out gold counts them)', () => {
  it('reads a thought verb with "that" as its subject’s view, and without "that" as no report', () => {
    expect(statements('Governor Ann Lee knew that the vote was lost.').all).toEqual([expect.objectContaining({ kind: 'indirect', text: 'the vote was lost', who: 'Ann Lee' })]);
    expect(statements('The mayor knew the way home.').all).toEqual([]);
  });

  it('gives "was convinced that" and "were all agreed that" to their subject, who holds the view', () => {
    expect(statements('But Judge Tom Hale was convinced that the witness had lied.').all).toEqual([expect.objectContaining({ text: 'the witness had lied', who: 'Tom Hale' })]);
    expect(statements('Engineers were all agreed that the bridge was unsafe.').all).toEqual([expect.objectContaining({ text: 'the bridge was unsafe', who: 'Engineers' })]);
  });

  it('reads a thought verb between commas like "he said": "Ideally, he knew, it should wait"', () => {
    const { all } = statements('The senator did not rule out a visit. Ideally, he knew, it should wait until spring.');
    expect(all).toEqual([expect.objectContaining({ text: 'it should wait until spring', who: 'The senator' })]);
  });

  it('keeps a view with no source as a statement with no speaker: "is known to", "The feeling was that"', () => {
    expect(statements('The new coach is known to favor young players.').all).toEqual([expect.objectContaining({ kind: 'indirect', who: null })]);
    expect(statements('The feeling was that the strike would end soon.').all).toEqual([expect.objectContaining({ text: 'the strike would end soon', who: null })]);
  });

  it('gives "the X reaction was that" to X, and takes no relative clause for a view', () => {
    expect(statements('Initially the White House reaction was that the offer came too late.').all).toEqual([expect.objectContaining({ text: 'the offer came too late', who: 'the White House' })]);
    expect(statements('The view that he held was wrong.').all).toEqual([]);
  });
});

describe('subjects the tagger half-reads', () => {
  it('finds the head of a subject holding a relative clause: "Four of the five firms that build boats say"', () => {
    expect(statements('Four of the five firms that build boats say orders are rising.').all).toEqual([expect.objectContaining({ text: 'orders are rising', who: 'Four of the five firms' })]);
  });

  it('reads a possessive "her" and a time phrase inside what was said', () => {
    expect(statements('Ruth Kane, owner of the bakery, says her shop since June is busier than ever.').all).toEqual([
      expect.objectContaining({ text: 'her shop since June is busier than ever', who: 'Ruth Kane' }),
    ]);
  });

  it('takes a bare quantity for a subject ("few think", "both concede"), a concession ending at its comma', () => {
    expect(statements('The council will vote — but few think it will pass the tax.').all).toEqual([expect.objectContaining({ text: 'it will pass the tax' })]);
    expect(statements('Although both concede the race is close, they expect to win.').all).toEqual([expect.objectContaining({ text: 'the race is close' })]);
  });

  it('skips a place or a partner before the clause: "reported from Lima that ..."', () => {
    expect(statements('Ambassador Tom Reyes reported from Lima that the mood was tense.').all).toEqual([expect.objectContaining({ text: 'the mood was tense', who: 'Tom Reyes' })]);
  });
});

describe('speakers a reader finds', () => {
  it('reads "the late Secretary of Labor Frank Ortiz" as Frank Ortiz, whose "he" follows', () => {
    const { all } = statements('The late Secretary of Labor Frank Ortiz opposed the bill. “We must wait,” he said.');
    expect(all).toEqual([expect.objectContaining({ text: 'We must wait', who: 'Frank Ortiz' })]);
  });

  it('reads "Said he:" inside an aside in brackets, and ends that sentence at the closing bracket', () => {
    const { all } = statements('(Senator Mark Dunn opposed the plan. Said he: “It will fail.”) But Mayor Jo Pratt decided that work would start.');
    expect(all).toEqual([expect.objectContaining({ kind: 'direct', who: 'Mark Dunn' }), expect.objectContaining({ kind: 'indirect', text: 'work would start', who: 'Jo Pratt' })]);
  });

  it('gives a cable introduced "as follows —" to its sender, over every paragraph', () => {
    const { all } = statements('Our correspondent cabled from Lagos as follows —', '“The port is closed.', '“Ships wait offshore.');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((s) => s.who === 'Our correspondent')).toBe(true);
    expect(all.map((s) => s.text).join(' ')).toContain('Ships wait offshore');
  });

  it('prefers the subject of the sentence before for "he" over the last speaker, even with a surname that is a place', () => {
    const { all } = statements('“The van was empty,” Paul Reed said.', 'John Salvador, a grocer from Fresno, Calif., stood by the door. “The boy had a knife,” he said.');
    expect(all[1]).toMatchObject({ text: 'The boy had a knife', who: 'John Salvador' });
  });

  it('takes the named subject of a leading "When ...," clause for the "he" that follows, and keeps an exclaimed word', () => {
    const { all } = statements('News of the vote leaked out. When Ohio’s Clarence Cannon got the word, he turned red. “Outrageous!” He shouted.');
    expect(all).toEqual([expect.objectContaining({ kind: 'direct', text: 'Outrageous!', who: 'Clarence Cannon' })]);
  });

  it('gives a question to the one a following attribution-only sentence names: “...?” A reporter asked Pratt.', () => {
    const { all } = statements('Jo Pratt is a quiet player. “What do you do on the road?” A reporter asked Pratt recently.', '“To tell you the truth,” Pratt said, “I sleep.”');
    expect(all.map((s) => s.who)).toEqual(['A reporter', 'Jo Pratt', 'Jo Pratt']);
  });
});

describe('two people as one subject', () => {
  it('takes "Neither A nor B" for the "both" and "they" that follow, never a place pair', () => {
    const { all, people } = statements('Neither Lee nor Hall, understandably, will predict a title. Although both concede they would like to win, they stick to the line: “The important thing is to win.”');
    expect(all).toEqual([
      expect.objectContaining({ kind: 'direct', text: 'The important thing is to win.', who: 'Lee and Hall' }),
      expect.objectContaining({ kind: 'indirect', text: 'they would like to win', who: 'Lee and Hall' }),
    ]);
    expect(people).not.toContain('Lee and Hall');
  });
});

describe('acts and perceptions are not reports', () => {
  it('takes no statement from "saw X do", "made capital of", "began the talks"; "saw that" is a thought', () => {
    expect(statements('Lee saw the youth hold a gun to her head.').all).toEqual([]);
    expect(statements('The premier has made propaganda capital out of that fact.').all).toEqual([]);
    expect(statements('He began the talks that resulted in the treaty.').all).toEqual([]);
    expect(statements('Governor Lee saw that action would be needed.').all).toEqual([expect.objectContaining({ text: 'action would be needed' })]);
  });
});

describe('a subject with a name in apposition', () => {
  it('takes the name beside a described subject for the pronoun that follows: "The mayor, Jo Pratt, ..."', () => {
    expect(statements('The mayor, Jo Pratt, praised the police. “They did fine work,” she said.').all).toEqual([expect.objectContaining({ who: 'Jo Pratt' })]);
    expect(statements('Her husband, Tom, was at work. “I came as fast as I could,” he said.').all).toEqual([expect.objectContaining({ who: 'Tom' })]);
  });
});

describe('questions and answers', () => {
  it('gives the reply after “...?” a neighbor asked him to the one asked, not the asker', () => {
    const { all } = statements('Her husband, Tom, was at work. “I came as fast as I could,” he said.', '“Were you afraid?” a neighbor asked him.', '“No,” he replied. “I was angry.”');
    expect(all.map((s) => s.who)).toEqual(['Tom', 'a neighbor', 'Tom', 'Tom']);
  });
});

describe('bodies and their spokesmen', () => {
  it('reads "it" for a company and "he" for its spokesman, by the head noun of each description', () => {
    const { all } = statements('The company said in a statement that profits rose sharply.', '“We are pleased,” it said.', 'A spokesman for the union said the workers would strike.', '“We have no choice,” he said.');
    expect(all.map((s) => s.who)).toEqual(['The company', 'The company', 'A spokesman for the union', 'A spokesman for the union']);
  });
});

describe('titles written short', () => {
  it('reads "the lieutenant" after "Lt. Sam Diaz" as Sam Diaz', () => {
    const { all } = statements('“We have a witness,” said Lt. Sam Diaz.', '“He was running,” the lieutenant said.');
    expect(all.map((s) => s.who)).toEqual(['Sam Diaz', 'Sam Diaz']);
  });
});

describe('more ways news reports speech', () => {
  it('splits "said ... and added that ..." into two reports of one speaker', () => {
    expect(statements('Mayor Ann Lee said the city was broke and added that taxes would rise next year.').all).toEqual([
      expect.objectContaining({ text: 'the city was broke', who: 'Ann Lee' }),
      expect.objectContaining({ text: 'taxes would rise next year', who: 'Ann Lee' }),
    ]);
  });

  it('reads "it was announced today that", "told the council the plan ...", and "was quoted as saying"', () => {
    expect(statements('It was announced today that the plant will close in June.').all).toEqual([expect.objectContaining({ text: 'the plant will close in June', who: null })]);
    expect(statements('Engineer Dan Cole told the council the plan would cost too much.').all).toEqual([expect.objectContaining({ text: 'the plan would cost too much', who: 'Dan Cole', to: 'the council' })]);
    expect(statements('Mayor Ann Lee was quoted as saying the deal was dead.').all).toEqual([expect.objectContaining({ text: 'the deal was dead', who: 'Ann Lee' })]);
  });

  it('takes nothing from a negated subject: "Neither Lee nor Hall will predict ..."', () => {
    expect(statements('Neither Lee nor Hall, understandably, will predict a title for himself.').all).toEqual([]);
  });
});

describe('quoted complements', () => {
  it('reads "believes it “...”" as the subject’s view holding the quoted words', () => {
    const { all } = statements('The economist expects no change and believes it “even more unlikely that rates will fall.”');
    expect(all).toEqual([expect.objectContaining({ kind: 'mixed', who: 'The economist' })]);
  });
});

describe('lead-ins that name their words', () => {
  it('reads "set forth her view in these words:" as a lead-in, its pronoun not swallowed by the phrase before', () => {
    const { all } = statements('Mayor Ann Lee faced a hard choice. Before the vote she had set forth her view in these words:', '“As long as the river rises, no amount of talk can save the town.”');
    expect(all).toEqual([expect.objectContaining({ kind: 'direct', who: 'Ann Lee' })]);
  });
});

describe('text that ends where a rule looks ahead', () => {
  // A quotation that closes the paragraph right after "signs saying" left the look-ahead past the last word.
  it('reads a paragraph ending in a quotation after a participle without throwing', () => {
    const text =
      'Touring the coast, the new envoy observed “the coast should be for its people” and the council promptly rebuked him. Then he arrived in Port Elm and found villagers carrying signs saying “envoys, go home”. Chin up.';
    const { quotes } = extractQuotes(articleOf([text]));
    expect(quotes.map((q) => q.text)).toContain('the coast should be for its people');
  });
});
