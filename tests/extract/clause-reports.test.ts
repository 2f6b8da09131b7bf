import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** The reported statements (indirect and mixed) of a short invented article, and who made them. */
function reports(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter((q) => isStatement(q) && q.kind !== 'direct')
    .map((q) => ({ kind: q.kind, text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null }));
}

describe('Rule "infinitive in the clause\'s subject": a noun with its infinitive can open the reported clause', () => {
  it('reads the clause whose finite verb follows the infinitive', () => {
    expect(reports('The mayor said the decision to close the plant was final.')).toEqual([{ kind: 'indirect', text: 'the decision to close the plant was final', who: 'The mayor' }]);
    expect(reports('Police said the man to be charged has a record.')).toEqual([{ kind: 'indirect', text: 'the man to be charged has a record', who: 'Police' }]);
    expect(reports('The spokesman said the number to be furloughed cannot be estimated.')).toEqual([{ kind: 'indirect', text: 'the number to be furloughed cannot be estimated', who: 'The spokesman' }]);
  });

  it('takes no object and its purpose for a clause', () => {
    expect(reports('The chaplain said a prayer to open the session.')).toEqual([]);
    expect(reports('Crews cleared the road to reach the farms.')).toEqual([]);
  });
});

describe('Rule "told how": an account of how something happened is a report', () => {
  it('reads "told how", "described how", "explained how" with a clause after them', () => {
    expect(reports('Two guards told how the fire raced through the east wing.')).toEqual([{ kind: 'indirect', text: 'how the fire raced through the east wing', who: 'Two guards' }]);
    expect(reports('The pilot described how the engine failed over the lake.')).toEqual([{ kind: 'indirect', text: 'how the engine failed over the lake', who: 'The pilot' }]);
    expect(reports('The witness told how, late on Friday night, a truck hit the fence.')).toEqual([{ kind: 'indirect', text: 'how, late on Friday night, a truck hit the fence', who: 'The witness' }]);
  });

  it('takes no instruction or demonstration for an account', () => {
    expect(reports('The clerk explained how to apply for a permit.')).toEqual([]);
    expect(reports('The guide showed how the mill worked.')).toEqual([]);
  });
});

describe('Rule "aside before that" after a verb the tagger read as a noun: "Dr. Jenkins notes, however, that"', () => {
  it('reads the -s form before an aside and "that" as the verb', () => {
    expect(reports('Dr. Ada Jenkins notes, however, that most boards do not keep tapes.')).toEqual([{ kind: 'indirect', text: 'most boards do not keep tapes', who: 'Ada Jenkins' }]);
    expect(reports('The city notes, in its reply, that the fee was paid in May.')).toEqual([{ kind: 'indirect', text: 'the fee was paid in May', who: 'The city' }]);
  });
});

describe('Rule "identified as": naming who or what someone is puts it on record', () => {
  it('reports the object with its "as" phrase, a name with its apposition or a list', () => {
    expect(reports('Police identified the victim as Ed Roe, 59, of Elm Street.')).toEqual([{ kind: 'indirect', text: 'the victim as Ed Roe, 59, of Elm Street', who: 'Police' }]);
    expect(reports('Ann Cole identified the firms as a paving contractor, a quarry and a trucking company.')).toEqual([
      { kind: 'indirect', text: 'the firms as a paving contractor, a quarry and a trucking company', who: 'Ann Cole' },
    ]);
  });

  it('takes no "identified with" or plain object for a report', () => {
    expect(reports('Voters identified with the cause of the strikers.')).toEqual([]);
    expect(reports('The study identified the problem early.')).toEqual([]);
  });
});

describe('Rule "a capital at the start is no name": a common noun opening its sentence is no one a "he" means', () => {
  it('gives a back-attributed "he" to the person in view, not to the sentence\'s own subject', () => {
    expect(reports('Bernard Werner spoke. Traffic resumed Wednesday, he said.')).toEqual([{ kind: 'indirect', text: 'Traffic resumed Wednesday', who: 'Bernard Werner' }]);
    expect(reports('Ann Cole ran the yard. Trains left on time, she said.')).toEqual([{ kind: 'indirect', text: 'Trains left on time', who: 'Ann Cole' }]);
  });

  it('keeps a surname opening its sentence as the speaker', () => {
    expect(reports('Tom Bond arrived late. Bond said the vote was close.')).toEqual([{ kind: 'indirect', text: 'the vote was close', who: 'Tom Bond' }]);
  });
});

describe('Rule (a past tense read as a noun): the subject a participle of saying shares ends before its verb', () => {
  it('gives ", saying ..." to the subject, not to the subject and its verb', () => {
    expect(reports('The judge excused two jurors, saying they had been threatened by strangers.')).toEqual([{ kind: 'indirect', text: 'they had been threatened by strangers', who: 'The judge' }]);
  });
});

describe('Rule "aside between dashes before the verb": the subject stands before the first dash', () => {
  it('gives the report to the noun phrase before the aside', () => {
    expect(reports('One member of the panel — not Ed Parr — indicated he had served on a grand jury.')).toEqual([{ kind: 'indirect', text: 'he had served on a grand jury', who: 'One member of the panel' }]);
    expect(reports('The mayor — who had fought the plan for months — said it would pass easily.')).toEqual([{ kind: 'indirect', text: 'it would pass easily', who: 'The mayor' }]);
  });
});

describe('Rule "attribution is no content": words ending in ", he said," are no report of a later verb of saying', () => {
  it('reads the clause after a middle attribution, not the attribution, as what was said', () => {
    expect(reports('Joe Hart spoke. In addition, he said, he has answered more than 400 letters from voters.')).toEqual([
      { kind: 'indirect', text: 'he has answered more than 400 letters from voters', who: 'Joe Hart' },
    ]);
  });
});

describe('Rule "when-clause after its main clause", for "after", "before", "until" and "once" too', () => {
  it('reads a report in a trailing clause of time, with the clause\'s own subject as its source', () => {
    expect(reports('The hearing ended after the mayor said the vote would wait until May.')).toEqual([{ kind: 'indirect', text: 'the vote would wait until May', who: 'the mayor' }]);
  });

  it('still sets the scene with a clause of time that opens the sentence, and takes no event for a report', () => {
    expect(reports('After the mayor said the vote would wait, the council left.')).toEqual([]);
    expect(reports('The crowd cheered after the mayor spoke.')).toEqual([]);
  });
});
