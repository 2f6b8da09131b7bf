import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';
import { isReportNoun } from '../../src/extract/report-nouns.js';
import { judgementVerbs } from '../../src/extract/speech-verbs.js';
import { isAccountNoun } from '../../src/extract/wordnet.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** The reported statements (indirect and mixed) of a short invented article, and who made them. */
function reports(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q) && q.kind !== 'direct')
    .map((q) => ({ kind: q.kind, text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null }));
}

describe('a judgement is a report: "considered X a Y", "called X Y"', () => {
  it('reads the object and its complement as what the subject holds', () => {
    expect(reports('Senator Hal Brook considered the treaty a surrender.')).toEqual([{ kind: 'indirect', text: 'the treaty a surrender', who: 'Hal Brook' }]);
    expect(reports('The Ledger said little. Critics called the plan unworkable, and the council agreed.')).toContainEqual({ kind: 'indirect', text: 'the plan unworkable', who: 'Critics' });
  });

  it('ends a judgement where "and" joins the next thing its subject said: two statements, not one', () => {
    expect(reports('Alderman Joan Pike called the bridge “a hazard” and said she had asked for repairs in May.')).toEqual([
      { kind: 'mixed', text: 'the bridge “a hazard”', who: 'Joan Pike' },
      { kind: 'indirect', text: 'she had asked for repairs in May', who: 'Joan Pike' },
    ]);
  });

  it('keeps a quoted complement as a mixed statement: officials called him “reckless”', () => {
    expect(reports('Ned Voss applied twice. Officials still called him “reckless.”')).toContainEqual(expect.objectContaining({ kind: 'mixed', who: 'Officials' }));
  });

  it('reads "claimed X as Y" as a statement of what X is taken for, but not "as part of"', () => {
    expect(reports('The firm claimed the fee as a business expense.')).toEqual([{ kind: 'indirect', text: 'the fee as a business expense', who: 'The firm' }]);
    expect(reports('The mayor announced the plan as part of the budget.')).toEqual([]);
  });

  it('keeps a two-word thing urged or demanded as the whole proposal: "urged a recount"', () => {
    expect(reports('The mayor urged a recount.')).toEqual([{ kind: 'indirect', text: 'a recount', who: 'The mayor' }]);
    expect(reports('Senator Ada Moss demanded a cease-fire.')).toEqual([{ kind: 'indirect', text: 'a cease-fire', who: 'Ada Moss' }]);
  });

  it('reads what is urged or proposed as the report: "urged support for the bill"', () => {
    expect(reports('Senator Ada Moss urged support for the flood relief bill.')).toEqual([{ kind: 'indirect', text: 'support for the flood relief bill', who: 'Ada Moss' }]);
    expect(reports('The driver reportedly fled to Ohio, police said.')).toEqual([{ kind: 'indirect', text: 'The driver reportedly fled to Ohio', who: 'police' }]);
  });

  it('reads a promise or a claim with its infinitive, and a figure put on an object: "vowed to veto", "estimated the loss at"', () => {
    expect(reports('The governor vowed to veto the bill.')).toEqual([{ kind: 'indirect', text: 'to veto the bill', who: 'The governor' }]);
    expect(reports('Fire Chief Roy Dunn estimated the damage at $40,000.')).toEqual([{ kind: 'indirect', text: 'the damage at $40,000', who: 'Roy Dunn' }]);
  });

  it('gives the words before "as reported by X" to X', () => {
    expect(reports('The mill will close in June, as reported by the Tribune.')).toEqual([{ kind: 'indirect', text: 'The mill will close in June', who: 'the Tribune' }]);
  });

  it('takes no call, meeting or find for a judgement', () => {
    expect(reports('The mayor called the meeting Monday.')).toEqual([]);
    expect(reports('He called the police a second time.')).toEqual([]);
    expect(reports('Police found the car a block from the school.')).toEqual([]);
    expect(reports('She held the door open.')).toEqual([]);
  });

  it('finds the judgement verbs in WordNet’s object-complement frame, not in a list', () => {
    for (const verb of ['consider', 'deem', 'call', 'label', 'pronounce', 'judge']) expect(judgementVerbs().has(verb), verb).toBe(true);
    for (const verb of ['make', 'say', 'run']) expect(judgementVerbs().has(verb), verb).toBe(false);
  });
});

