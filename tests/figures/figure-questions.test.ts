import { describe, expect, it } from 'vitest';
import { understandFigureQuestion } from '../../src/answer/figure-questions.js';

describe('understanding figure questions', () => {
  it.each([
    'Who said the Russians fled like Olympic sprinters?',
    'What did Zelenskyy say?',
    'Who is Petro Kuzyk?',
    'Which outlets are in the story?',
    'How many outlets are in the story?',
    'Who wrote the Insider article?',
    'Who said "The Russians are in trouble"?',
    'Which newspaper did Olena Matvienko speak to?',
    'What happened in Izium?',
  ])('leaves %j to the other intents', (q) => {
    expect(understandFigureQuestion(q)).toBeUndefined();
  });

  it.each([
    ['Who reported 53,000 Russian soldiers lost?', '53,000'],
    ['Which outlet reported that Russia lost 13,500 units of military equipment?', '13,500'],
    ['Which newspaper said 1,250 square miles were liberated?', '1,250'],
    ['Who gave the figure of nine million people?', 'nine million'],
    ['Where does the 2,300 square miles figure come from?', '2,300'],
    ['what outlet claimed 600 square miles', '600'],
  ])('%j asks for the source of a figure', (q, number) => {
    const query = understandFigureQuestion(q);
    expect(query).toMatchObject({ intent: 'figure_source' });
    expect((query as { figure: string }).figure).toContain(number);
  });

  it.each([
    ['What figures did BeyondNews report?', 'BeyondNews'],
    ['What numbers does the Sun give?', 'Sun'],
    ['Which figures are in the Daily Star article?', 'Daily Star'],
    ['List the figures from Insider', 'Insider'],
    ['What statistics did Beyond News cite?', 'Beyond News'],
  ])('%j asks for an outlet’s figures', (q, outlet) => {
    expect(understandFigureQuestion(q)).toMatchObject({ intent: 'outlet_figures', outlet });
  });

  it.each([
    ['How far is Izyum from Kharkiv?', /distance.*Izyum.*Kharkiv/],
    ['How many troops were trapped?', /troops.*trapped/],
    ['How many people lost power?', /people.*power/],
    ['How much equipment did Russia lose?', /equipment/],
    ['What was the death toll?', /toll/],
    ['How many Russian soldiers died?', /soldiers/],
  ])('%j asks for a figure on a topic', (q, topic) => {
    const query = understandFigureQuestion(q);
    expect(query).toMatchObject({ intent: 'figure_topic' });
    expect((query as { topic: string }).topic).toMatch(topic);
  });

  it('keeps an outlet named in a topic question', () => {
    expect(understandFigureQuestion('How much territory was retaken according to The Sun?')).toMatchObject({ intent: 'figure_topic', outlet: expect.stringMatching(/Sun$/) });
  });

  it.each([
    ['How much territory did each outlet say Ukraine recaptured?', /territory/],
    ['Do the outlets agree on the land retaken?', /land/],
    ['Compare the figures for territory across outlets', /territory/],
    ['Do the figures on equipment losses differ?', /equipment/],
    ['What did the different outlets report for the area liberated?', /area/],
    ['Which outlets disagree about troops lost?', /troops/],
  ])('%j asks to compare outlets', (q, topic) => {
    const query = understandFigureQuestion(q);
    expect(query).toMatchObject({ intent: 'compare' });
    expect((query as { topic: string }).topic).toMatch(topic);
  });
});
