import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from './config.js';
import { inviteUrl } from './invite.js';
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
    const hint = refusalHint((err as { status?: unknown } | null)?.status, config);
    throw new Error(
      `registering ${definitions.length} commands at ${route} failed: ${err instanceof Error ? err.message : String(err)}${hint ? `; ${hint}` : ''}`,
      { cause: err },
    );
  }
  return { scope: config.guildId ? `guild ${config.guildId}` : 'global', definitions };
}

const PORTAL = 'https://discord.com/developers/applications';

/**
 * What to change when Discord refuses the registration, naming the variable: "401: Unauthorized" and "Missing
 * Access" are Discord's words, and they do not say which of the three settings is wrong.
 */
function refusalHint(status: unknown, { applicationId, guildId }: Pick<DiscordConfig, 'applicationId' | 'guildId'>): string | undefined {
  if (status === 401)
    return `Discord rejected DISCORD_TOKEN: it was reset or revoked; reset it at ${PORTAL} → your application → Bot → Reset Token and set it again`;
  if (status === 403)
    return guildId
      ? `the bot is not in the server DISCORD_GUILD_ID names, or was invited without the applications.commands scope (invite it again: ${inviteUrl(applicationId)}), or DISCORD_APPLICATION_ID is another application's`
      : `DISCORD_APPLICATION_ID is not the application DISCORD_TOKEN belongs to; copy it from ${PORTAL} → your application → General Information`;
  return undefined;
}
