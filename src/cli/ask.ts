// `npm run ask -- [--json] [--corpus DIR] [--chart FILE.png] "question"`: one answer; with --json and no question,
// one JSON answer per stdin line, in order, blank lines included.
import { createInterface } from 'node:readline';
import { StoryBot } from '../story-bot.js';
import { parseArgs } from './args.js';
import { fail } from './fail.js';
import { renderJson, renderText } from './render-text.js';
import { checkChartFile, writeChart } from './write-chart.js';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bot = StoryBot.open({ corpusDir: args.corpusDir });
  const render = args.json ? renderJson : renderText;
  if (args.chartFile !== undefined) checkChartFile(args.chartFile, args.question);
  if (args.question !== undefined) {
    const answer = bot.ask(args.question);
    process.stdout.write(`${render(answer)}\n`);
    if (args.chartFile !== undefined) await writeChart(answer, args.chartFile, args.json);
    return;
  }
  if (!args.json && process.stdin.isTTY) {
    process.stdout.write(`${render(bot.ask(''))}\n`);
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) process.stdout.write(`${render(bot.ask(line))}\n`);
}

main().catch(fail);
