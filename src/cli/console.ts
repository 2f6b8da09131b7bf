import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Conversations } from '../conversation/conversations.js';
import { MemoryStore } from '../state/memory-store.js';
import type { StateStore } from '../state/state-store.js';
import type { StoryBot } from '../story-bot.js';
import { linesOf } from './lines.js';
import { renderText } from './render-text.js';

/**
 * The local console chat: ask, read the cited answer, ask again. The session is one conversation, so a
 * follow-up ("what else did he say?") is read with the last answer. With input that is not a terminal
 * (a pipe or file) it answers each line and returns at end of input.
 */
/** What ends the chat, typed alone on a line. */
const QUIT = /^(?:exit|quit)$/i;

export async function runConsole(
  bot: StoryBot,
  input: Readable & { isTTY?: boolean },
  output: Writable,
  options: { store?: StateStore; contextTtlMs?: number } = {},
): Promise<void> {
  const conversation = new Conversations(bot, options.store ?? new MemoryStore(), { ttlMs: options.contextTtlMs });
  const answer = async (line: string) => output.write(`${renderText(await conversation.ask('console', line))}\n\n`);
  if (!input.isTTY) {
    // Piped lines split as `ask` splits them (LF or CRLF): readline would also end a line at a bare CR, and so
    // answer half a question, then the other half, each on the wrong line.
    // (a line "quit" ends piped input as it ends the chat at a terminal: it is no question)
    for await (const line of linesOf(input)) {
      if (QUIT.test(line.trim())) break;
      await answer(line);
    }
    return;
  }
  // At a terminal, Enter sends CR, so readline's own line editing is what a person expects.
  const rl = createInterface({ input, output, terminal: true, crlfDelay: Infinity });
  output.write(`Story Bot — ${bot.articles.length} articles loaded. Ask a question (empty line for help, Ctrl+D to quit).\n`);
  rl.setPrompt('> ');
  rl.prompt();
  for await (const line of rl) {
    if (QUIT.test(line.trim())) break;
    await answer(line);
    rl.prompt();
  }
  rl.close();
}
