import type { Answer } from '../answer/answer.js';
import { span } from './plain.js';
import type { Line } from './presentation.js';

/** A command as help lists it; the command table lives in commands/, which the core does not import. */
export interface HelpCommand {
  name: string;
  description: string;
  /** The options after the name, e.g. " <person> [outlet]". */
  usage: string;
}

/** Help, decided once: what the bot answers, the commands as this surface invokes them, and examples. */
export interface HelpPresentation {
  title: string;
  lead: Line;
  /** Each command as this surface invokes it ("/story figures"), its usage (" <topic> [outlet]") and what it does. */
  commands: { invocation: string; usage: string; description: string }[];
  suggestions: string[];
}

/**
 * Builds help from the core's help answer and the command table. `invoke` turns a command name into what the
 * person types on this surface: `/quotes` on Discord, `/story quotes` on Slack.
 */
export function presentHelp(
  help: Answer,
  commands: readonly HelpCommand[],
  invoke: (name: string) => string,
  note?: string,
): HelpPresentation {
  return {
    title: 'What Story Bot can answer',
    lead: [...(note ? [span(`${note} `)] : []), span(help.summary)],
    commands: commands.map((c) => ({ invocation: invoke(c.name), usage: c.usage, description: c.description })),
    // (the command list already says what each does; four examples show the wording without doubling it)
    suggestions: help.suggestions.slice(0, HELP_EXAMPLES),
  };
}

/** Examples of questions help offers under its commands. */
const HELP_EXAMPLES = 4;
