import type { Query } from '../src/index.js';

/** What an option's autocomplete draws from; the core's `StoryBot.complete()` serves each kind. */
export type CompletionKind = 'quote' | 'person' | 'outlet' | 'topic';

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Longest value accepted; Discord enforces it in the client, Slack's adapter trims to it. */
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
  /** How the options become a core query. Option values arrive trimmed; missing optional ones are undefined. */
  toQuery(options: Readonly<Record<string, string | undefined>>): Query;
}

/** Typed identity: lets each command file declare a definition with full checking. */
export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition;
}
