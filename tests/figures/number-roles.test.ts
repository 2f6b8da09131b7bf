import { describe, expect, it } from 'vitest';
import { extractFigures, type Figure } from '../../src/extract/figures.js';
import { NUMBER_ROLES } from '../../src/extract/number-roles.js';
import { articleOf } from './seed-corpus.js';

const figuresOf = (...paragraphs: string[]) => extractFigures(articleOf(paragraphs));
const figure = (sentence: string, text: string): Figure => {
  const figures = figuresOf(sentence);
  const f = figures.find((x) => x.text === text);
  if (!f) throw new Error(`no figure "${text}" in ${JSON.stringify(sentence)}; found ${figures.map((x) => x.text).join(' | ')}`);
  return f;
};

describe('numbers that are no quantity', () => {
  for (const role of NUMBER_ROLES)
    describe(`${role.name}: ${role.why}`, () => {
      it.each(role.examples.map(([sentence, number]) => [number, sentence]))('%s is not a figure in %j', (number, sentence) => {
        const texts = figuresOf(sentence).map((f) => f.text);
        expect(texts.filter((t) => t.split(/[\s-]/).includes(number) || t === number)).toEqual([]);
      });
    });

  it('still reads the figures beside them', () => {
    expect(figure('He lives at 1400 Elm Street with 3 children.', '3 children').kind).toBe('people');
    expect(figure('The firm, of 3646 N. 2d St., owes $172,400 on the bond.', '$172,400').kind).toBe('money');
    expect(figure('At 7:30 a.m., more than three hours after landing, they gave an ultimatum.', 'more than three hours').kind).toBe('time');
  });

  it('reads a year as a date, never as a count, even before a verb', () => {
    expect(figure('The industry has said 1960 was a poor year.', '1960').kind).toBe('date');
    expect(figure('As early as 1776, Adam Smith wrote about wages.', '1776').kind).toBe('date');
    expect(figure('Police said 1500 people marched.', '1500 people').kind).toBe('people');
  });
});

describe('units read right', () => {
  it.each([
    ['The car reached 300 m.p.h. on the salt flats.', '300 m.p.h.', 'mph'],
    ['The wind gusted to 60 miles an hour overnight.', '60 miles an hour', 'mph'],
    ['Trains will run at 250 km/h on the new line.', '250 km/h', 'kmh'],
  ])('%j is a speed', (sentence, text, unit) => {
    expect(figure(sentence, text)).toMatchObject({ kind: 'speed', unit, value: Number(text.split(' ')[0]) });
  });

  it.each([
    ['Single rooms account for 95 percent of the accomodations.', '95 percent', 95, 'accomodations'],
    ['The economy is expected to advance by 8% next year.', '8%', 8, ''],
    ['Interest rose to 4-1/2% on the bonds.', '4-1/2%', 4.5, ''],
    ['Occupancy rates ranged from 48 to 74 percent last year.', '48 to 74 percent', 48, ''],
    ['The increases ranged from 5% to 50%.', '5% to 50%', 5, ''],
  ])('%j is a percentage', (sentence, text, value, measure) => {
    const f = figure(sentence, text);
    expect(f).toMatchObject({ kind: 'percent', unit: 'percent', value });
    if (measure) expect(f.measure).toContain(measure);
  });

  it.each([
    ['The tax will rise $40 a household.', '$40', 40],
    ['The governor recommended a $1.5 million appropriation.', '$1.5 million', 1.5e6],
    ['A pack will cost 40 cents more.', '40 cents', 0.4],
    ['Bids ranged from $2400 to $3100 per joint.', '$2400 to $3100', 2400],
  ])('%j is money', (sentence, text, value) => {
    expect(figure(sentence, text)).toMatchObject({ kind: 'money', unit: 'USD', value });
  });

  it('reads "the 31-year-old" and "Cody, 16," as ages, not counts', () => {
    expect(figure('The 31-year-old was held overnight.', '31-year-old').kind).toBe('age');
    expect(figure('Bearden and his son, Cody, 16, a high-school junior, were held.', '16').kind).toBe('age');
  });

  it('reads "two consecutive months" and "eight more years" as durations', () => {
    expect(figure('Spending edged down after rising for two consecutive months.', 'two consecutive months')).toMatchObject({ kind: 'time', unit: 'month', value: 2 });
    expect(figure('The turnpike has eight more years to run.', 'eight more years')).toMatchObject({ kind: 'time', unit: 'year', value: 8 });
  });

  it('reads "12 primary and 5 secondary schools" as two counts of schools', () => {
    const [a, b] = figuresOf('The district runs 12 primary and 5 secondary schools.');
    expect(a).toMatchObject({ value: 12, kind: 'count', measure: 'primary schools' });
    expect(b).toMatchObject({ value: 5, kind: 'count', measure: 'secondary schools' });
  });

  it('reads a bare number as counting what the count before it counted', () => {
    const figures = figuresOf('The contract called for overhauling of 102 joints. The city paid for work on 75, of which no more than 21 were repaired.');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([[102, 'joints'], [75, 'joints'], [21, 'joints']]);
    expect(figure('Tractor production rose to 2,418 units from 869 a year earlier.', '869').measure).toBe('units');
  });

  it('reads "three or four persons" as one range', () => {
    expect(figure('The system would stop if the three or four persons directing it left.', 'three or four persons')).toMatchObject({ low: 3, high: 4 });
  });
});

describe('odd input', () => {
  it.each(['', ' ', '😀 5 🚀', 'constructor __proto__ 5 toString', '“ “ ” 40 ” he said it', '$', '(((( 12 ))))', 'a'.repeat(20000), `X ${'word '.repeat(5000)}rose 5% in the city.`])(
    'reads odd input #%# without failing',
    (text) => {
      const figures = figuresOf(text, text);
      expect(Array.isArray(figures)).toBe(true);
      for (const f of figures) expect(typeof f.text).toBe('string');
    },
  );
});
