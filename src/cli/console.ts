import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { StoryBot } from '../story-bot.js';
import { renderText } from './render-text.js';

/**
 * The local console chat: ask, read the cited answer, ask again. With input that is not a terminal
 * (a pipe or file) it answers each line and returns at end of input.
 */
export async function runConsole(bot: StoryBot, input: Readable & { isTTY?: boolean }, output: Writable): Promise<void> {
  const interactive = Boolean(input.isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  if (interactive) {
    output.write(`Story Bot — ${bot.articles.length} articles loaded. Ask a question (empty line for help, Ctrl+D to quit).\n`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (interactive && /^(?:exit|quit)$/i.test(line.trim())) break;
    output.write(`${renderText(bot.ask(line))}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