describe('a noun of saying or holding carries its "that" clause', () => {
  it('gives the clause to a possessive or a name before the noun, or to a "from" phrase after it', () => {
    expect(reports('The vote confirmed the governor’s belief that the levy would pass.')).toEqual([{ kind: 'indirect', text: 'the levy would pass', who: 'the governor' }]);
    expect(reports('Troops moved after a warning from the river authority that the levee would fail.')).toEqual([
      { kind: 'indirect', text: 'the levee would fail', who: 'the river authority' },
    ]);
  });

  it('gives a voiced view to the subject of the verb voicing it', () => {
    expect(reports('The mayor expressed the hope that the talks would resume.')).toEqual([{ kind: 'indirect', text: 'the talks would resume', who: 'The mayor' }]);
  });

  it('keeps a view no one is named for, with no speaker', () => {
    expect(reports('Shares fell on the belief that rates would rise by spring.')).toEqual([{ kind: 'indirect', text: 'rates would rise by spring', who: null }]);
  });

  it('reads no report in a relative "that", a fact, or a clause of result', () => {
    expect(reports('The statement that he made yesterday was false.')).toEqual([]);
    expect(reports('The fact that the bridge was closed angered drivers.')).toEqual([]);
    expect(reports('He gave so firm a promise that nobody doubted him.')).toEqual([]);
  });

  it('knows the nouns by the verbs they come from', () => {
    for (const noun of ['announcement', 'assertion', 'admission', 'contention', 'conclusion', 'insistence', 'denial', 'warning', 'belief', 'claim'])
      expect(isReportNoun(noun), noun).toBe(true);
    for (const noun of ['fact', 'idea', 'possibility', 'building', 'condition', 'style']) expect(isReportNoun(noun), noun).toBe(false);
  });
});

describe('reports the tagger half-reads', () => {
  it('reads a present-tense verb of saying after its subject: "..., dealers report."', () => {
    expect(reports('Sales of small boats rose sharply in May, dealers report.')).toEqual([{ kind: 'indirect', text: 'Sales of small boats rose sharply in May', who: 'dealers' }]);
    expect(reports('Growers estimate the crop will reach four million bales.')).toEqual([{ kind: 'indirect', text: 'the crop will reach four million bales', who: 'Growers' }]);
  });

  it('reads a ruling after what was ruled: "..., the court ruled."', () => {
    expect(reports('The deed was void, the appeals court ruled.')).toEqual([{ kind: 'indirect', text: 'The deed was void', who: 'the appeals court' }]);
  });

  it('reads "made it plain that" as the subject’s declaration, and no "it" after a verb as a speaker', () => {
    expect(reports('The governor made it plain that he would veto the bill.')).toEqual([{ kind: 'indirect', text: 'he would veto the bill', who: 'The governor' }]);
    expect(reports('Floods in the valley made it plain that the levee was too low.')).toEqual([]);
  });

  it('reads no report in a noun a verb of persuading makes its listener: "to satisfy public opinion that ..."', () => {
    expect(reports('The visit was meant to satisfy public opinion that the city was not idle.')).toEqual([]);
  });

  it('steps over a sentence adverb between the verb and its "that": "indicated, however, that ..."', () => {
    expect(reports('A school spokesman indicated, however, that the board would not appeal.')).toEqual([{ kind: 'indirect', text: 'the board would not appeal', who: 'A school spokesman' }]);
  });

  it('reads a progressive verb of saying with its "that" clause', () => {
    expect(reports('The city was arguing that the fee is legal.')).toEqual([{ kind: 'indirect', text: 'the fee is legal', who: 'The city' }]);
  });
});

