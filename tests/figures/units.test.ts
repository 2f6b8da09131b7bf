import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { checkConversion, formatNormalized, normalize, readUnit } from '../../src/extract/units.js';

describe('numbers', () => {
  it.each([
    ['nine million', 9_000_000],
    ['1,250', 1250],
    ['1600', 1600],
    ['£1bn', 1e9],
    ['1.5 million', 1_500_000],
    ['twenty-five thousand', 25_000],
    ['Nine hundred', 900],
  ])('reads %s', (text, value) => {
    expect(findNumbers(`about ${text} people`)[0]).toMatchObject({ value });
  });

  it('reads ranges, with or without spaces, "to" and "between … and"', () => {
    expect(findNumbers('some 20,000 – 30,000 troops')[0]).toMatchObject({ low: 20000, high: 30000, text: '20,000 – 30,000' });
    expect(findNumbers('6 to 8 feet')[0]).toMatchObject({ low: 6, high: 8 });
    expect(findNumbers('between $40 million and $60 million')[0]).toMatchObject({ low: 40e6, high: 60e6, currency: 'USD' });
  });

  it('does not read names as numbers', () => {
    expect(findNumbers('T-72 tank, WW2, machibet777.com')).toEqual([]);
  });
});

describe('units', () => {
  it('reads units glued or spaced', () => {
    expect(readUnit('sqkm (2,317sqmi)')).toMatchObject({ unit: 'km2' });
    expect(readUnit(' square kilometres')).toMatchObject({ unit: 'km2' });
    expect(readUnit(' square miles of territory')).toMatchObject({ unit: 'sqmi' });
    expect(readUnit(' miles east')).toMatchObject({ unit: 'mi' });
    expect(readUnit(' km² of the valley')).toMatchObject({ unit: 'km2' });
    expect(readUnit('-year-old soldier')).toMatchObject({ unit: 'year', age: true });
  });

  it('normalizes areas to km² and sq mi side by side, distances to km and mi', () => {
    expect(normalize(600, 'sqmi')).toEqual({ km2: 1554, sqmi: 600 });
    expect(formatNormalized(normalize(6000, 'km2')!)).toBe('≈ 6,000 km² / 2,317 sq mi');
    expect(normalize(140, 'km')).toEqual({ km: 140, mi: 87 });
  });
});

describe('the conversion check', () => {
  it('accepts a conversion that holds within rounding', () => {
    expect(checkConversion({ value: 6000, unit: 'km2' }, { value: 2317, unit: 'sqmi' })).toMatchObject({ ok: true });
  });

  it('flags 1,250 square miles (2,000 km²): 2,000 km² is about 772 sq mi, 1,250 sq mi about 3,237 km²; linear miles', () => {
    const c = checkConversion({ value: 1250, unit: 'sqmi' }, { value: 2000, unit: 'km2' })!;
    expect(c.ok).toBe(false);
    expect(c.note).toContain('2,000 km² is about 772 sq mi');
    expect(c.note).toContain('1,250 sq mi is about 3,237 km²');
    expect(c.note).toContain('linear miles');
  });
});
