// Drawing charts for real: PNGs a chat shows, text drawn with a font found without the network, and the charting
// libraries loaded only when a chart is drawn.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChartFont } from '../../src/chart/fonts.js';
import { renderPng } from '../../src/chart/render-png.js';
import { comparisonSpec } from '../../src/chart/index.js';
import { drawChart, hasChart, StoryBot, type ComparisonView } from '../../src/index.js';
import { pngSize } from './png.js';

const bot = StoryBot.open({ corpusDir: 'corpus' });
const comparison = bot.answer({ intent: 'compare', topic: 'territory retaken' }, 'compare territory retaken');

function bars(count: number): ComparisonView {
  const rows = Array.from({ length: count }, (_, i) => ({
    articleId: `a${i}`,
    outlet: `Outlet ${i}`,
    figures: [
      {
        figureId: `a${i}:f1`,
        articleId: `a${i}`,
        outlet: `Outlet ${i}`,
        text: `${(i + 1) * 10} km`,
        measure: 'distance',
        amount: { value: (i + 1) * 10, unit: 'km' },
      },
    ],
  }));
  return { topic: 'distance', rows, verdict: '', agree: false };
}

describe('drawing a chart', () => {
  it('draws the comparison of the bundled story as a PNG of a size a chat shows', async () => {
    expect(hasChart(comparison)).toBe(true);
    const chart = (await drawChart(comparison))!;
    const size = pngSize(chart.png);
    expect(size).toEqual({ width: chart.width, height: chart.height });
    expect(size.width).toBeGreaterThan(800);
    expect(size.width).toBeLessThan(4000);
    expect(size.height).toBeGreaterThan(300);
    expect(chart.png.length).toBeLessThan(1024 * 1024);
    expect(chart.fileName).toBe('chart.png');
  });

  it('is drawn on its own thread, pixel for pixel as in this one', async () => {
    const offThread = (await drawChart(comparison, { cache: false }))!;
    const here = await renderPng(comparisonSpec(comparison.comparison!));
    expect(offThread.png.equals(here.png)).toBe(true);
  });

  it('grows with the number of bars', async () => {
    const two = await renderPng(comparisonSpec(bars(2)));
    const eight = await renderPng(comparisonSpec(bars(8)));
    expect(eight.height).toBeGreaterThan(two.height + 5 * 2 * 40);
    expect(eight.width).toBe(two.width);
  });

  it('draws its text: labels leave ink in the label column', async () => {
    const { png, width, height } = await renderPng(comparisonSpec(bars(3)), { scale: 1 });
    const { Resvg } = await import('@resvg/resvg-js');
    // Re-rasterise the PNG inside an SVG to read its pixels back.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
    const pixels = new Resvg(svg).render().pixels;
    let dark = 0;
    // Left of the label column's right edge (330 px at scale 1) are only the labels: no bars, no axis.
    for (let y = Math.floor(height * 0.3); y < height * 0.8; y++)
      for (let x = 0; x < 330; x++) if (pixels[(y * width + x) * 4] < 128) dark++;
    expect(dark).toBeGreaterThan(200);
  });

  it('a spec that cannot be drawn fails with a coded error, not a library stack', async () => {
    const broken = { ...comparisonSpec(bars(2)), hconcat: [{ mark: 'no-such-mark' }] } as unknown as Parameters<
      typeof renderPng
    >[0];
    await expect(renderPng(broken)).rejects.toMatchObject({
      code: 'CHART_FAILED',
      message: expect.stringMatching(/^could not lay out the chart/),
    });
  });

  it('an answer without a comparison has no chart, and drawing it resolves to nothing', async () => {
    const answer = bot.ask('who said they fled like Olympic sprinters?');
    expect(hasChart(answer)).toBe(false);
    await expect(drawChart(answer)).resolves.toBeUndefined();
  });
});

describe('the font charts are drawn with', () => {
  it('is a system font where the machine has one', () => {
    const font = findChartFont();
    for (const f of font.files) expect(existsSync(f)).toBe(true);
    expect(font.family).toBeTruthy();
  });

  it('is the DejaVu Sans shipped in an npm package on a machine with no fonts at all, and still draws', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    try {
      const font = findChartFont([empty]);
      expect(font).toMatchObject({ family: 'DejaVu Sans', origin: 'package' });
      expect(font.files[0]).toMatch(/node_modules[\\/]dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
      const { png } = await renderPng(comparisonSpec(bars(2)), { font });
      expect(pngSize(png).width).toBeGreaterThan(600);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('charting is loaded only when a chart is drawn', () => {
  it('asking, even a comparison, loads none of vega, vega-lite or resvg; drawing does', () => {
    // A fresh process: resvg is a native addon, so whether it is loaded shows in the process's shared objects.
    const script = `
      import { StoryBot, drawChart } from './src/index.ts';
      const loaded = () => process.report.getReport().sharedObjects.some((s) => /resvg/.test(s));
      const bot = StoryBot.open({ corpusDir: 'corpus' });
      const answer = bot.ask('Do the outlets agree on how much land was retaken?');
      const before = loaded();
      await drawChart(answer);
      console.log(JSON.stringify({ intent: answer.intent, before, after: loaded() }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toEqual({ intent: 'compare', before: false, after: true });
  });

  it('no module imports a charting library statically: src/chart/render-png.ts loads them, on demand', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
      });
    const staticImport = /^\s*import\s+(?!type\b)[^;]*from\s+['"](vega|vega-lite|@resvg\/resvg-js)['"]/m;
    const offenders = [...files('src'), ...files('adapters'), ...files('commands')].filter((f) =>
      staticImport.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('ask --chart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chart-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ask = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('writes the PNG and says where', () => {
    const file = join(dir, 'sub', 'territory.png');
    const r = ask(['--chart', file, 'Do the outlets agree on how much land was retaken?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Chart written to ${file}`);
    expect(pngSize(readFileSync(file)).width).toBeGreaterThan(800);
  });

  it('under --json, standard output stays one JSON object and the note goes to stderr', () => {
    const file = join(dir, 'json.png');
    const r = ask(['--json', `--chart=${file}`, 'Do the outlets agree on how much land was retaken?']);
    expect(JSON.parse(r.stdout)).toMatchObject({ intent: 'compare' });
    expect(r.stderr).toContain(`Chart written to ${file}`);
  });

  it('says so, and writes nothing, when the answer has no chart', () => {
    const file = join(dir, 'none.png');
    const r = ask(['--chart', file, 'Who said they fled like Olympic sprinters?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No chart for this answer');
    expect(existsSync(file)).toBe(false);
  });

  it('stops with one line when the file name is missing', () => {
    const r = ask(['--chart']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('story-bot: --chart needs a file name, e.g. --chart chart.png');
  });
});