describe('where the source stands elsewhere in the sentence', () => {
  it('gives a report in a relative clause to the relative pronoun’s head', () => {
    expect(reports('The plan drew fire from Mayor Ann Lee, who said it would fail.')).toEqual([{ kind: 'indirect', text: 'it would fail', who: 'Ann Lee' }]);
  });

  it('reads a reported question: "asked whether ...", also as the second report of a sentence', () => {
    expect(reports('The reporter asked whether the mayor would run.')).toEqual([{ kind: 'indirect', text: 'the mayor would run', who: 'The reporter' }]);
    expect(reports('Coach Tim Rudd said he called the league and asked whether the game could be moved.')).toEqual([
      { kind: 'indirect', text: 'he called the league', who: 'Tim Rudd' },
      { kind: 'indirect', text: 'the game could be moved', who: 'Tim Rudd' },
    ]);
  });

  it('gives a second verb in a series its first verb’s subject', () => {
    expect(reports('The lawyers studied the files, found that few had been questioned.')).toEqual([{ kind: 'indirect', text: 'few had been questioned', who: 'The lawyers' }]);
  });

  it('keeps a report in a "when" clause when its "that" clause is there, up to the clause’s comma', () => {
    expect(reports('When the mayor announced that she would run again, the crowd cheered.')).toEqual([{ kind: 'indirect', text: 'she would run again', who: 'the mayor' }]);
    expect(reports('When he protested, the guards laughed.')).toEqual([]);
  });

  it('credits "in her own words," and "by his own account," to the possessor', () => {
    expect(reports('Judge Ira Pell spoke last. In the judge’s own words, the jail is “a disgrace.”')).toContainEqual({ kind: 'mixed', text: 'the jail is “a disgrace.”', who: 'Ira Pell' });
  });

  it('credits a report inside a quotation to its third-person subject, and leaves the quoted speaker’s own "I said" to them', () => {
    expect(reports('“The old man came up and said he wanted four volunteers,” the recruit said.')).toEqual([{ kind: 'indirect', text: 'he wanted four volunteers', who: 'The old man' }]);
    expect(reports('“I said we would win,” the coach said.')).toEqual([]);
  });
});

describe('reports no one is named for', () => {
  it('keeps an aside with no source, with the words on both sides: ", it was argued," / ", the argument went,"', () => {
    const [aside] = reports('After the vote, it was argued, the mayor will resign.');
    expect(aside).toMatchObject({ kind: 'indirect', who: null });
    expect(aside.text).toContain('the mayor will resign');
    expect(reports('If the dam fails, the argument went, the town will flood.')).toEqual([expect.objectContaining({ who: null, text: expect.stringContaining('the town will flood') })]);
  });

  it('reads "there is reason to believe that", "reportedly" and an estimated figure as reports with no speaker', () => {
    expect(reports('There is reason to believe that the mine will close.')).toEqual([{ kind: 'indirect', text: 'the mine will close', who: null }]);
    expect(reports('The driver reportedly fled to Ohio.')).toEqual([expect.objectContaining({ who: null, text: expect.stringContaining('fled to Ohio') })]);
    expect(reports('The wheat crop is estimated at 900 million bushels.')).toEqual([expect.objectContaining({ who: null, text: expect.stringContaining('900 million bushels') })]);
  });
});

