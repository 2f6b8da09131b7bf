// `npm run ask -- [--json] [--corpus DIR] "question"`: one answer; with --json and no question,
// one JSON answer per stdin line, in order, blank lines included.
import { createInterface } from 'node:readline';
import type { Answer } from '../answer/answer.js';
import { StoryBot } from '../story-bot.js';
import { parseArgs } from './args.js';
import { fail } from './fail.js';
import { VIEW_LABELS, type ViewName } from '../present/index.js';
import { renderJson, renderText, renderViewText } from './render-text.js';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bot = StoryBot.open({ corpusDir: args.corpusDir });
  const view = args.view as ViewName | undefined;
  if (view !== undefined && !(view in VIEW_LABELS)) throw new Error(`--view takes one of: ${Object.keys(VIEW_LABELS).join(', ')}`);
  const render = args.json
    ? renderJson
    : view
      ? (a: Answer) => renderViewText(a, view)
      : (a: Answer) => renderText(a, { viewHint: (v) => `--view ${v}` });
  if (args.question !== undefined) {
    process.stdout.write(`${render(bot.ask(args.question))}\n`);
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
