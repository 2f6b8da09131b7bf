import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from './config.js';
import { slashCommandDefinitions, type SlashCommandDefinition } from './definitions.js';

interface DeployResult {
  /** `guild <id>` or `global`. */
  scope: string;
  definitions: SlashCommandDefinition[];
}

/**
 * Registers the generated slash commands, replacing whatever was registered before (a PUT is Discord's bulk
 * overwrite, so removed commands disappear too). Guild registration shows up at once; global can take a while.
 */
export async function deployCommands(
  config: Pick<DiscordConfig, 'token' | 'applicationId' | 'guildId' | 'apiBase'>,
  definitions: SlashCommandDefinition[] = slashCommandDefinitions(),
): Promise<DeployResult> {
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  try {
    await rest.put(route, { body: definitions });
  } catch (err) {
    throw new Error(
      `registering ${definitions.length} commands at ${route} failed: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  return { scope: config.guildId ? `guild ${config.guildId}` : 'global', definitions };
}