describe('reports in opinion prose: views held, contrasts, the holder of a noun of view', () => {
  it('ends a report where ", but" opens a clause with its own subject', () => {
    expect(reports('Mayor Ivo Brandt thinks the ferry could double its trade, but his council disagrees.')).toEqual([{ kind: 'indirect', text: 'the ferry could double its trade', who: 'Ivo Brandt' }]);
    expect(reports('Mayor Ivo Brandt said the ferry was slow but cheap.')).toEqual([{ kind: 'indirect', text: 'the ferry was slow but cheap', who: 'Ivo Brandt' }]);
  });

  it('gives "in the view of X, ..." to X, as "according to X"', () => {
    expect(reports('In the view of the harbor board, the pier should never have been built.')).toEqual([{ kind: 'indirect', text: 'the pier should never have been built', who: 'the harbor board' }]);
  });

  it('gives "X’s contention is that ..." to X', () => {
    expect(reports('Mr. Orrin Vale’s contention is that the canal will pay for itself.')).toEqual([{ kind: 'indirect', text: 'the canal will pay for itself', who: 'Orrin Vale' }]);
  });

  it('gives what a record shows to the record, but not the writer’s "this shows that"', () => {
    expect(reports('The county figures show that half the mills are idle.')).toEqual([{ kind: 'indirect', text: 'half the mills are idle', who: 'The county figures' }]);
    expect(reports('This shows that the mills were never sound.')).toEqual([]);
  });

  it('gives the clause around "as X put it," to X', () => {
    expect(reports('As the governor put it, the budget is a house of cards.')).toEqual([{ kind: 'indirect', text: 'the budget is a house of cards', who: 'the governor' }]);
  });

  it('finds the verb after a side phrase: "Ada Roe, writing in the Gazette, states that ..."', () => {
    expect(reports('Ada Roe, writing in The Harbor Gazette, states that the ferry has lost money for years.')).toEqual([{ kind: 'indirect', text: 'the ferry has lost money for years', who: 'Ada Roe' }]);
  });

  it('reads "called for", "pressing for", "insisted on" as advocacy, but not "called for two hours"', () => {
    expect(reports('The farm bureau called for an end to price supports.')).toEqual([{ kind: 'indirect', text: 'an end to price supports', who: 'The farm bureau' }]);
    expect(reports('The rain called for two hours of waiting.')).toEqual([]);
  });

  it('gives the words after the colon of "what X have been urging:" to X', () => {
    expect(reports('The cure is what economists like Ben Hart and Ada Roe have been urging for years: an end to the tariff.')).toEqual([{ kind: 'indirect', text: 'an end to the tariff', who: 'Ben Hart and Ada Roe' }]);
  });

  it('reads a possessed noun of saying before a colon as a lead-in: "The chairman’s message was clear: ..."', () => {
    expect(reports('The chairman’s message was clear: the board will not sell.')).toEqual([{ kind: 'indirect', text: 'the board will not sell', who: 'The chairman' }]);
  });

  it('keeps post-nominal letters with the name before them: "Ann Bell, M.P., writing in ..., states"', () => {
    expect(reports('Ann Bell, M.P., writing in The Harbor Gazette, states that the ferry has lost money.')).toEqual([{ kind: 'indirect', text: 'the ferry has lost money', who: 'Ann Bell' }]);
  });

  it('gives a judging participle to the subject of its clause: ", calling him a bully"', () => {
    expect(reports('The treaty held, but the visiting delegates were openly rude to the mayor, calling him a bully and a liar.')).toEqual([{ kind: 'indirect', text: 'him a bully and a liar', who: 'the visiting delegates' }]);
  });

  it('gives a quoted "as" complement to the subject whatever the verb, but not unquoted words', () => {
    expect(reports('The mayor dismissed the survey as “a fishing trip.”')).toEqual([{ kind: 'mixed', text: 'the survey as “a fishing trip.”', who: 'The mayor' }]);
    expect(reports('Senator Ivo Hale seized upon the lost letter to attack the agency as a “juvenile experiment” and to mock its staff.')).toContainEqual({ kind: 'mixed', text: 'the agency as a “juvenile experiment”', who: 'Ivo Hale' });
    expect(reports('The council treated the visitors as guests.')).toEqual([]);
  });

  it('reads "went on to say" as the subject’s next report, ending the first at the semicolon', () => {
    expect(reports('Senator Ivo Hale argued that the tariff would ruin the mills; he went on to say that the farmers would suffer too.')).toEqual([
      { kind: 'indirect', text: 'the tariff would ruin the mills', who: 'Ivo Hale' },
      { kind: 'indirect', text: 'the farmers would suffer too', who: 'Ivo Hale' },
    ]);
    expect(reports('The mayor went on to speak for an hour.')).toEqual([]);
  });

  it('reads a verb of sending words with its "that" clause as a report, but not "wrote a book that ..."', () => {
    expect(reports('Oren Tate once wrote that the river would never be clean.')).toEqual([{ kind: 'indirect', text: 'the river would never be clean', who: 'Oren Tate' }]);
    expect(reports('The consul cabled last week that the embassy was safe.')).toEqual([{ kind: 'indirect', text: 'the embassy was safe', who: 'The consul' }]);
    expect(reports('Oren Tate wrote a book that sold a million copies.')).toEqual([]);
  });
});

