import { describe, expect, it } from 'vitest';
import { answerFigureQuery, figureTopics } from './answer-figures.js';
import { understandFigureQuestion } from '../../src/answer/figure-questions.js';
import { loadStory, type Story } from './seed-corpus.js';

const seeds = loadStory('corpus');
const flood = loadStory('tests/fixtures/flood');

// How the eval reads answers: thousands separators and dashes don't matter.
const norm = (s: string) => s.replace(/(\d)[,\u00a0 ](?=\d{3}\b)/g, '$1').replace(/[\u2013\u2014]/g, '-').toLowerCase();

function ask(story: Story, question: string) {
  const query = understandFigureQuestion(question);
  if (!query) throw new Error(`not a figure question: ${question}`);
  return answerFigureQuery(query as Parameters<typeof answerFigureQuery>[0], { question, articles: story.articles, figures: story.figures });
}

describe('answering figure questions on the bundled story', () => {
  it('names the outlet that reported 13,500 units of military equipment, citing its sentence', () => {
    const a = ask(seeds, 'Which outlet reported that Russia lost 13,500 units of military equipment?');
    expect(a).toMatchObject({ found: true, intent: 'figure_source' });
    expect(a.answer).toContain('BeyondNews');
    expect(a.citations[0]).toMatchObject({ outlet: 'BeyondNews', excerpt: expect.stringContaining('13,500 units of military equipment') });
  });

  it('credits 53,000 soldiers to the Daily Star, as Ukraine’s Ministry of Defence’s figure', () => {
    const a = ask(seeds, 'Who reported 53,000 Russian soldiers lost?');
    expect(a.answer).toMatch(/Daily Star reported 53,000 soldiers.*Ukraine's Ministry of Defence/);
    expect(a.citations.map((c) => c.outlet)).toEqual(['Daily Star']);
  });

  it('says so when no outlet reported a figure, and suggests what to ask', () => {
    const a = ask(seeds, 'Who reported 777 tanks destroyed?');
    expect(a.found).toBe(false);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('answers how far Izyum is from Kharkiv with the 140 km of the article that says so', () => {
    const a = ask(seeds, 'How far is Izyum from Kharkiv?');
    expect(a.summary).toContain('140 kilometers');
    expect(a.citations[0].headline).toMatch(/Kremlin soldiers flee on bicycles/);
  });

  it.each([
    ['How many troops were trapped?', '20000 - 30000', 'BeyondNews'],
    ['How many people lost power?', 'nine million', 'The Sun'],
    ['How much equipment did Russia lose?', '13500', 'BeyondNews'],
  ])('%j → %s (%s)', (q, figure, outlet) => {
    const a = ask(seeds, q);
    expect(norm(a.summary)).toContain(figure);
    expect(a.summary).toContain(outlet);
  });

  it('lists every figure of an outlet, however its name is written', () => {
    for (const q of ['What figures did BeyondNews report?', 'What numbers did Beyond News give?']) {
      const a = ask(seeds, q);
      for (const n of ['13500', '600', '20000']) expect(norm(a.answer)).toContain(n);
      expect(new Set(a.citations.map((c) => c.outlet))).toEqual(new Set(['BeyondNews']));
    }
  });

  it('compares the territory retaken: one line per outlet, normalized, spans, claimants, the wrong conversion flagged', () => {
    for (const q of ['How much territory did each outlet say Ukraine recaptured?', 'Do the outlets agree on the land retaken?', 'Compare the square miles across outlets', 'Do the outlets agree on the area liberated?']) {
      const a = ask(seeds, q);
      expect(a.comparison?.topic, q).toBe('territory retaken');
      for (const n of ['1250', '600', '2300', '1600', '6000']) expect(norm(a.answer)).toContain(n);
      expect(a.comparison!.agree).toBe(false);
      expect(a.comparison!.rows.map((r) => r.outlet).sort()).toEqual(['BeyondNews', 'Daily Star', 'Insider', 'The Sun']);
      expect(a.answer).toContain('≈ 1,554 km² / 600 sq mi');
      expect(a.answer).toContain('in the past fortnight');
      expect(a.answer).toContain('the UK Ministry of the Defense, as cited by The Daily Mail');
      expect(a.answer).toMatch(/Insider's conversion is wrong: 2,000 km² is about 772 sq mi/);
      expect(a.answer).toContain('three times the size of Wales');
    }
  });

  it('offers the story’s topics for autocomplete, the main measures first', () => {
    const topics = figureTopics(seeds.figures);
    expect(topics.slice(0, 6)).toEqual(expect.arrayContaining(['territory retaken', 'distance']));
    expect(topics.indexOf('territory retaken')).toBeLessThan(topics.indexOf('ages'));
  });

});

describe('the flood fixture: a second story', () => {
  it('extracts its figures: deaths, people evacuated, areas flooded, damage', () => {
    const texts = flood.figures.map((f) => `${f.outlet}: ${f.text} [${f.topic}]`);
    expect(texts).toEqual(expect.arrayContaining([
      'The Northern Ledger: some 40 square miles (64 square kilometres) [area flooded]',
      'Riverside Gazette: About 25 square miles [area flooded]',
      'Valley Courier: Nearly 100 km² [area flooded]',
      'Riverside Gazette: Three people [people killed]',
      'Valley Courier: 3 people [people killed]',
      'Riverside Gazette: 1,200 residents [people evacuated]',
      'Valley Courier: between $40 million and $60 million [money]',
    ]));
  });

  it('flags the Ledger’s 40 square miles (64 km²), converted as linear miles', () => {
    const f = flood.figures.find((x) => x.text.startsWith('some 40 square miles'))!;
    expect(f.conversion).toMatchObject({ ok: false });
    expect(f.conversion!.note).toMatch(/64 km² is about 24.7 sq mi.*linear miles/);
  });

  it('finds the outlets agree on the deaths', () => {
    const a = ask(flood, 'Do the outlets agree on the number of people killed?');
    expect(a.comparison).toMatchObject({ topic: 'people killed', agree: true });
    expect(a.comparison!.rows).toHaveLength(3);
  });

  it('finds they disagree on the area flooded, normalized to km² and sq mi', () => {
    const a = ask(flood, 'Do the outlets agree on the area flooded?');
    expect(a.comparison).toMatchObject({ topic: 'area flooded', agree: false });
    expect(a.answer).toContain('≈ 100 km² / 38.6 sq mi');
    expect(a.answer).toMatch(/The Northern Ledger's conversion is wrong/);
  });

  it('answers who reported 1,200 evacuated, and what the Valley Courier reported', () => {
    expect(ask(flood, 'Who reported 1,200 residents evacuated?').summary).toMatch(/^Riverside Gazette reported 1,200 residents, according to Sheriff Brandt/);
    const courier = ask(flood, 'What figures did the Valley Courier report?');
    expect(norm(courier.answer)).toContain('100 km²');
    expect(norm(courier.answer)).toContain('$40 million');
  });
});
