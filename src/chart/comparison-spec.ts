import type { TopLevelSpec } from 'vega-lite';
import type { ComparisonView } from '../answer/answer.js';
import { fmt } from '../extract/units.js';
import { CHART_COLORS, CHART_DEFAULTS, type ChartOptions } from './chart-options.js';
import { comparisonBars, type ComparisonBar, type ComparisonBars } from './comparison-bars.js';

/** The colour legend's two entries. */
const AS_REPORTED = 'Figure as reported, converted';
const WRONG = "The outlet's own conversion does not hold";
/** Characters per label line (outlet, figure, claimant, span): the column is fixed, so long ones are cut to fit. */
const LABEL_CHARS = { outlet: 40, written: 50, context: 60 } as const;
/** Characters per subtitle line, and how many lines the not-charted list may take. */
const SUBTITLE_CHARS = 110;
const NOT_CHARTED_LINES = 2;
/** Rough width of one character at the value labels' size, to leave them room right of the longest bar. */
const VALUE_CHAR_PX = 6.6;

/** A row of the chart's data: what every mark reads. */
interface Row {
  key: string;
  outlet: string;
  written: string;
  claimant: string;
  span: string;
  value: number;
  valueLabel: string;
  status: string;
}

/**
 * The Vega-Lite spec of a comparison: one horizontal bar per outlet's figure in one unit, each labelled with the
 * figure as the outlet wrote it, who it credits and the span it covers; a conversion that does not hold is drawn
 * red and says so. Pure: no charting library is loaded to build it.
 */
export function comparisonSpec(view: ComparisonView, options: ChartOptions = {}): TopLevelSpec {
  const plotWidth = options.plotWidth ?? CHART_DEFAULTS.plotWidth;
  const labelWidth = options.labelWidth ?? CHART_DEFAULTS.labelWidth;
  const rowHeight = options.rowHeight ?? CHART_DEFAULTS.rowHeight;
  const chart = comparisonBars(view);
  const rows = chart.bars.map((b) => row(b, chart.unit));
  const y = { field: 'key', type: 'nominal' as const, sort: null, axis: null };
  const label = (field: keyof Row, dy: number, extra: Record<string, unknown>) => ({
    mark: { type: 'text' as const, align: 'right' as const, baseline: 'middle' as const, dy, ...extra },
    encoding: { x: { value: labelWidth }, text: { field } },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // No background rect: the rasteriser paints white, and a rect would hide where drawing ends (see render-png.ts).
    background: 'transparent',
    padding: 16,
    title: {
      text: `${capitalise(chart.topic)}: the outlets' figures side by side`,
      subtitle: subtitle(chart),
      anchor: 'start',
      fontSize: 15,
      subtitleFontSize: 11,
      subtitleColor: CHART_COLORS.muted,
      subtitlePadding: 6,
      offset: 12,
    },
    data: { values: rows },
    spacing: 8,
    hconcat: [
      {
        width: labelWidth,
        height: { step: rowHeight },
        encoding: { y },
        layer: [
          label('outlet', -20, { fontSize: 12, fontWeight: 'bold', color: CHART_COLORS.text }),
          label('written', -6, { fontSize: 11, color: CHART_COLORS.text }),
          label('claimant', 8, { fontSize: 10, color: CHART_COLORS.muted }),
          label('span', 21, { fontSize: 10, color: CHART_COLORS.muted }),
        ],
      },
      {
        width: plotWidth,
        height: { step: rowHeight },
        encoding: { y },
        layer: [
          {
            mark: { type: 'bar', height: { band: 0.55 } },
            encoding: {
              x: {
                field: 'value',
                type: 'quantitative',
                title: axisTitle(chart),
                scale: { domain: [0, domainMax(rows, plotWidth)], nice: false },
                axis: { format: ',~r', tickCount: 5, grid: true },
              },
              color: {
                field: 'status',
                type: 'nominal',
                scale: { domain: [AS_REPORTED, WRONG], range: [CHART_COLORS.figure, CHART_COLORS.wrongConversion] },
                // A legend only where there is red to explain.
                legend: rows.some((r) => r.status === WRONG)
                  ? { orient: 'bottom', title: null, direction: 'horizontal', labelLimit: 400 }
                  : null,
              },
            },
          },
          {
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: 11 },
            encoding: {
              x: { field: 'value', type: 'quantitative' },
              text: { field: 'valueLabel' },
              color: {
                condition: {
                  test: `datum.status === '${WRONG.replace(/'/g, "\\'")}'`,
                  value: CHART_COLORS.wrongConversion,
                },
                value: CHART_COLORS.text,
              },
            },
          },
        ],
      },
    ],
    resolve: { scale: { y: 'shared' } },
    config: { view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11, titleColor: CHART_COLORS.muted } },
  };
}

