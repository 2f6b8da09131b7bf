import type { ComparisonView, FigureView } from '../answer/answer.js';
import { MAX_BARS } from './chart-options.js';

/** One bar: one outlet's figure, as a number in the chart's common unit, with what the label says about it. */
export interface ComparisonBar {
  /** Unique per bar: two outlets may print the same words, and each still gets its own bar. */
  key: string;
  outlet: string;
  /** The figure as the outlet wrote it: "more than 600 square miles". */
  written: string;
  claimant?: string;
  span?: string;
  /** The figure in {@link ComparisonBars.unit}. */
  value: number;
  /** Set when the outlet printed a conversion that does not hold. */
  warning?: string;
}

export interface ComparisonBars {
  topic: string;
  /** The common unit of every bar: "km²", "km", a currency or time label, "" for plain counts. */
  unit: string;
  /** What a plain count counts ("units of military equipment"), for the axis title when `unit` is "". */
  measure: string;
  bars: ComparisonBar[];
  /** Figures left out: no number to plot ("twice the area of Greater London"), or another unit than the bars'. */
  unplotted: FigureView[];
  /** Bars left out past {@link MAX_BARS}. */
  cut: number;
}

/**
 * A comparison's figures as bars in one unit. Figures come in several units when outlets measure a topic several
 * ways; the unit most figures share is charted and the rest are listed as not charted, never mixed on one axis.
 */
export function comparisonBars(view: ComparisonView): ComparisonBars {
  const figures = view.rows.flatMap((r) => r.figures);
  const units = new Map<string, number>();
  for (const f of figures) if (f.amount) units.set(f.amount.unit, (units.get(f.amount.unit) ?? 0) + 1);
  // Ties go to the unit met first, so the chart follows the answer's own order.
  const unit =
    [...units].reduce<[string, number] | undefined>(
      (best, u) => (!best || u[1] > best[1] ? u : best),
      undefined,
    )?.[0] ?? '';
  const plotted = figures.filter(
    (f) => f.amount && f.amount.unit === unit && Number.isFinite(f.amount.value) && f.amount.value >= 0,
  );
  const seen = new Set<string>();
  const bars = plotted.slice(0, MAX_BARS).map((f): ComparisonBar => ({
    key: uniqueKey(`${f.outlet}: ${f.text}`, seen),
    outlet: f.outlet,
    written: f.text,
    ...(f.claimant ? { claimant: f.claimant } : {}),
    ...(f.span ? { span: f.span } : {}),
    value: f.amount!.value,
    ...(f.warning ? { warning: f.warning } : {}),
  }));
  return {
    topic: view.topic,
    unit,
    measure: plotted[0]?.measure ?? view.topic,
    bars,
    unplotted: figures.filter((f) => !plotted.includes(f)),
    cut: plotted.length - bars.length,
  };
}

/** Whether a comparison is worth a picture: at least two figures side by side in one unit. */
export function hasComparisonChart(view: ComparisonView | undefined): view is ComparisonView {
  return view !== undefined && comparisonBars(view).bars.length >= 2;
}

function uniqueKey(base: string, seen: Set<string>): string {
  let key = base;
  for (let n = 2; seen.has(key); n++) key = `${base} (${n})`;
  seen.add(key);
  return key;
}
