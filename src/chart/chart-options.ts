/** How charts are drawn; every field is optional, defaults in {@link CHART_DEFAULTS}. */
export interface ChartOptions {
  /** Width of the plotting area in CSS pixels (the bars; the label column is added to it). */
  plotWidth?: number;
  /** Width of the column of labels left of the bars: outlet, figure as written, claimant and span. */
  labelWidth?: number;
  /** Height of one bar's row; its four lines of label must fit in it. */
  rowHeight?: number;
  /** Pixel density of the PNG: 2 draws every CSS pixel as 2×2, sharp on high-density screens and when zoomed. */
  scale?: number;
  /**
   * Font files to draw text with, and their family name. Default: a sans-serif found among the system's fonts,
   * else the DejaVu Sans shipped in the `dejavu-fonts-ttf` package (see fonts.ts).
   */
  font?: { family: string; files: readonly string[] };
  /**
   * Keep drawn charts for the same figures (default true). A chart is a pure function of its figures, and drawing
   * one holds the event loop for 100 ms or more, so a comparison asked again is served from memory.
   */
  cache?: boolean;
}

export const CHART_DEFAULTS = {
  plotWidth: 380,
  labelWidth: 330,
  rowHeight: 60,
  scale: 2,
} as const;

/** How many drawn charts are kept (each ~50–150 KB of PNG): a story has a handful of comparable topics. */
export const CHART_CACHE_SIZE = 32;

/** Most bars a chart draws: past this a bar chart stops being readable in a chat window. */
export const MAX_BARS = 16;

/** The palette: the found colour of the Discord embed for figures, red for a conversion that does not hold. */
export const CHART_COLORS = {
  figure: '#3b82f6',
  wrongConversion: '#dc2626',
  text: '#0f172a',
  muted: '#64748b',
} as const;
