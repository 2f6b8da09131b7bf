import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';
import { givenNamesAsNames, twoWordClause } from '../../src/extract/view-frames.js';
import { tag } from '../../src/extract/tagger.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** The reported statements (indirect and mixed) of a short invented article, and who made them. */
function reports(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q) && q.kind !== 'direct')
    .map((q) => ({ kind: q.kind, text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null }));
}

describe('Rule "fronted participle of saying": "Noting that ..., the engineer said"', () => {
  it('gives the participle\'s "that" clause to the main clause\'s subject, beside what the main verb reports', () => {
    const found = reports('Noting that the bridge was ninety years old, the county engineer said it should be closed.');
    expect(found).toContainEqual({ kind: 'indirect', text: 'the bridge was ninety years old', who: 'the county engineer' });
    expect(found).toContainEqual({ kind: 'indirect', text: 'it should be closed', who: 'the county engineer' });
  });

  it('reads it before any main verb, not only "said": "Arguing that ..., the union sued"', () => {
    expect(reports('Arguing that the toll was illegal, the drivers’ union sued the state.')).toEqual([{ kind: 'indirect', text: 'the toll was illegal', who: 'the drivers’ union' }]);
  });

  it('takes nothing from a participle without a "that" clause', () => {
    expect(reports('Speaking to reporters, the mayor left for Albany.')).toEqual([]);
  });
});

describe('Rule "participle of reporting after its clause" and "by way of saying"', () => {
  it('gives ", alleging that ..." to the subject of the clause before', () => {
    expect(reports('The city sued the paving firm, alleging that the firm had skimped on asphalt.')).toEqual([{ kind: 'indirect', text: 'the firm had skimped on asphalt', who: 'The city' }]);
  });

  it('gives "by stating that ..." to the subject that did the stating', () => {
    expect(reports('The new statute shielded the growers by stating that seed was no commodity.')).toEqual([{ kind: 'indirect', text: 'seed was no commodity', who: 'The new statute' }]);
  });

  it('reads no report where the participle has no "that": "..., charging the gate"', () => {
    expect(reports('The crowd surged forward, charging the gate.')).toEqual([]);
    expect(reports('She won the room by telling stories.')).toEqual([]);
  });
});

describe('Rule "view held to someone": "To the mayor, the plan is a folly"', () => {
  it('gives the clause after "To X," to a person, a body or a name', () => {
    expect(reports('To the harbor master, the new pier is a hazard.')).toEqual([{ kind: 'indirect', text: 'the new pier is a hazard', who: 'the harbor master' }]);
    expect(reports('To Ada Roe, the vote means the end of the mill.')).toEqual([{ kind: 'indirect', text: 'the vote means the end of the mill', who: 'Ada Roe' }]);
  });

  it('reads place, time, purpose, the writer and the imagined onlooker as no one\'s view', () => {
    expect(reports('To the north, the river floods every spring.')).toEqual([]);
    expect(reports('To date, ten firms have signed.')).toEqual([]);
    expect(reports('To me, the pier looks sound.')).toEqual([]);
    expect(reports('To the average voter, this must sound odd.')).toEqual([]);
  });
});

describe('Rule "writes, after the words": "..., Ted Lowe writes."', () => {
  it('gives the words before a columnist\'s "writes" to the writer', () => {
    expect(reports('The levy is a folly, Ted Lowe writes.')).toEqual([{ kind: 'indirect', text: 'The levy is a folly', who: 'Ted Lowe' }]);
  });

  it('frames both sides when the writer stands in the middle, a paper named or not', () => {
    expect(reports('What the town needs, Ann Roe writes in the Gazette, is a second bridge.')).toEqual([{ kind: 'indirect', text: 'What the town needs is a second bridge', who: 'Ann Roe' }]);
  });

  it('reads "wrote a book" and "writes for the Gazette" as acts', () => {
    expect(reports('Ann Roe wrote a book about the mill.')).toEqual([]);
    expect(reports('Ann Roe, a teacher, writes for the Gazette.')).toEqual([]);
  });
});

