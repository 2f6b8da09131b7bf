import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { AGENTLESS_RULES } from '../../src/extract/agentless-reports.js';
import { MIXED_SPEAKER_RULES } from '../../src/extract/mixed-speakers.js';
import { extractQuotes, isStatement } from '../../src/extract/quotes.js';

const articleOf = (paragraphs: string[]): CleanArticle => ({ id: 'test', file: 'test.md', outlet: 'Test', name: 'Test', headline: 'Test', sources: [], paragraphs, dropped: [] });

/** Every statement of a short invented article: its kind, its text (a mixed one's reported content) and its speaker. */
function statements(...paragraphs: string[]) {
  return extractQuotes(articleOf(paragraphs))
    .quotes.filter(isStatement)
    .map((q) => ({ kind: q.kind, text: q.kind === 'mixed' ? (q.reported ?? q.text) : q.text, who: q.person ?? q.descriptive ?? null }));
}

describe('a report the outlet gives no source for has no speaker', () => {
  it('reads the agentless "it" frame in the perfect and with a particle (agentless-it-perfect)', () => {
    expect(statements('It has been suggested that the school be closed.')).toEqual([{ kind: 'indirect', text: 'the school be closed', who: null }]);
    expect(statements('It had been feared that the dam would break.')).toEqual([{ kind: 'indirect', text: 'the dam would break', who: null }]);
    expect(statements('It was pointed out that the road had never been paved.')).toEqual([{ kind: 'indirect', text: 'the road had never been paved', who: null }]);
  });

  it('reads a report noun put forward in the passive with its content as no one’s (agentless-report-noun-passive)', () => {
    expect(statements('The statement was also made that the mill had never paid its taxes.')).toEqual([{ kind: 'indirect', text: 'the mill had never paid its taxes', who: null }]);
    expect(statements('The inference has been too widely drawn that the treaty is dead.')).toEqual([{ kind: 'indirect', text: 'the treaty is dead', who: null }]);
    expect(statements('In this case, happily, insistence is being made that the bridge be rebuilt.')).toEqual([{ kind: 'indirect', text: 'the bridge be rebuilt', who: null }]);
    expect(statements('The excuse was offered for the guards that they had not seen the fire.')).toEqual([{ kind: 'indirect', text: 'they had not seen the fire', who: null }]);
  });

  it('gives such a report the speaker its "by" names', () => {
    expect(statements('The charge was made by the union that the plant was unsafe.')).toEqual([{ kind: 'indirect', text: 'the plant was unsafe', who: 'the union' }]);
  });

  it('reports nothing when the view is set aside or settled rather than put forward', () => {
    expect(statements('The claim was denied that the mayor had resigned.')).toEqual([]);
    expect(statements('The proposal was approved that the school be closed.')).toEqual([]);
    expect(statements('The report was published that week.')).toEqual([]);
  });

  it('leaves the writer’s own hedge alone: "it might be said that" reports no one', () => {
    expect(statements('It might be said that the town grew too fast.')).toEqual([]);
  });

  it('reads an aside of learning between commas as a report around it (agentless-aside-of-knowing)', () => {
    expect(statements('The mayor, it was learned, will not run again.')).toEqual([{ kind: 'indirect', text: 'The mayor will not run again', who: null }]);
  });

  it('reads a judgement in the passive with no "by" as no one’s (agentless-judgement-passive)', () => {
    expect(statements('The film has been billed as a towering monument to greed.')).toEqual([{ kind: 'indirect', text: 'The film has been billed as a towering monument to greed', who: null }]);
    expect(statements('The farm plan has been declared a costly failure.')).toEqual([{ kind: 'indirect', text: 'The farm plan has been declared a costly failure', who: null }]);
    expect(statements('The prince, who has been accused of harboring bandits and spies, says he wants peace.')).toContainEqual({ kind: 'indirect', text: 'harboring bandits and spies', who: null });
  });

  it('keeps a short quotation in such a judgement, with no speaker: "described as “routine”"', () => {
    expect(statements('The inspection was described as “routine.”')).toEqual([{ kind: 'mixed', text: 'The inspection was described as “routine.”', who: null }]);
  });

  it('takes no view held, thing remembered or title for a judgement, nor a ruling', () => {
    expect(statements('The demand for tractors is regarded as a yardstick of rural buying.')).toEqual([]);
    expect(statements('The game will be remembered as the scene of a great duel.')).toEqual([]);
    expect(statements('On Monday, the firm was formally declared bankrupt by the court.')).toEqual([]);
  });

  it('reads tidings that arrive as a report with no source (word-came)', () => {
    expect(statements('Word came that the convoy had reached the border.')).toEqual([{ kind: 'indirect', text: 'the convoy had reached the border', who: null }]);
    expect(statements('Word reached the capital Tuesday that the rebels had surrendered.')).toEqual([{ kind: 'indirect', text: 'the rebels had surrendered', who: null }]);
    expect(statements('The word came back from the vet at noon.')).toEqual([]);
  });

  it('still reads the frames reported-speech.ts reads, with no speaker', () => {
    for (const s of ['It was learned that the mill will close in June.', 'It is understood that the mayor will not run again.', 'It was announced Tuesday that the plant would close.', 'There were reports that the mayor had resigned.'])
      expect(statements(s), s).toEqual([expect.objectContaining({ kind: 'indirect', who: null })]);
    for (const s of ['The mayor is reported to have left the city.', 'The treasurer is believed to have taken the ledgers home.', 'The governor reportedly plans to veto the bill.'])
      expect(statements(s), s).toEqual([expect.objectContaining({ kind: 'indirect', who: null })]);
  });

  it('names each rule with a why and invented examples', () => {
    for (const r of [...AGENTLESS_RULES, ...MIXED_SPEAKER_RULES]) {
      expect(r.name).toMatch(/^[a-z-]+$/);
      expect(r.why.length).toBeGreaterThan(40);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });
});

describe('a mixed statement takes its speaker from the reporting clause', () => {
  it('gives the quoted words to the report’s subject, not to a name in a relative clause on it (mixed-from-reporting-clause)', () => {
    expect(statements('Ruth Cole, who succeeded Tom Hale, said the salary was “modest.”')).toEqual([{ kind: 'mixed', text: 'the salary was “modest.”', who: 'Ruth Cole' }]);
  });

  it('gives them to the report’s subject, not to someone the report is about', () => {
    expect(statements('Mayor Ruth Cole said Judge Ira Bell’s ruling was “a disgrace.”')).toEqual([{ kind: 'mixed', text: 'Judge Ira Bell’s ruling was “a disgrace.”', who: 'Ruth Cole' }]);
    expect(statements('Paul Kemp praised Amy Roth. He said she was “a fine public servant.”')).toContainEqual({ kind: 'mixed', text: 'she was “a fine public servant.”', who: 'Paul Kemp' });
  });

  it('keeps an attribution of the quote’s own beside its marks', () => {
    const said = statements('Then I put it to the premier: “In truth,” I said, “no one believes you will win.”');
    expect(said.filter((s) => s.text.includes('no one believes'))).toEqual([expect.objectContaining({ who: expect.not.stringMatching(/^$/) })]);
    expect(said.every((s) => s.who !== null)).toBe(true);
  });

  it('gives quoted words in an agentless report no speaker, not the nearest name (agentless-mixed)', () => {
    expect(statements('He would lead the fight to oust Colmer, whom he is said to regard as “an inferior man.”')).toEqual([expect.objectContaining({ kind: 'mixed', who: null })]);
  });
});
