import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Conversations } from '../conversation/conversations.js';
import { MemoryStore } from '../state/memory-store.js';
import type { StateStore } from '../state/state-store.js';
import type { StoryBot } from '../story-bot.js';
import { renderText } from './render-text.js';

/**
 * The local console chat: ask, read the cited answer, ask again. The session is one conversation, so a
 * follow-up ("what else did he say?") is read with the last answer. With input that is not a terminal
 * (a pipe or file) it answers each line and returns at end of input.
 */
export async function runConsole(
  bot: StoryBot,
  input: Readable & { isTTY?: boolean },
  output: Writable,
  options: { store?: StateStore; contextTtlMs?: number } = {},
): Promise<void> {
  const conversation = new Conversations(bot, options.store ?? new MemoryStore(), { ttlMs: options.contextTtlMs });
  const interactive = Boolean(input.isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  if (interactive) {
    output.write(`Story Bot — ${bot.articles.length} articles loaded. Ask a question (empty line for help, Ctrl+D to quit).\n`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (interactive && /^(?:exit|quit)$/i.test(line.trim())) break;
    output.write(`${renderText(await conversation.ask('console', line))}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