describe('reports in news copy the rules were not tuned on', () => {
  const listener = (...paragraphs: string[]) =>
    extractQuotes(articleOf(paragraphs)).quotes.filter((q) => isStatement(q) && q.kind !== 'direct').map((q) => ({ text: q.text, to: q.addressee ?? null }));

  it('gives a relative clause’s report to its head, a body or a document for "which" and "that", and ends it at the comma', () => {
    expect(reports('The paper printed a statement which said that the levee had held.')).toEqual([{ kind: 'indirect', text: 'the levee had held', who: 'a statement' }]);
    expect(reports('Nell Okoro, who said the depot would stay open, was reelected.')).toEqual([{ kind: 'indirect', text: 'the depot would stay open', who: 'Nell Okoro' }]);
    expect(reports('The water board, which argued that the rates were fair, lost its appeal.')).toEqual([{ kind: 'indirect', text: 'the rates were fair', who: 'The water board' }]);
  });

  it('takes no report from a bill or a plan that "provides" or a "that" clause that is relative to a thing', () => {
    expect(reports('The voters rejected the bill, which provides that the tolls will rise.')).toEqual([]);
    expect(reports('The scheme that he said would save money collapsed.')).toEqual([]);
  });

  it('reads "it is argued / agreed / feared that" with no source, for any verb of saying WordNet knows', () => {
    expect(reports('It is argued that the toll will drive trade away.')).toEqual([{ kind: 'indirect', text: 'the toll will drive trade away', who: null }]);
    expect(reports('It was generally agreed that the ferry was unsafe.')).toEqual([{ kind: 'indirect', text: 'the ferry was unsafe', who: null }]);
    expect(reports('It was decided that the school would close.')).toEqual([]);
  });

  it('gives the news before a trailing "it was announced by X" to X', () => {
    expect(reports('Pia Lund has been named harbor master, it was announced Friday by Mayor Theo Grant.')).toEqual([{ kind: 'indirect', text: 'Pia Lund has been named harbor master', who: 'Theo Grant' }]);
    expect(reports('Pia Lund has been named harbor master, it was announced by Theo Grant, City Manager.')).toEqual([{ kind: 'indirect', text: 'Pia Lund has been named harbor master', who: 'Theo Grant' }]);
  });

  it('steps over a participle phrase between the subject and its verb: "Senators returning from the recess say"', () => {
    expect(reports('Senators returning from the recess say the mood back home is sour.')).toEqual([{ kind: 'indirect', text: 'the mood back home is sour', who: 'Senators' }]);
    expect(reports('Two engineers familiar with the design said the bridge was sound.')).toEqual([{ kind: 'indirect', text: 'the bridge was sound', who: 'Two engineers' }]);
    // a participle after "of" is an adjective, and the verb of its phrase no report
    expect(reports('The clause providing for a blackout of televised races comes from the league.')).toEqual([]);
  });

  it('keeps whom it was told to, and no more: "told reporters his client would appeal"', () => {
    expect(listener('Counsel Ivo Marsh told reporters his client would appeal.')).toEqual([{ text: 'his client would appeal', to: 'reporters' }]);
    expect(listener('Ivo Marsh told the council Tuesday night that the fund was empty.')).toEqual([{ text: 'the fund was empty', to: 'the council' }]);
  });

  it('takes a day after the verb for when it was said, not for the source: "..., Ann Roe, its secretary, reported Tuesday"', () => {
    expect(reports('The fair will open at noon, Dora Vail, secretary of the fair board, reported Tuesday.')).toEqual([{ kind: 'indirect', text: 'The fair will open at noon', who: 'Dora Vail' }]);
  });

  it('gives a report to the name before a role whose closing comma is missing: "..., Ivo Marsh, counsel for the union told"', () => {
    expect(reports('The strike will end Friday, Ivo Marsh, counsel for the union told the board.')).toEqual([{ kind: 'indirect', text: 'The strike will end Friday', who: 'Ivo Marsh' }]);
  });

  it('splits "said X but insisted Y" into two reports by one speaker', () => {
    expect(reports('Warden Rui Sato said the fence was sound but insisted the gate needed repair.')).toEqual([
      { kind: 'indirect', text: 'the fence was sound', who: 'Rui Sato' },
      { kind: 'indirect', text: 'the gate needed repair', who: 'Rui Sato' },
    ]);
  });

  it('reads a clause opening with an approximate figure: "said about 200 homes were flooded"', () => {
    expect(reports('Fire crews said about 200 homes were flooded.')).toEqual([{ kind: 'indirect', text: 'about 200 homes were flooded', who: 'Fire crews' }]);
  });

  it('gives a relative clause’s predicate to the one who says it: "a clerk who auditors say forged the checks"', () => {
    expect(reports('A clerk who auditors say forged the checks was fired Monday.')).toEqual([{ kind: 'indirect', text: 'forged the checks', who: 'auditors' }]);
  });

  it('reads a raising passive whose infinitive has its own "by": "is reported to be alarmed by the vote"', () => {
    expect(reports('The premier is reported to be alarmed by the vote.')).toEqual([{ kind: 'indirect', text: 'The premier is reported to be alarmed by the vote', who: null }]);
  });

  it('reads "announced plans to" as what the subject declares, but not plans that are only made', () => {
    expect(reports('Judge Vera Hollis has announced plans to retire in June.')).toEqual([{ kind: 'indirect', text: 'plans to retire in June', who: 'Vera Hollis' }]);
    expect(reports('The firm disclosed its intention to sell the mill.')).toEqual([{ kind: 'indirect', text: 'intention to sell the mill', who: 'The firm' }]);
    expect(reports('The council drew up plans to widen the road.')).toEqual([]);
  });

  it('takes no report from "lies", "says" as a noun or a report that said nothing', () => {
    expect(reports('His lies about the fund were exposed.')).toEqual([]);
    expect(reports('The report said nothing about the cost.')).toEqual([]);
  });
});

