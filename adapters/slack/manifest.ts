import { stringify } from 'yaml';
import { commands as commandTable, usage, type CommandDefinition } from '../../commands/index.js';

/** The one slash command every command of the table runs under: `/story <command> <options...>`. */
export const SLASH_COMMAND = '/story';

/** Slack's limits for a manifest's slash command; a manifest over them is refused on paste, naming nothing useful. */
const LIMITS = { command: 32, description: 2000, usageHint: 1000 } as const;

/**
 * What the app needs: mentions and DMs read, answers written, the slash command, and `files:write` for uploading
 * comparison charts into threads.
 */
const BOT_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history'] as const;
const BOT_EVENTS = ['app_mention', 'message.im'] as const;

const HEADER = [
  "# Story Bot's Slack app, in one paste: https://api.slack.com/apps → Create New App → From a manifest.",
  '# Socket Mode is on, so no public URL is needed; see adapters/slack/SETUP.md.',
  '# GENERATED from commands/ by `npm run manifest`; edit commands/ or adapters/slack/manifest.ts, not this file.',
];

/**
 * Slack's app manifest, generated from the command table as Discord's definitions are: the usage hint lists every
 * command with its options, in the table's order, as `/story help` shows them.
 */
export function slackManifest(commands: readonly CommandDefinition[] = commandTable): Record<string, unknown> {
  const usageHint = commands.map((c) => `${c.name}${usage(c)}`).join(' | ');
  check(
    SLASH_COMMAND.length <= LIMITS.command,
    `${SLASH_COMMAND}: Slack command names are at most ${LIMITS.command} characters`,
  );
  check(
    usageHint.length <= LIMITS.usageHint,
    `usage hint of ${usageHint.length} characters, over Slack's ${LIMITS.usageHint}`,
  );
  const description = 'Ask about the story (try /story help)';
  check(description.length <= LIMITS.description, 'slash command description too long');
  return {
    display_information: {
      name: 'Story Bot',
      description: 'Answers questions about a news story, citing outlet, speaker and original source.',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'Story Bot', always_online: true },
      slash_commands: [{ command: SLASH_COMMAND, description, usage_hint: usageHint, should_escape: false }],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { bot_events: [...BOT_EVENTS] },
      // The buttons and menu under answers arrive as block actions.
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as the YAML file committed at adapters/slack/manifest.yml. */
export function slackManifestYaml(commands: readonly CommandDefinition[] = commandTable): string {
  // Single quotes, as Prettier writes YAML, so formatting the repository never makes the file drift.
  return `${HEADER.join('\n')}\n${stringify(slackManifest(commands), { lineWidth: 0, singleQuote: true })}`;
}

function check(ok: boolean, problem: string): void {
  if (!ok) throw new Error(`Slack manifest: ${problem}`);
}
