import type { CleanArticle } from '../corpus/article.js';
import type { Figure } from '../extract/figures.js';
import { fmt } from '../extract/units.js';
import type { ComparisonView } from './answer.js';
import { commonAmount } from './common-amount.js';
import { figureView } from './figure-views.js';

// Figures within this ratio of each other are taken to agree (outlets round and hedge).
const AGREE_RATIO = 1.1;

interface Point {
  figure: Figure;
  /** In the group's common unit: km² for areas, km for distances, the plain count otherwise. */
  value: number;
}

/** Compares one topic's figures across outlets: one row per outlet that reports it, and a verdict. */
export function compareFigures(topic: string, figures: readonly Figure[], articles: readonly CleanArticle[]): ComparisonView {
  const rows = articles
    .map((a) => ({ articleId: a.id, outlet: a.name, figures: figures.filter((f) => f.articleId === a.id).map(figureView) }))
    .filter((r) => r.figures.length);
  const { verdict, agree } = verdictOf(figures);
  return { topic, rows, verdict, agree };
}

/** Whether two figures or more of these are numbers in one unit, so that a verdict on them says more than "too few". */
export function comparable(figures: readonly Figure[]): boolean {
  return figures.filter((f) => pointOf(f) !== undefined).length >= 2;
}

function pointOf(f: Figure): Point | undefined {
  const amount = commonAmount(f);
  return amount ? { figure: f, value: amount.value } : undefined;
}

function show(p: Point): string {
  const f = p.figure;
  const n = f.normalized;
  const unit = n?.km2 !== undefined ? ` (≈ ${fmt(n.km2)} km² / ${fmt(n.sqmi!)} sq mi)` : n?.km !== undefined ? ` (≈ ${fmt(n.km)} km / ${fmt(n.mi!)} mi)` : '';
  return `${f.text}${unit}, ${f.outlet}`;
}

function verdictOf(figures: readonly Figure[]): { verdict: string; agree: boolean } {
  const points = figures.map(pointOf).filter((p): p is Point => p !== undefined);
  const outlets = new Set(figures.map((f) => f.articleId));
  const notes: string[] = [];
  const wordOnly = figures.filter((f) => f.kind === 'comparison');
  if (wordOnly.length) notes.push(`Given without a number: ${wordOnly.map((f) => `"${f.text}" (${f.outlet})`).join(', ')}.`);
  const spans = [...new Set(figures.filter((f) => f.span).map((f) => `${f.span} (${f.outlet})`))];
  if (spans.length) notes.push(`Spans differ or are unstated: ${spans.join(', ')}.`);
  const bad = figures.filter((f) => f.conversion && !f.conversion.ok);
  for (const f of bad) notes.push(`${f.outlet}'s conversion is wrong: ${f.conversion!.note}.`);
  if (points.length < 2) {
    const only = outlets.size < 2 ? 'Only one outlet reports a figure on this.' : 'Too few numeric figures to compare.';
    return { verdict: [only, ...notes].join(' '), agree: outlets.size < 2 };
  }
  const sorted = [...points].sort((a, b) => a.value - b.value);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  const ratio = high.value / low.value;
  const agree = ratio <= AGREE_RATIO;
  const head = agree
    ? `The figures agree (within ${Math.round((ratio - 1) * 100)}%): from ${show(low)} to ${show(high)}.`
    : `The outlets disagree: figures range from ${show(low)} to ${show(high)}, ${ratio >= 2 ? `${fmt(ratio)} times as much` : `${Math.round((ratio - 1) * 100)}% more`}.`;
  return { verdict: [head, ...notes].join(' '), agree };
}
