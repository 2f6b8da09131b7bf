import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { articleOf, loadStory } from './seed-corpus.js';

const story = loadStory('corpus');
const GERMAN = 'kremlin soldiers flee on bicycles';
const INSIDER = 'putin should be shaking';
const BEYOND = 'thrusts for russian border';
const STAR = 'as ukraine took land back';
const SUN = 'abandon huge quantities';

const figure = (article: string, text: string) => {
  const f = story.of(article).find((x) => x.text === text);
  if (!f) throw new Error(`${article} has no figure "${text}"; it has ${story.of(article).map((x) => x.text).join(' | ')}`);
  return f;
};

describe('the figures of the bundled story', () => {
  it('BeyondNews: equipment lost, troops trapped, and the territory the UK Ministry of Defence gave, as cited by the Daily Mail', () => {
    expect(figure(BEYOND, '13,500 units of military equipment')).toMatchObject({ value: 13500, kind: 'equipment', topic: 'equipment lost', measure: 'units of military equipment', outlet: 'BeyondNews' });
    expect(figure(BEYOND, 'some 20,000 – 30,000 Russian troops')).toMatchObject({
      value: 20000, low: 20000, high: 30000, hedge: 'some', kind: 'people', topic: 'troops trapped',
      measure: expect.stringContaining('Russian troops trapped on the western bank of the large Dnipro'),
    });
    expect(figure(BEYOND, 'more than 600 square miles')).toMatchObject({
      value: 600, unit: 'sqmi', hedge: 'more than', kind: 'area', topic: 'territory retaken',
      claimant: 'the UK Ministry of the Defense', citedBy: 'The Daily Mail', normalized: { sqmi: 600, km2: 1554 },
    });
    expect(figure(BEYOND, 'twice the area of “Greater London”')).toMatchObject({ kind: 'comparison', value: 2, reference: 'Greater London', topic: 'territory retaken', claimant: 'the UK Ministry of the Defense' });
  });

  it('Insider: around 1,250 sq mi (2,000 km²) credited to Zelenskyy, a conversion that does not hold', () => {
    const f = figure(INSIDER, 'around 1,250 square miles (2,000 square kilometers)');
    expect(f).toMatchObject({ value: 1250, unit: 'sqmi', hedge: 'around', topic: 'territory retaken', claimant: 'Ukrainian President Volodymyr Zelenskyy' });
    expect(f.conversion).toMatchObject({ ok: false, expected: [3237, 772] });
    expect(f.conversion!.note).toMatch(/linear miles/);
    expect(figure(INSIDER, '37 miles')).toMatchObject({ kind: 'distance', unit: 'mi', topic: 'distance', measure: 'Zaliznychne east of Kharkiv', normalized: { km: 59.5, mi: 37 } });
    expect(figure(INSIDER, '2014')).toMatchObject({ kind: 'date', rank: 0 });
    const vague = figure(INSIDER, 'hundreds of square miles');
    expect(vague).toMatchObject({ kind: 'area', topic: 'territory retaken', low: 200 });
    expect(vague.value).toBeUndefined();
  });

  it('Daily Star: 2,300 sq mi in the past fortnight, 6,000 km² (2,317 sq mi) this month, 53,000 soldiers, three times the size of Wales', () => {
    expect(figure(STAR, '2,300 square miles')).toMatchObject({ value: 2300, unit: 'sqmi', span: 'in the past fortnight', topic: 'territory retaken' });
    const sixK = figure(STAR, 'more than 6,000sqkm (2,317sqmi)');
    expect(sixK).toMatchObject({ value: 6000, unit: 'km2', span: 'this month', claimant: 'Volodymyr Zelensky', conversion: { ok: true } });
    expect(figure(STAR, '53,000 soldiers')).toMatchObject({ value: 53000, kind: 'people', topic: 'troops lost', claimant: "Ukraine's Ministry of Defence", span: 'since the invasion' });
    expect(figure(STAR, 'three times the size of Wales')).toMatchObject({ kind: 'comparison', value: 3, reference: 'Wales', topic: 'territory retaken' });
  });

  it('The Sun: nearly 1600 sq mi over the last two days, 50 miles from the border, nine million in darkness; ages rank last', () => {
    expect(figure(SUN, 'nearly 1600 square miles')).toMatchObject({ value: 1600, hedge: 'nearly', span: 'over the last two days', claimant: 'Ukraine', topic: 'territory retaken' });
    expect(figure(SUN, '50 miles')).toMatchObject({ kind: 'distance', measure: 'distance from the Russian border' });
    expect(figure(SUN, 'nine million')).toMatchObject({ value: 9_000_000, topic: 'people without power', rank: 3 });
    expect(figure(SUN, '25-year-old')).toMatchObject({ kind: 'age', rank: 0 });
    expect(figure(SUN, 'six-month-old')).toMatchObject({ kind: 'age', rank: 0 });
    // "two days" is the span of the 1600, not a figure of its own.
    expect(story.of(SUN).some((f) => f.text === 'two days')).toBe(false);
  });

  it('the German outlet: Izyum 140 km southeast of Kharkiv, credited to no one (the "Kuzan said" credits a quotation)', () => {
    const f = figure(GERMAN, '140 kilometers');
    expect(f).toMatchObject({ value: 140, unit: 'km', kind: 'distance', measure: 'Izyum southeast of Kharkiv', normalized: { km: 140, mi: 87 } });
    expect(f.claimant).toBeUndefined();
  });

  it('ids are unique across the corpus and every figure quotes its sentence verbatim from its paragraph', () => {
    expect(new Set(story.figures.map((f) => f.id)).size).toBe(story.figures.length);
    for (const f of story.figures) {
      const article = story.articles.find((a) => a.id === f.articleId)!;
      expect(article.paragraphs[f.paragraph]).toContain(f.sentence);
      expect(f.sentence).toContain(f.text.replace(/[”"]$/, ''));
    }
  });

  it('figures are plain JSON', () => {
    expect(JSON.parse(JSON.stringify(story.figures))).toEqual(story.figures);
  });

  it('extracts the Daily Star READ MORE money line when it is present: dropping junk is the cleaner’s job', () => {
    const [f] = extractFigures(articleOf(["READ MORE: Russia loses nearly £1bn of military gear in Ukraine's three-week offensive"]));
    expect(f).toMatchObject({ text: 'nearly £1bn', value: 1e9, unit: 'GBP', kind: 'money', hedge: 'nearly', measure: 'military gear' });
  });
});