describe('Rule "given name read as a verb"', () => {
  it('retags a first name the tagger made a verb before a surname, and leaves real verbs alone', () => {
    const tokens = givenNamesAsNames(tag('The plan is a folly, Ted Lowe writes.'));
    expect(tokens.find((t) => t.text === 'Ted')?.pos).toBe('PROPN');
    expect(givenNamesAsNames(tag('They said the road was closed.')).map((t) => t.pos)).toEqual(tag('They said the road was closed.').map((t) => t.pos));
  });

  it('so a clause with such a name as its subject is still what was said', () => {
    expect(reports('The mayor said Ted Lowe would resign in June.')).toEqual([{ kind: 'indirect', text: 'Ted Lowe would resign in June', who: 'The mayor' }]);
  });
});

describe('Rule "subject with a phrase of place": "Residents near the plant complained that ..."', () => {
  it('keeps the people the phrase places as the speaker', () => {
    expect(reports('Residents near the tannery complained that the air was foul.')).toEqual([{ kind: 'indirect', text: 'the air was foul', who: 'Residents near the tannery' }]);
  });

  it('reads no thing placed somewhere as a speaker', () => {
    expect(reports('Developments in the harbor suggested the need for a new dock.')).toEqual([]);
  });
});

describe('Rule "two-word clause": "Some people believe she did."', () => {
  it('keeps a pronoun with its verb as what was held', () => {
    expect(reports('Some neighbors believe she did.')).toEqual([{ kind: 'indirect', text: 'she did', who: 'Some neighbors' }]);
    expect(twoWordClause('he would.')).toBe(true);
  });

  it('still drops fragments and the writer\'s own short turns', () => {
    expect(twoWordClause('the plan')).toBe(false);
    expect(twoWordClause('I was')).toBe(false);
    expect(reports('He said so.')).toEqual([]);
  });
});

describe('report nouns and other frames in reported-speech.ts', () => {
  it('reads a possessive\'s report noun with a passive clause, the sentence\'s own verb after it (Rule "complete passive clause")', () => {
    expect(reports('Sen. Ivo Hale\'s recommendation that the ferry tax be repealed drew cheers.')).toEqual([{ kind: 'indirect', text: 'the ferry tax be repealed', who: 'Ivo Hale' }]);
  });

  it('keeps a possessed time word in the subject of what was said (Rule "time word opens the subject")', () => {
    expect(reports('Kern said this Sunday’s sessions will be open to anyone.')).toEqual([{ kind: 'indirect', text: 'this Sunday’s sessions will be open to anyone', who: 'Kern' }]);
    expect(reports('Kern said Monday that the sessions will be open to anyone.')).toEqual([{ kind: 'indirect', text: 'the sessions will be open to anyone', who: 'Kern' }]);
  });

  it('inverts "stated" after what was said, as "said" is', () => {
    expect(reports('The levee will hold, stated Ann Roe.')).toEqual([{ kind: 'indirect', text: 'The levee will hold', who: 'Ann Roe' }]);
  });

  it('reads "In X\'s eyes," as "In X\'s view,"', () => {
    expect(reports('In the warden\'s eyes, the pier is sound.')).toEqual([{ kind: 'indirect', text: 'the pier is sound', who: 'the warden' }]);
  });
});

describe('Rule "aside before that": "knew, as did everyone at the club, that ..."', () => {
  it('reads past a phrase between commas to the "that" clause of a verb of knowing or saying', () => {
    expect(reports('Ada Pell knew, as did everyone at the club, that her streak would end.')).toEqual([{ kind: 'indirect', text: 'her streak would end', who: 'Ada Pell' }]);
    expect(reports('The harbor master said, in a statement Monday, that the pier would close.')).toEqual([{ kind: 'indirect', text: 'the pier would close', who: 'The harbor master' }]);
  });

  it('takes no listener between commas for an aside', () => {
    expect(reports('Ada Pell knew, Ann Roe, his aide, that the pier was closing.')).toEqual([]);
  });
});

