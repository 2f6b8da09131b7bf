import type { Query } from '../src/index.js';
import { cutTo } from '../src/answer/graphemes.js';

/** What an option's autocomplete draws from; the core's `StoryBot.complete()` serves each kind. */
export type CompletionKind = 'quote' | 'person' | 'outlet' | 'topic';

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Longest value accepted; Discord enforces it in the client, {@link readOptions} cuts to it everywhere. */
  maxLength: number;
  autocomplete?: CompletionKind;
}

/**
 * One command, defined once for every platform: Discord's slash command definitions are generated
 * from it and Slack's `/story <name> <text>` dispatches through it.
 */
export interface CommandDefinition {
  name: string;
  description: string;
  options: readonly CommandOption[];
  /** Help and other answers only useful to the asker are shown to them alone where the platform allows. */
  private?: boolean;
  /**
   * The option holding a whole question in the asker's own words. Its value alone then stands for the
   * invocation (an answer's title reads "Who said it?", not "/ask question: Who said it?").
   */
  questionOption?: string;
  /** How the options become a core query. Option values arrive through {@link readOptions}. */
  toQuery(options: Readonly<Record<string, string | undefined>>): Query;
}

/** Typed identity: lets each command file declare a definition with full checking. */
export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition;
}

/**
 * Option values as `toQuery` expects them on every platform: trimmed, cut to `maxLength`, undefined when empty.
 * `read` gives an option's raw value as the platform delivered it, or nothing when the person left it out.
 */
export function readOptions(
  definition: CommandDefinition,
  read: (option: CommandOption) => string | null | undefined,
): Record<string, string | undefined> {
  return Object.fromEntries(
    definition.options.map((o) => [o.name, cutTo(read(o)?.trim() ?? '', o.maxLength).trim() || undefined]),
  );
}

/** The options as a usage line shows them after the command's name: ` <required> [optional]`, each after a space. */
export function usage(definition: CommandDefinition): string {
  return definition.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('');
}
