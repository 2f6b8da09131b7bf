// Time to PNG for the comparison chart: the first chart of a process (charting libraries loaded then), later
// charts drawn afresh, and a chart asked for again (served from memory). `node --import tsx bench/chart.ts [warm]`
// runs one process's worth and prints JSON; benchChart runs fresh processes for the cold number.
import { spawn } from 'node:child_process';
import { drawChart, StoryBot } from '../src/index.js';
import { BENCH_CORPUS } from './core.js';
import { isMain } from './is-main.js';
import { summarize, type Summary } from './stats.js';

/** A comparison whose chart is drawn: the README's example question. */
export const CHART_QUESTION = 'Do the outlets agree on how much land was retaken?';

export interface ChartRun {
  /** First chart of the process: imports vega-lite, vega and resvg, finds the font, compiles, renders. */
  coldMs: number;
  /** Later charts of the same figures, drawn afresh each time (cache off). */
  warm: Summary;
  /** The same chart asked for again with the cache on. */
  cached: Summary;
  width: number;
  height: number;
  pngBytes: number;
}

export interface ChartResult extends ChartRun {
  /** Cold time over fresh processes (the first chart of each). */
  cold: Summary;
}

/** One process's measurements; the bot is opened before timing, so only charting is counted. */
export async function measureChart(warmRuns: number, corpusDir = BENCH_CORPUS): Promise<ChartRun> {
  const answer = StoryBot.open({ corpusDir }).ask(CHART_QUESTION);
  const t0 = performance.now();
  const first = await drawChart(answer, { cache: false });
  const coldMs = performance.now() - t0;
  if (!first) throw new Error(`no chart for "${CHART_QUESTION}" in ${corpusDir}`);
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const t = performance.now();
    await drawChart(answer, { cache: false });
    warm.push(performance.now() - t);
  }
  await drawChart(answer);
  const cached: number[] = [];
  for (let i = 0; i < warmRuns * 10; i++) {
    const t = performance.now();
    await drawChart(answer);
    cached.push(performance.now() - t);
  }
  return {
    coldMs,
    warm: summarize(warm),
    cached: summarize(cached),
    width: first.width,
    height: first.height,
    pngBytes: first.png.length,
  };
}

function inChild(warmRuns: number): Promise<ChartRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/chart.ts', String(warmRuns)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as ChartRun)
        : reject(new Error(`bench/chart.ts exited ${code}: ${err.trim().split('\n').pop() ?? ''}`)),
    );
  });
}

/**
 * Cold over `coldRuns` fresh processes (0: this process's own first chart, for the quick in-process mode), warm
 * and cached from the last of them.
 */
export async function benchChart(options: { coldRuns: number; warmRuns: number }): Promise<ChartResult> {
  if (options.coldRuns === 0) {
    const run = await measureChart(options.warmRuns);
    return { ...run, cold: summarize([run.coldMs]) };
  }
  const runs: ChartRun[] = [];
  for (let i = 0; i < options.coldRuns; i++)
    runs.push(await inChild(i === options.coldRuns - 1 ? options.warmRuns : 0));
  const last = runs[runs.length - 1];
  return { ...last, cold: summarize(runs.map((r) => r.coldMs)) };
}

if (isMain(import.meta.url)) {
  const warmRuns = Number(process.argv[2] ?? 30);
  process.stdout.write(`${JSON.stringify(await measureChart(warmRuns))}\n`);
}
