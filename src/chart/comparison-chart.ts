import type { Answer } from '../answer/answer.js';
import { CHART_CACHE_SIZE, type ChartOptions } from './chart-options.js';
import { hasComparisonChart } from './comparison-bars.js';
import { comparisonAltText, comparisonSpec } from './comparison-spec.js';

/** A chart an answer comes with, drawn to PNG by {@link drawChart}. */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
  /** What the chart shows, in words: the image's alt text and description. */
  alt: string;
  /** The attachment's name on every platform ("chart.png"). */
  fileName: string;
}

/** The name charts are attached under; Discord's embed points at it as `attachment://chart.png`. */
export const CHART_FILE_NAME = 'chart.png';

/**
 * Whether the answer comes with a chart: a comparison of at least two figures in one unit. Cheap and library
 * free, so a surface can decide without loading anything.
 */
export function hasChart(answer: Answer): boolean {
  return answer.found && hasComparisonChart(answer.comparison);
}

/** Charts drawn, by what they were drawn from; promises, so questions arriving together share one drawing. */
const drawn = new Map<string, Promise<ChartImage>>();

/**
 * Draws the answer's chart, or resolves undefined when it has none. Loads the charting libraries on first use;
 * the same chart asked for again comes from memory (see {@link ChartOptions.cache}).
 */
export async function drawChart(answer: Answer, options: ChartOptions = {}): Promise<ChartImage | undefined> {
  if (!answer.found || !hasComparisonChart(answer.comparison)) return undefined;
  const view = answer.comparison;
  const spec = comparisonSpec(view, options);
  const draw = async (): Promise<ChartImage> => {
    const { renderOffThread } = await import('./render-thread.js');
    const image = await renderOffThread(spec, options);
    return { ...image, alt: comparisonAltText(view), fileName: CHART_FILE_NAME };
  };
  if (options.cache === false) return draw();
  const key = JSON.stringify([spec, options.scale, options.font]);
  let chart = drawn.get(key);
  if (!chart) {
    chart = draw();
    drawn.set(key, chart);
    // A failed drawing is not kept: the next request tries again.
    chart.catch(() => drawn.delete(key));
    if (drawn.size > CHART_CACHE_SIZE) drawn.delete(drawn.keys().next().value!);
  } else {
    // Most recently used last, so the oldest unused chart is the one dropped.
    drawn.delete(key);
    drawn.set(key, chart);
  }
  return chart;
}
