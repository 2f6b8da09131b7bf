import ask from './ask.js';
import compare from './compare.js';
import figures from './figures.js';
import help from './help.js';
import outlets from './outlets.js';
import people from './people.js';
import quotes from './quotes.js';
import summary from './summary.js';
import whosaid from './whosaid.js';
import type { CommandDefinition } from './command.js';

export type { CommandDefinition, CommandOption, CompletionKind } from './command.js';
export { readOptions, usage } from './command.js';

/** Every command, in the order help lists them. Both adapters read this table; neither adds commands. */
export const commands: readonly CommandDefinition[] = [ask, summary, whosaid, quotes, people, figures, compare, outlets, help];

export function findCommand(name: string): CommandDefinition | undefined {
  const wanted = name.trim().toLowerCase().replace(/^\//, '');
  return commands.find((c) => c.name === wanted);
}
