// adapters/slack/manifest.yml is generated from commands/, as Discord's definitions are: the committed file must
// be exactly what the generator writes, so a command added to the table reaches Slack's app settings too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slackManifest, slackManifestYaml } from '../../adapters/slack/manifest.js';
import { parseStoryCommand } from '../../adapters/slack/story-command.js';
import { defineCommand } from '../../commands/command.js';
import { commands, usage } from '../../commands/index.js';

const committed = readFileSync('adapters/slack/manifest.yml', 'utf8');

describe('the Slack app manifest', () => {
  it('is what `npm run manifest` generates from commands/ (run it after changing a command)', () => {
    expect(committed).toBe(slackManifestYaml());
  });

  it('lists every command with its options in /story’s usage hint, each parseable by /story', () => {
    const manifest = parse(committed) as { features: { slash_commands: { command: string; usage_hint: string }[] } };
    const [story] = manifest.features.slash_commands;
    expect(story.command).toBe('/story');
    for (const c of commands) {
      expect(story.usage_hint).toContain(`${c.name}${usage(c)}`);
      if (c.name !== 'help') expect(parseStoryCommand(c.name).kind).not.toBe('help');
    }
  });

  it('asks for the scopes the adapter uses, files:write for charts among them', () => {
    const manifest = parse(committed) as { oauth_config: { scopes: { bot: string[] } } };
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history']),
    );
  });

  it('changes when the command table does', () => {
    const extra = defineCommand({
      name: 'timeline',
      description: 'What happened when',
      options: [{ name: 'place', description: 'A town', required: false, maxLength: 50 }],
      toQuery: () => ({ intent: 'help' }),
    });
    const hint = (slackManifest([...commands, extra]).features as { slash_commands: { usage_hint: string }[] })
      .slash_commands[0].usage_hint;
    expect(hint).toMatch(/\| timeline \[place\]$/);
    expect(slackManifestYaml([...commands, extra])).not.toBe(committed);
  });

  it('refuses a table Slack would refuse', () => {
    const long = defineCommand({
      name: 'x',
      description: 'x',
      options: Array.from({ length: 120 }, (_, i) => ({
        name: `option${i}`,
        description: 'o',
        required: true,
        maxLength: 5,
      })),
      toQuery: () => ({ intent: 'help' }),
    });
    expect(() => slackManifest([long])).toThrow(/usage hint/);
  });
});
