// `npm run ask -- [--json] [--corpus DIR] "question"`: one answer; with --json and no question,
// one JSON answer per stdin line, in order, blank lines included, each line on its own. With --conversation,
// stdin is one conversation: a line may lean on the answer before it ("what else did he say?").
import { createInterface } from 'node:readline';
import { Conversations } from '../conversation/conversations.js';
import { MemoryStore } from '../state/memory-store.js';
import { StoryBot } from '../story-bot.js';
import { parseArgs } from './args.js';
import { fail } from './fail.js';
import { renderJson, renderText } from './render-text.js';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bot = StoryBot.open({ corpusDir: args.corpusDir });
  const render = args.json ? renderJson : renderText;
  if (args.question !== undefined) {
    process.stdout.write(`${render(bot.ask(args.question))}\n`);
    return;
  }
  if (!args.json && process.stdin.isTTY) {
    process.stdout.write(`${render(bot.ask(''))}\n`);
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const conversation = args.conversation ? new Conversations(bot, new MemoryStore()) : undefined;
  for await (const line of rl)
    process.stdout.write(`${render(conversation ? await conversation.ask('stdin', line) : bot.ask(line))}\n`);
}

main().catch(fail);