/** A short description of the chart for screen readers and for where the image cannot be shown. */
export function comparisonAltText(view: ComparisonView): string {
  const chart = comparisonBars(view);
  const bars = chart.bars.map(
    (b) =>
      `${b.outlet}, ${b.written}: ${valueText(b.value, chart.unit)}${b.warning ? ' (its conversion does not hold)' : ''}`,
  );
  return `Bar chart of ${chart.topic}, ${unitWords(chart)}: ${bars.join('; ')}.`;
}

function row(b: ComparisonBar, unit: string): Row {
  return {
    key: b.key,
    outlet: cut(b.outlet, LABEL_CHARS.outlet),
    written: cut(quoted(b.written), LABEL_CHARS.written),
    claimant: cut(b.claimant ? `according to ${b.claimant}` : 'no source named', LABEL_CHARS.context),
    span: cut(b.span ?? 'no time span given', LABEL_CHARS.context),
    value: b.value,
    valueLabel: `${valueText(b.value, unit)}${b.warning ? '  ⚠ conversion wrong' : ''}`,
    status: b.warning ? WRONG : AS_REPORTED,
  };
}

/** The domain's top: far enough right that every value label fits beside its bar, and the longest bar ends at 80%. */
function domainMax(rows: readonly Row[], plotWidth: number): number {
  const max = Math.max(...rows.map((r) => r.value), 0);
  if (max === 0) return 1;
  const fit = rows.map((r) => {
    const room = plotWidth - (r.valueLabel.length * VALUE_CHAR_PX + 8);
    return room > plotWidth * 0.2 ? (r.value * plotWidth) / room : r.value * 5;
  });
  return Math.max(max / 0.8, ...fit);
}

function subtitle(chart: ComparisonBars): string[] {
  const lines: string[] = [];
  const values = chart.bars.map((b) => b.value);
  const low = chart.bars[values.indexOf(Math.min(...values))];
  const high = chart.bars[values.indexOf(Math.max(...values))];
  const spread =
    low && high && low.value > 0 && high !== low
      ? ` Lowest ${valueText(low.value, chart.unit)} (${low.outlet}), highest ${valueText(high.value, chart.unit)} (${high.outlet}): ${fmt(high.value / low.value)} times as much.`
      : '';
  lines.push(`One bar per figure, ${unitWords(chart)}.${spread}`);
  const left = chart.unplotted.map((f) => `${quoted(f.text)} (${f.outlet})`);
  if (chart.cut) left.push(`${chart.cut} more`);
  if (left.length) lines.push(...wrap(`Not charted: ${left.join('; ')}.`, SUBTITLE_CHARS, NOT_CHARTED_LINES));
  return lines;
}

function axisTitle(chart: ComparisonBars): string {
  return chart.unit ? `${chart.unit} (each figure converted)` : chart.measure;
}

function unitWords(chart: ComparisonBars): string {
  return chart.unit ? `in ${chart.unit}` : `counting ${chart.measure}`;
}

function valueText(value: number, unit: string): string {
  if (!unit) return fmt(value);
  return /^[£$€₴]$/.test(unit) ? `${unit}${fmt(value)}` : `≈ ${fmt(value)} ${unit}`;
}

/** In curly quotes, unless the figure carries its own (“Greater London”), where more would only confuse. */
function quoted(text: string): string {
  return /[“”"]/.test(text) ? text : `“${text}”`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Shortens to `max` characters with an ellipsis, at a word boundary when one is near. */
function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, space > max * 0.7 ? space : max - 1).trimEnd()}…`;
}

/** Greedy word wrap into at most `lines` lines; the last one ends in an ellipsis when text is left over. */
function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  return [...out.slice(0, lines - 1), cut(`${out.slice(lines - 1).join(' ')}`, width - 1).replace(/…?$/, '…')];
}
