import { commands, usage } from '../commands/index.js';
import type { HelpCommand } from '../src/present/index.js';

/** The command table as help lists it, on every surface. */
export const helpCommands: readonly HelpCommand[] = commands.map((c) => ({
  name: c.name,
  description: c.description,
  usage: usage(c),
}));
