// `npm run ask -- [--json] [--corpus DIR] [--chart FILE.png] [--view NAME] "question"`: one answer. With no question,
// one answer per stdin line (LF or CRLF), in order, blank lines included, each line on its own: with --json one JSON
// object a line, else each answer followed by a blank line. With --conversation, stdin is one conversation: a line
// may lean on the answer before it ("what else did he say?").
import { once } from 'node:events';
import type { Answer } from '../answer/answer.js';
import { VIEW_LABELS, type ViewName } from '../present/index.js';
// The class alone: load() brings in the extraction modules only when the cache has no build for the corpus.
import { StoryBot } from '../story-bot-core.js';
import { parseArgs, USAGE } from './args.js';
import { fail } from './fail.js';
import { linesOf } from './lines.js';
import { renderJson, renderText, renderViewText } from './render-text.js';

// `ask | head -1`: the reader has all it wanted once the pipe closes; that is an end, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(0) : fail(err)));

/** Writes one answer, waiting while the reader is behind, so a long batch does not pile up in memory. */
async function emit(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`)) await once(process.stdout, 'drain');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) return emit(USAGE);
  // On stderr, so `--json` output stays one JSON object: the answer below is to the question as typed.
  if (args.unknown)
    process.stderr.write(
      `story-bot: warning: ${args.unknown} is not an option (--help lists them); ${args.question === args.unknown ? 'asked as the question' : 'ignored'}\n`,
    );
  const bot = await StoryBot.load({ corpusDir: args.corpusDir });
  const view = args.view as ViewName | undefined;
  if (view !== undefined && !(view in VIEW_LABELS)) throw new Error(`--view takes one of: ${Object.keys(VIEW_LABELS).join(', ')}`);
  const render = args.json
    ? renderJson
    : view
      ? (a: Answer) => renderViewText(a, view)
      : (a: Answer) => renderText(a, { viewHint: (v) => `--view ${v}` });
  // The chart and conversation modules are loaded only when asked for: most runs are one plain answer, and
  // each module loaded is start-up time.
  const chart = args.chartFile !== undefined ? await import('./write-chart.js') : undefined;
  if (args.chartFile !== undefined) chart!.checkChartFile(args.chartFile, args.question);
  if (args.question !== undefined) {
    const answer = bot.ask(args.question);
    await emit(render(answer));
    if (args.chartFile !== undefined) await chart!.writeChart(answer, args.chartFile, args.json);
    return;
  }
  if (!args.json && process.stdin.isTTY) return emit(render(bot.ask('')));
  const conversation = args.conversation
    ? new (await import('../conversation/conversations.js')).Conversations(bot, new (await import('../state/memory-store.js')).MemoryStore())
    : undefined;
  // An answer a person reads runs over several lines; a blank line after each shows where the next one starts,
  // as in the console. JSON stays one object a line.
  const end = args.json ? '' : '\n';
  for await (const line of linesOf(process.stdin))
    await emit(render(conversation ? await conversation.ask('stdin', line) : bot.ask(line)) + end);
}

main().catch(fail);