describe('features and editorials: thoughts, chains, tales, writings and arguers as the source', () => {
  it('reads a WordNet verb of thought with its "that" clause as a view held, but not "knew him" or "felt tired"', () => {
    expect(reports('Orla Venn surmised that the well had run dry.')).toEqual([{ kind: 'indirect', text: 'the well had run dry', who: 'Orla Venn' }]);
    expect(reports('The guild imagined that the toll would fall.')).toEqual([{ kind: 'indirect', text: 'the toll would fall', who: 'The guild' }]);
    expect(reports('Orla Venn knew him well. Orla Venn felt tired. Orla Venn imagined a castle.')).toEqual([]);
  });

  it('reads "it was generally assumed that" and "the ferry, it is supposed, will" with no source, but not "it was decided that"', () => {
    expect(reports('It was generally assumed that the ferry would run until May.')).toEqual([{ kind: 'indirect', text: 'the ferry would run until May', who: null }]);
    expect(reports('The ferry, it is supposed, will run until May.')).toEqual([{ kind: 'indirect', text: 'The ferry will run until May', who: null }]);
    expect(reports('It was decided that the mill would close.')).toEqual([]);
  });

  it('gives the saying at the end of a chain to its subject: "never ceased to suggest", "seems to think", "is quick to add"', () => {
    expect(reports('The Dunmore almanacs never ceased to suggest that plenty was near.')).toEqual([{ kind: 'indirect', text: 'plenty was near', who: 'The Dunmore almanacs' }]);
    expect(reports('Orla Venn seems to think that the levy is unfair.')).toEqual([{ kind: 'indirect', text: 'the levy is unfair', who: 'Orla Venn' }]);
    expect(reports('Orla Venn was quick to add that the levy would pass.')).toEqual([{ kind: 'indirect', text: 'the levy would pass', who: 'Orla Venn' }]);
    expect(reports('This seems to suggest that the levy is unfair.')).toEqual([]);
  });

  it('reads "the claim is that", "the story goes that" as a statement, its possessor the source, but not "the trouble is that"', () => {
    expect(reports("The guild's claim is that in many villages the farmers are finding new ploughs.")).toEqual([{ kind: 'indirect', text: 'in many villages the farmers are finding new ploughs', who: 'The guild' }]);
    expect(reports('The story goes that the miller hid the grain.')).toEqual([{ kind: 'indirect', text: 'the miller hid the grain', who: null }]);
    expect(reports('The trouble is that the levy is unfair.')).toEqual([]);
  });

  it('lets a document, a law or a body speak: "the charter says", "the new statute requires that"', () => {
    expect(reports('The charter says the levy may not exceed a tenth.')).toEqual([{ kind: 'indirect', text: 'the levy may not exceed a tenth', who: 'The charter' }]);
    expect(reports('The levy, says the charter, may not exceed a tenth.')).toEqual([{ kind: 'indirect', text: 'The levy may not exceed a tenth', who: 'the charter' }]);
  });

  it('reads "argues the Gazette" after its content as "says the Gazette" is read', () => {
    expect(reports('The levy is unfair, argues the Harbor Gazette.')).toEqual([{ kind: 'indirect', text: 'The levy is unfair', who: 'the Harbor Gazette' }]);
  });
});

