import type { Answer } from '../answer/answer.js';
import type { ChartOptions } from './chart-options.js';
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

/** Draws the answer's chart, or resolves undefined when it has none. Loads the charting libraries on first use. */
export async function drawChart(answer: Answer, options: ChartOptions = {}): Promise<ChartImage | undefined> {
  if (!answer.found || !hasComparisonChart(answer.comparison)) return undefined;
  const { renderPng } = await import('./render-png.js');
  const image = await renderPng(comparisonSpec(answer.comparison, options), options);
  return { ...image, alt: comparisonAltText(answer.comparison), fileName: CHART_FILE_NAME };
}
