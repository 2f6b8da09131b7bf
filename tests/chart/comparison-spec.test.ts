// The chart of a comparison, as a specification: which figures become bars, what each bar says, and what is
// left out and why. Built from hand-made views, so nothing here depends on the bundled corpus.
import { describe, expect, it } from 'vitest';
import type { ComparisonView, FigureView } from '../../src/index.js';
import { comparisonAltText, comparisonBars, comparisonSpec, hasComparisonChart } from '../../src/chart/index.js';

let n = 0;
function figure(
  outlet: string,
  text: string,
  amount: FigureView['amount'],
  extra: Partial<FigureView> = {},
): FigureView {
  n += 1;
  return {
    figureId: `a${n}:f1`,
    articleId: `a${n}`,
    outlet,
    text,
    measure: 'area flooded',
    topic: 'area flooded',
    ...(amount ? { amount } : {}),
    ...extra,
  };
}

function view(figures: FigureView[]): ComparisonView {
  const outlets = [...new Set(figures.map((f) => f.outlet))];
  return {
    topic: 'area flooded',
    rows: outlets.map((o) => ({ articleId: o, outlet: o, figures: figures.filter((f) => f.outlet === o) })),
    verdict: '',
    agree: false,
  };
}

/** The chart's data rows, as every mark reads them. */
function rows(v: ComparisonView): Record<string, unknown>[] {
  return (comparisonSpec(v) as { data: { values: Record<string, unknown>[] } }).data.values;
}

const flood = view([
  figure(
    'Ledger',
    'about 40 square miles',
    { value: 103.6, unit: 'km²' },
    { claimant: 'the county engineer', span: 'since Tuesday' },
  ),
  figure('Gazette', 'more than 120 km²', { value: 120, unit: 'km²' }),
  figure(
    'Courier',
    '50 square miles (60 square kilometres)',
    { value: 129.5, unit: 'km²' },
    {
      warning: 'conversion does not hold: 60 km² is about 23 sq mi',
    },
  ),
  figure('Courier', 'an area the size of Lake Geneva', undefined),
]);

describe('a comparison chart', () => {
  it('draws one bar per figure with a number, in the common unit, in the answer’s order', () => {
    expect(rows(flood).map((r) => [r.outlet, r.value])).toEqual([
      ['Ledger', 103.6],
      ['Gazette', 120],
      ['Courier', 129.5],
    ]);
  });

  it('labels each bar with the figure as written, its claimant and its span, saying so when they are missing', () => {
    const [ledger, gazette] = rows(flood);
    expect(ledger.written).toBe('“about 40 square miles”');
    expect([ledger.claimant, ledger.span]).toEqual(['according to the county engineer', 'since Tuesday']);
    expect([gazette.claimant, gazette.span]).toEqual(['no source named', 'no time span given']);
    expect(ledger.valueLabel).toBe('≈ 104 km²');
  });

  it('marks a conversion that does not hold, in colour and in words', () => {
    const courier = rows(flood)[2];
    expect(courier.status).toMatch(/conversion does not hold/);
    expect(courier.valueLabel).toMatch(/⚠ conversion wrong$/);
    expect(rows(flood)[0].status).not.toBe(courier.status);
    const spec = JSON.stringify(comparisonSpec(flood));
    expect(spec).toContain('#dc2626');
    expect(spec).toContain('"legend":{"orient":"bottom"');
    const allFine = view([
      figure('A', '3 km', { value: 3, unit: 'km' }),
      figure('B', '4 km', { value: 4, unit: 'km' }),
    ]);
    expect(JSON.stringify(comparisonSpec(allFine))).toContain('"legend":null');
  });

  it('names what it could not chart, and the spread of what it did', () => {
    const subtitle = (comparisonSpec(flood) as { title: { subtitle: string[] } }).title.subtitle.join(' ');
    expect(subtitle).toContain('in km²');
    expect(subtitle).toContain('Not charted: “an area the size of Lake Geneva” (Courier)');
    expect(subtitle).toMatch(/Lowest ≈ 104 km² \(Ledger\), highest ≈ 130 km² \(Courier\)/);
  });

  it('never puts two units on one axis: the unit most figures share is charted, the others listed', () => {
    const mixed = view([
      figure('A', '3,000 troops', { value: 3000, unit: '' }),
      figure('B', '20 km²', { value: 20, unit: 'km²' }),
      figure('C', 'some 2,500 soldiers', { value: 2500, unit: '' }),
    ]);
    const bars = comparisonBars(mixed);
    expect(bars.unit).toBe('');
    expect(bars.bars.map((b) => b.outlet)).toEqual(['A', 'C']);
    expect(bars.unplotted.map((f) => f.outlet)).toEqual(['B']);
  });

  it('gives two outlets printing the same words a bar each', () => {
    const same = view([
      figure('A', '2,000 troops', { value: 2000, unit: '' }),
      figure('B', '2,000 troops', { value: 2000, unit: '' }),
    ]);
    const keys = rows(same).map((r) => r.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('is only drawn when there are two numbers to compare', () => {
    expect(hasComparisonChart(flood)).toBe(true);
    expect(hasComparisonChart(view([figure('A', '2,000 troops', { value: 2000, unit: '' })]))).toBe(false);
    expect(hasComparisonChart(view([figure('A', 'hundreds', undefined), figure('B', 'dozens', undefined)]))).toBe(
      false,
    );
    expect(hasComparisonChart(undefined)).toBe(false);
  });

  it('cuts long labels to the label column and keeps odd text as text', () => {
    const odd = view([
      figure(
        '<script>alert(1)</script> & Co',
        `${'very '.repeat(40)}long figure`,
        { value: 1, unit: 'km' },
        { claimant: '@everyone\nand __proto__' },
      ),
      figure('constructor', '2 km', { value: 2, unit: 'km' }),
    ]);
    const [first] = rows(odd);
    expect(String(first.written).length).toBeLessThanOrEqual(50);
    expect(String(first.written)).toMatch(/…$/);
    expect(first.claimant).toBe('according to @everyone and __proto__');
  });

  it('describes itself in words for alt text', () => {
    expect(comparisonAltText(flood)).toBe(
      'Bar chart of area flooded, in km²: Ledger, about 40 square miles: ≈ 104 km²; Gazette, more than 120 km²: ≈ 120 km²; ' +
        'Courier, 50 square miles (60 square kilometres): ≈ 130 km² (its conversion does not hold).',
    );
  });
});