describe('recall rules for reported speech in features and wire copy', () => {
  it('reads a passive listener with its "that" clause or infinitive as a report with no speaker named', () => {
    expect(reports('The council was told Tuesday that the reservoir was nearly dry.')).toEqual([{ kind: 'indirect', text: 'the reservoir was nearly dry', who: null }]);
    expect(reports('The library board was asked Monday to extend its evening hours.')).toEqual([{ kind: 'indirect', text: 'to extend its evening hours', who: null }]);
    // the tagger reads "informed" as an adjective here; in a clause of time the report ends at its comma
    expect(reports('When Coach Ames was informed that two of his linemen had quit, he shrugged.')).toEqual([{ kind: 'indirect', text: 'two of his linemen had quit', who: null }]);
  });

  it('takes no report from a negated or won-over passive listener', () => {
    expect(reports('The tenants should not be asked to pay for the repairs.')).toEqual([]);
    expect(reports('The mill was ordered to pay a fine of $500.')).toEqual([]);
  });

  it('reads what is expected or predicted, a thing, a thing with an infinitive or an infinitive, as the report', () => {
    expect(reports('Forecasters had predicted a mild winter, but not one this dry.')).toEqual([{ kind: 'indirect', text: 'a mild winter, but not one this dry', who: 'Forecasters' }]);
    expect(reports('Coach Lyle Brandt expects the backfield to be healthy for Saturday.')).toEqual([{ kind: 'indirect', text: 'the backfield to be healthy for Saturday', who: 'Lyle Brandt' }]);
    expect(reports('The company now expects adjusted earnings of 12 million dollars for the year.')).toEqual([{ kind: 'indirect', text: 'adjusted earnings of 12 million dollars for the year', who: 'The company' }]);
  });

  it('ends the expectation where a new clause or a second verb begins', () => {
    expect(reports('The senator expects to run again next year, when his term ends.')).toEqual([{ kind: 'indirect', text: 'to run again next year', who: 'The senator' }]);
    expect(reports('Weather officials expected heavy snow over the passes, and the roads were closed.')).toEqual([{ kind: 'indirect', text: 'heavy snow over the passes', who: 'Weather officials' }]);
    expect(reports('As expected, the levy passed.')).toEqual([]);
  });

  it('reads a question asked with a question word as the report: "questioned why", "asked who", "inquired how"', () => {
    expect(reports('Several shopkeepers have questioned why the new car park is still closed.')).toEqual([{ kind: 'indirect', text: 'why the new car park is still closed', who: 'Several shopkeepers' }]);
    expect(reports('Alderman Rhoda Finch asked who had approved the contract.')).toEqual([{ kind: 'indirect', text: 'who had approved the contract', who: 'Rhoda Finch' }]);
    expect(reports('The treasurer inquired how long the surplus would last.')).toEqual([{ kind: 'indirect', text: 'how long the surplus would last', who: 'The treasurer' }]);
  });

  it('takes no question from inside a noun’s clause or from "asked if"', () => {
    expect(reports('The reason the clerk asked where the deeds were kept is that the vault had flooded.')).toEqual([]);
    expect(reports('A visitor asked the warden if he liked the new uniforms.')).toEqual([]);
  });

  it('reads a figure with its currency sign as part of the clause’s subject', () => {
    expect(reports('The Harbour Trust said work on the £14m quay would start in March.')).toEqual([{ kind: 'indirect', text: 'work on the £14m quay would start in March', who: 'The Harbour Trust' }]);
    expect(reports('The auditor said $18,000 was unaccounted for.')).toEqual([{ kind: 'indirect', text: '$18,000 was unaccounted for', who: 'The auditor' }]);
    expect(reports('The firm billed the county for $7,500 of these costs under the rule allowing such claims.')).toEqual([]);
  });

  it('lets a body named in the plural speak through "which": "some unions which claim ..."', () => {
    expect(reports('There are some unions which claim they were never consulted about the merger.')).toEqual([{ kind: 'indirect', text: 'they were never consulted about the merger', who: 'some unions' }]);
  });

  it('takes an account or a record as the source of "according to", but not a norm', () => {
    expect(reports('The harvest is not as poor — only 40 bushels an acre according to one cautious account — but it is late.')).toEqual([{ kind: 'indirect', text: 'only 40 bushels an acre', who: 'one cautious account' }]);
    expect(reports('Dame Edith Crane has given £9,000 to the party since 2019, according to the national register of gifts.')).toEqual([{ kind: 'indirect', text: 'Dame Edith Crane has given £9,000 to the party since 2019', who: 'the national register of gifts' }]);
    expect(reports('The bridge was rebuilt according to the strictest standards.')).toEqual([]);
    expect(reports('The vote went according to the original program.')).toEqual([]);
  });

  it('finds account nouns by their first WordNet sense', () => {
    for (const w of ['account', 'register', 'record', 'statement']) expect(isAccountNoun(w), w).toBe(true);
    for (const w of ['standard', 'rule', 'law', 'plan', 'program', 'schedule']) expect(isAccountNoun(w), w).toBe(false);
  });

  it('gives the clause after an "as X know," aside to X, but not the writer’s "as we know"', () => {
    expect(reports('The fair is the club’s yearly fund-raiser and, as all its members know, that means every stall sells pies.')).toEqual([{ kind: 'indirect', text: 'that means every stall sells pies', who: 'all its members' }]);
    expect(reports('The ferry, as every pilot knows, is often late.')).toEqual([{ kind: 'indirect', text: 'The ferry is often late', who: 'every pilot' }]);
    expect(reports('As we know, the fund is empty.')).toEqual([]);
  });

  it('gives a view held "among" a group to that group: "a feeling among the growers that ..."', () => {
    expect(reports('There is a feeling among the growers that prices will fall.')).toEqual([{ kind: 'indirect', text: 'prices will fall', who: 'the growers' }]);
  });

  it('reads "were alleged to be" as hearsay with no one named', () => {
    expect(reports('The regime jailed several teachers who were alleged to be smugglers.')).toEqual([{ kind: 'indirect', text: 'The regime jailed several teachers who were alleged to be smugglers', who: null }]);
  });
});

