import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commands as commandTable, type CommandDefinition } from '../../commands/index.js';

export type SlashCommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord rejects the whole registration for one bad name or description, so check them here, naming the culprit. */
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const DESCRIPTION_MAX = 100;

/**
 * The slash command definitions Discord registers, generated from the shared command table: every option is a
 * string (the core parses meaning from text), autocompleted where the table names a completion kind.
 */
export function slashCommandDefinitions(
  commands: readonly CommandDefinition[] = commandTable,
): SlashCommandDefinition[] {
  return commands.map(toDefinition);
}

function toDefinition(command: CommandDefinition): SlashCommandDefinition {
  check(command.name, command.description, `/${command.name}`);
  let optionalSeen = false;
  const options = command.options.map((option) => {
    check(option.name, option.description, `/${command.name} ${option.name}`);
    if (option.required && optionalSeen)
      throw new Error(`/${command.name} ${option.name}: Discord needs required options before optional ones`);
    optionalSeen ||= !option.required;
    return {
      type: ApplicationCommandOptionType.String as const,
      name: option.name,
      description: option.description,
      required: option.required,
      max_length: option.maxLength,
      ...(option.autocomplete ? { autocomplete: true } : {}),
    };
  });
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    options,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

function check(name: string, description: string, where: string): void {
  if (!NAME.test(name)) throw new Error(`${where}: Discord names are 1–32 lowercase letters, digits, - or _`);
  if (description.length < 1 || description.length > DESCRIPTION_MAX)
    throw new Error(
      `${where}: Discord descriptions are 1–${DESCRIPTION_MAX} characters, this one has ${description.length}`,
    );
}
