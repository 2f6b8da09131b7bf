import { Client, GatewayIntentBits } from 'discord.js';
import type { DiscordConfig } from './config.js';

/**
 * A discord.js client with the Guilds intent only: slash commands arrive as interactions, so the bot needs no
 * message content and no privileged intents. `apiBase` redirects REST, and with it gateway discovery.
 */
export function createDiscordClient(config: Pick<DiscordConfig, 'apiBase'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });
}
