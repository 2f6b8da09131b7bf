import type { CommandDefinition } from '../commands/index.js';
import type { Answer, Query } from '../src/index.js';
import type { Conversations } from '../src/conversation/conversations.js';

/** The part of the core a command needs when there is no conversation to keep. */
interface QueryAnswerer {
  answer(query: Query, question?: string): Answer;
  /** The story-aware reading of a whole question; stand-ins without it answer the command's own Query. */
  ask?(question: string): Answer;
}

/**
 * Answers a command in conversation `key`: a command that takes a whole question (`/ask`) is read as a
 * follow-up where it leans on the last answer there; any other (`/whosaid`, `/quotes`) is answered as given,
 * and its answer becomes the context the next `/ask` leans on. With no conversations, plainly.
 */
export async function answerCommand(
  bot: QueryAnswerer,
  conversations: Conversations | undefined,
  key: string,
  command: CommandDefinition,
  values: Readonly<Record<string, string | undefined>>,
  question: string,
): Promise<Answer> {
  if (!conversations) {
    const asked = command.questionOption ? values[command.questionOption] : undefined;
    return asked !== undefined && bot.ask ? bot.ask(asked) : bot.answer(command.toQuery(values), question);
  }
  if (command.questionOption) return conversations.ask(key, values[command.questionOption] ?? '');
  return conversations.answer(key, command.toQuery(values), question);
}
