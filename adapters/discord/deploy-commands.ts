// `npm run deploy-commands`: registers the slash commands with Discord, to DISCORD_GUILD_ID when set (instant,
// for a test server) or globally (every server the bot is in).
import 'dotenv/config';
import { commands, usage } from '../../commands/index.js';
import { StoryBotError } from '../../src/errors.js';
import { discordConfigFromEnv } from './config.js';
import { deployCommands } from './deploy.js';

async function main(): Promise<void> {
  const config = discordConfigFromEnv(process.env);
  if (!config) {
    console.error(
      'deploy-commands: DISCORD_TOKEN: missing; copy the bot token from https://discord.com/developers/applications → your application → Bot',
    );
    process.exit(1);
  }
  const { scope, definitions } = await deployCommands(config);
  console.log(`Registered ${definitions.length} commands (${scope}) for application ${config.applicationId}:`);
  // What was registered is generated from the command table, so the table's usage lines describe it.
  for (const c of commands) console.log(`  /${c.name}${usage(c)} — ${c.description}`);
  if (!config.guildId)
    console.log(
      'Global commands can take a while to show up; reload Discord (Ctrl+R) or set DISCORD_GUILD_ID for a test server.',
    );
}

main().catch((err: unknown) => {
  if (err instanceof StoryBotError) console.error(`deploy-commands: ${err.message}`);
  else console.error(`deploy-commands: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
