import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { articleOf } from './seed-corpus.js';

// Who a figure is credited to comes from how the sentence attributes it, for any speaker, named or described.
const claimantOf = (text: string, ...paragraphs: string[]) => {
  const figures = extractFigures(articleOf(paragraphs));
  const f = figures.find((x) => x.text === text);
  if (!f) throw new Error(`no figure "${text}"; found ${figures.map((x) => x.text).join(' | ')}`);
  return f.claimant;
};

describe('the claimant of a figure', () => {
  it.each([
    ['The treasurer disclosed that the deficit had reached $40,000.', '$40,000', 'the treasurer'],
    ['The governor recommended a $1.5 million appropriation for roads.', '$1.5 million', 'the governor'],
    ['Agriculture Department economists estimate farmers will get $1.4 billion.', '$1.4 billion', 'Agriculture Department economists'],
    ['According to the state emergency office, more than 1,500 people left their homes.', 'more than 1,500 people', 'the state emergency office'],
    ['Nine hundred residents were moved to shelters, the county sheriff said.', 'Nine hundred residents', 'the county sheriff'],
    ['Two counts of assault were filed, police said.', 'Two counts', 'police'],
    ['The city expects the fees to bring in an additional $457,000 a year.', '$457,000', 'the city'],
    ['A spokesman for the firm estimated the loss at $2 million.', '$2 million', 'a spokesman for the firm'],
    ['Then he struck the two officers again, Slate related.', 'two officers', 'Slate'],
    ['The city paid for work on 75 joints, Hemphill charged.', '75 joints', 'Hemphill'],
  ])('%j credits %s to %s', (sentence, text, claimant) => {
    expect(claimantOf(text, sentence)).toBe(claimant);
  });

  it('skips an apposition to the name before it, commas and all', () => {
    expect(claimantOf('$58,918', 'William Smythe, director of field service, told the commissioners the county had spent $58,918.')).toBe('William Smythe');
    expect(claimantOf('nearly 300 homes', 'Priya Natarajan, of the State Office of Emergency Management, said nearly 300 homes had been damaged.')).toBe('Priya Natarajan');
  });

  it('skips a relative clause to what it describes', () => {
    expect(claimantOf('nearly 10%', 'Seven of the eight companies that turn out farm machinery say sales have risen nearly 10% this year.')).toBe('Seven of the eight companies');
  });

  it('credits a participle or a coordinated verb to the subject of the sentence', () => {
    expect(claimantOf('up to 74 percent', 'Samuel D. Goodis, representing the Hotel Association, objected to the boost, saying that occupancy ranged up to 74 percent.')).toBe('Samuel D. Goodis');
    expect(claimantOf('four corn pickers', 'Farm machinery dealer Bob Houtz tilts back in a chair and tells of a pickup: “We have sold four corn pickers.”')).toBe('Farm machinery dealer Bob Houtz');
  });

  it('credits no one for a passive or a noun that looks like a verb', () => {
    expect(claimantOf('$39.5 billion', "Farmers' gross income is estimated at $39.5 billion.")).toBeUndefined();
    expect(claimantOf('$740,000', 'The new fees are expected to raise an additional $740,000.')).toBeUndefined();
    expect(claimantOf('three points', 'Output is forecast at three points higher than the July 1 estimate.')).toBeUndefined();
  });

  it('resolves "he" to the subject of the sentence before, not to the last name mentioned', () => {
    const paragraphs = ['Acting Administrator Andrew Juras met Ray Field and Mrs. Grace Peck on Friday.', 'He said the agency would stop if the four persons directing it were to leave.'];
    expect(claimantOf('four persons', ...paragraphs)).toBe('Acting Administrator Andrew Juras');
  });

  it('resolves "it" to a body, not to a person', () => {
    const paragraphs = ['The Commerce Department answered Senator Ruth Vale on Monday.', 'It said retail sales dropped to $18 billion in April.'];
    expect(claimantOf('$18 billion', ...paragraphs)).toBe('The Commerce Department');
  });

  it('credits a figure inside a quotation to its speaker, outside the quotation', () => {
    const sentence = '“The old man came from the front and said he wanted four volunteers to go to Cuba,” McCauley said.';
    expect(claimantOf('four volunteers', sentence)).toBe('McCauley');
  });

  it('carries the speaker into a quotation that runs on, and only into it', () => {
    const p = '“We allowed a farmer $600 on the old picker,” says Jack Martin, who sells tractors. “Last year, we would have given him $700 for it.” Mr. Martin sold 21 tractors in August.';
    expect(claimantOf('$700', p)).toBe('Jack Martin');
    expect(claimantOf('21 tractors', p)).toBeUndefined();
  });
});
