export { drawChart, hasChart, CHART_FILE_NAME } from './comparison-chart.js';
export type { ChartImage } from './comparison-chart.js';
export { comparisonSpec, comparisonAltText } from './comparison-spec.js';
export { comparisonBars, hasComparisonChart } from './comparison-bars.js';
export type { ComparisonBar, ComparisonBars } from './comparison-bars.js';
export type { ChartOptions } from './chart-options.js';
export { CHART_DEFAULTS } from './chart-options.js';
