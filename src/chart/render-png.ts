import type { TopLevelSpec } from 'vega-lite';
import { StoryBotError } from '../errors.js';
import { CHART_DEFAULTS, type ChartOptions } from './chart-options.js';
import { chartFont } from './fonts.js';

/** White space kept around what was drawn, in CSS pixels. */
const MARGIN = 16;

/** A rendered chart. */
export interface PngImage {
  png: Buffer;
  /** Pixel size of the PNG (CSS size times the scale). */
  width: number;
  height: number;
}

/**
 * Draws a Vega-Lite spec as a PNG: Vega-Lite compiles it to Vega, Vega lays it out and renders SVG headless, resvg
 * rasterises the SVG with a font found on the machine. The three libraries (~0.5 s to load) are imported here, on
 * the first chart drawn, so asking questions and starting the bot never pay for them. Surfaces go through
 * drawChart, which runs this on the chart thread (render-thread.ts) so the bot's event loop is never held.
 */
export async function renderPng(spec: TopLevelSpec, options: ChartOptions = {}): Promise<PngImage> {
  const [{ compile }, vega, { Resvg }] = await Promise.all([
    import('vega-lite'),
    import('vega'),
    import('@resvg/resvg-js'),
  ]);
  const font = options.font ?? chartFont();
  let svg: string;
  try {
    const compiled = compile({ ...spec, config: { ...spec.config, font: font.family } } as TopLevelSpec).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
      svg = await view.toSVG();
    } finally {
      view.finalize();
    }
  } catch (err) {
    throw new StoryBotError(
      'CHART_FAILED',
      `could not lay out the chart: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  try {
    const resvg = new Resvg(svg, {
      // Only the chosen files: scanning every system font costs more than drawing the chart.
      font: { fontFiles: [...font.files], loadSystemFonts: false, defaultFontFamily: font.family },
      fitTo: { mode: 'zoom', value: options.scale ?? CHART_DEFAULTS.scale },
      background: 'white',
    });
    // Headless Vega has no canvas to measure text, so it guesses widths generously and leaves blank margins; resvg
    // knows the real glyphs, so the picture is cut to what was drawn, plus a margin.
    const drawn = resvg.getBBox();
    if (drawn) {
      drawn.x -= MARGIN;
      drawn.y -= MARGIN;
      drawn.width += 2 * MARGIN;
      drawn.height += 2 * MARGIN;
      resvg.cropByBBox(drawn);
    }
    const image = resvg.render();
    return { png: image.asPng(), width: image.width, height: image.height };
  } catch (err) {
    throw new StoryBotError(
      'CHART_FAILED',
      `could not rasterise the chart: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
