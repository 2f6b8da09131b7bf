import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Answer } from '../answer/answer.js';
import { drawChart, hasChart } from '../chart/comparison-chart.js';
import { StoryBotError } from '../errors.js';

/** Stops before any work when `--chart` cannot be honoured: no file named, or no single question to chart. */
export function checkChartFile(file: string, question: string | undefined): void {
  if (!file || file.startsWith('--'))
    throw new StoryBotError('CONFIG_INVALID', '--chart needs a file name, e.g. --chart chart.png');
  if (question === undefined)
    throw new StoryBotError('CONFIG_INVALID', '--chart needs the question as an argument, not on standard input');
}

/**
 * Writes the answer's chart to `file` and says where, or says that this answer has none. The note goes to stderr
 * under --json, so standard output stays exactly one JSON object.
 */
export async function writeChart(answer: Answer, file: string, json: boolean): Promise<void> {
  const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
  if (!hasChart(answer)) {
    say('No chart for this answer: charts compare figures that several outlets report on one topic.');
    return;
  }
  const chart = await drawChart(answer);
  if (!chart) return;
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, chart.png);
  const shown = relative(process.cwd(), path);
  say(`Chart written to ${shown && !shown.startsWith('..') ? shown : path} (${chart.width}×${chart.height} px).`);
}