describe('Rule "figure put on record": "The agency had reported 24 blasts"', () => {
  it('gives a reported figure and what it counts to the subject, with its apposition', () => {
    expect(reports('The weather bureau had reported 14 floods in the valley, six of them severe; the mayor was silent.')).toEqual([{ kind: 'indirect', text: '14 floods in the valley, six of them severe', who: 'The weather bureau' }]);
  });

  it('reads no figure into "reported the theft" or a year', () => {
    expect(reports('Police reported the theft of a truck.')).toEqual([]);
    expect(reports('The county reported in 1958 on its roads.')).toEqual([]);
  });
});

describe('Rule "expressed view without that" (reported-speech.ts)', () => {
  it('reads the clause after "expressed the opinion" when its "that" is left out', () => {
    expect(reports('Councilman Ivo Marsh expressed the opinion the city could hire a director.')).toEqual([{ kind: 'indirect', text: 'the city could hire a director', who: 'Ivo Marsh' }]);
  });

  it('takes no clause from a noun with only its object after it', () => {
    expect(reports('Councilman Ivo Marsh expressed the opinion of many voters.')).toEqual([]);
  });
});

describe('Rule "invitation with its infinitive": "he invites the scouts to camp on his farm"', () => {
  it('gives what was asked to the one who asked, the listener as whom it was said to', () => {
    const found = extractQuotes(articleOf(['Col. Ivo Marsh, of Elton, is an honorary member. Each year he invites the scouts to camp on his farm.'])).quotes.filter(isStatement);
    expect(found.map((q) => ({ text: q.text, who: q.person ?? q.descriptive ?? null, to: q.addressee ?? q.toldTo ?? null }))).toEqual([{ text: 'to camp on his farm', who: 'Ivo Marsh', to: 'the scouts' }]);
    expect(reports('The mill towns appealed to the state to send inspectors.')).toEqual([{ kind: 'indirect', text: 'to send inspectors', who: 'The mill towns' }]);
    expect(reports('The guild called on the council to reject the toll.')).toEqual([{ kind: 'indirect', text: 'to reject the toll', who: 'The guild' }]);
  });

  it('ends the request where "and" starts the next thing said, and reads no guest list as a request', () => {
    expect(reports('The cadet invited Ann Roe to visit the academy and then added that he was on the football staff.')).toEqual([
      { kind: 'indirect', text: 'he was on the football staff', who: 'The cadet' },
      { kind: 'indirect', text: 'to visit the academy', who: 'The cadet' },
    ]);
    expect(reports('The couple invited 300 guests to the wedding.')).toEqual([]);
  });
});

describe('Rule "when-clause after its main clause" (reported-speech.ts)', () => {
  it('reads "... when he said ..." after a finished main clause as a report', () => {
    expect(reports('Ann Roe, a Tyler lawyer, stirred the hearing when she said the bill would ruin the banks.')).toEqual([{ kind: 'indirect', text: 'the bill would ruin the banks', who: 'Ann Roe' }]);
  });

  it('still reads a "when" clause opening the sentence as the scene, and an event as no report', () => {
    expect(reports('When she said the bill would pass, nobody listened.')).toEqual([]);
    expect(reports('The crowd was small when the colony received its charter in 1960.')).toEqual([]);
  });
});

describe('Rule "possessed estimate": "the governor\'s estimate of a $1.5 million surplus"', () => {
  it('gives the "of" or "for" phrase to the possessor, to the conjunction that starts the next phrase', () => {
    expect(reports('The gap between Governor Ada Roe\'s estimate of a 1.5 million dollar surplus for the year and the new figure is wide.')).toEqual([{ kind: 'indirect', text: 'a 1.5 million dollar surplus for the year', who: 'Ada Roe' }]);
    expect(reports('The union\'s call for a shorter work week went unheeded.')).toEqual([{ kind: 'indirect', text: 'a shorter work week', who: 'The union' }]);
  });

  it('keeps quoted words right after the phrase in the same statement', () => {
    expect(reports('The talks began with the union\'s call for a fresh approach “at the bargaining table.”')).toEqual([{ kind: 'mixed', text: 'a fresh approach “at the bargaining table.”', who: 'the union' }]);
  });

  it('names no one for an estimate nobody owns', () => {
    expect(reports('The town waited for an estimate of the flood damage to the bridge.')).toEqual([]);
  });
});
