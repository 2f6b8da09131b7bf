import type { Figure } from '../extract/figures.js';
import { formatNormalized } from '../extract/units.js';
import type { FigureView } from './answer.js';
import { commonAmount } from './common-amount.js';

/** Who a figure is credited to, in words: "Ukraine's Ministry of Defence, as cited by The Daily Mail". */
function claimantText(f: Figure): string | undefined {
  if (!f.claimant) return f.citedBy ? `as cited by ${f.citedBy}` : undefined;
  return f.citedBy ? `${f.claimant}, as cited by ${f.citedBy}` : f.claimant;
}

/** A problem found by checking the figure, in plain words. */
function warningText(f: Figure): string | undefined {
  if (!f.conversion || f.conversion.ok) return undefined;
  return `conversion does not hold: ${f.conversion.note}`;
}

// Views and phrases are pure functions of a figure; figures are immutable, so compute each once.
const views = new WeakMap<Figure, FigureView>();
const phrases = new WeakMap<Figure, string>();

/** The figure as data for surfaces. */
export function figureView(f: Figure): FigureView {
  let v = views.get(f);
  if (!v) views.set(f, (v = makeView(f)));
  return v;
}

function makeView(f: Figure): FigureView {
  const claimant = claimantText(f);
  const normalized = f.normalized ? formatNormalized(f.normalized) : undefined;
  const warning = warningText(f);
  const amount = commonAmount(f);
  return {
    figureId: f.id,
    articleId: f.articleId,
    outlet: f.outlet,
    text: f.text,
    measure: f.measure || f.topic,
    topic: f.topic,
    ...(claimant ? { claimant } : {}),
    ...(f.span ? { span: f.span } : {}),
    ...(normalized ? { normalized } : {}),
    ...(amount ? { amount } : {}),
    ...(warning ? { warning } : {}),
  };
}

/** "more than 600 square miles (territory liberated; ≈ 1,554 km² / 600 sq mi; the UK Ministry of the Defense, as cited by The Daily Mail)" */
export function figurePhrase(f: Figure): string {
  let p = phrases.get(f);
  if (!p) phrases.set(f, (p = makePhrase(f)));
  return p;
}

function makePhrase(f: Figure): string {
  const v = figureView(f);
  // "13,500 units of military equipment" already says what it measures.
  const measure = f.text.toLowerCase().includes(v.measure.toLowerCase()) ? undefined : v.measure;
  const parts = [measure, v.span, v.normalized, v.claimant ? `according to ${v.claimant}` : undefined].filter(Boolean);
  const warning = v.warning ? ` ⚠ ${v.warning}` : '';
  return `${f.text}${parts.length ? ` (${parts.join('; ')})` : ''}${warning}`;
}

/** One detail line: "BeyondNews: 13,500 units of military equipment (...)". */
export function figureLine(f: Figure): string {
  return `${f.outlet}: ${figurePhrase(f)}`;
}