describe('Rule "thought aside": a verb of reckoning between commas frames the sentence as its subject\'s view', () => {
  it('reads "The best approach, Lowe figured, was ..." as Lowe\'s view', () => {
    expect(reports('The best approach, Lowe figured, was to talk to the council first.')).toEqual([{ kind: 'indirect', text: 'The best approach was to talk to the council first', who: 'Lowe' }]);
    expect(reports('The real trouble, the growers reckoned, lay in the late rain.')).toEqual([{ kind: 'indirect', text: 'The real trouble lay in the late rain', who: 'the growers' }]);
    expect(reports('The bill, Pell feared, would never pass the House.')).toEqual([{ kind: 'indirect', text: 'The bill would never pass the House', who: 'Pell' }]);
  });

  it('leaves the same verbs alone outside an aside: "figured the cost" is a sum, not a view', () => {
    expect(reports('Mr. Hale figured the cost at $400, and the board agreed.')).toEqual([]);
  });
});

describe('Rule "negated belief": "doesn\'t believe the plant will close" still states a view held', () => {
  it('reads a negated belief with a clause after it as the believer\'s statement', () => {
    expect(reports('Moss does not believe the plant will close.')).toEqual([{ kind: 'indirect', text: 'the plant will close', who: 'Moss' }]);
    expect(reports('Alderman Joan Pike doesn\'t think the levy will pass.')).toEqual([{ kind: 'indirect', text: 'the levy will pass', who: 'Joan Pike' }]);
  });

  it('leaves out what was not said, a faith, an infinitive and a modal shrug', () => {
    expect(reports('Moss did not mention the plant.')).toEqual([]);
    expect(reports('Moss did not believe in the plant.')).toEqual([]);
    expect(reports('Moss does not expect to get rich.')).toEqual([]);
    expect(reports('You can\'t expect the crew to do any better.')).toEqual([]);
  });
});

describe('Rule "parenthetical agentless" ends at a colon or semicolon after the aside', () => {
  it('reports the words before "it is assumed:" and leaves the clause after it to the writer', () => {
    expect(reports('The crews cannot finish the road by May, it is assumed: but will the money last?')).toEqual([{ kind: 'indirect', text: 'The crews cannot finish the road by May', who: null }]);
  });
});
