import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommandDefinitions } from '../../adapters/discord/definitions.js';
import { deployCommands } from '../../adapters/discord/deploy.js';
import { commands } from '../../commands/index.js';
import { fakeToken, startFakeDiscord, TEST_GUILD_ID, type FakeDiscord } from '../fakes/discord/index.js';

const run = promisify(execFile);
let fake: FakeDiscord;
let token: string;
beforeAll(async () => {
  fake = await startFakeDiscord();
  token = fakeToken(fake.applicationId);
});
afterAll(async () => {
  await fake?.close();
});

const puts = () => fake.requests.filter((r) => r.method === 'PUT');

describe('slash command definitions', () => {
  it('are generated from the command table, one per command, every option a string', () => {
    const definitions = slashCommandDefinitions();
    expect(definitions.map((d) => d.name)).toEqual(commands.map((c) => c.name));
    for (const [i, c] of commands.entries()) {
      expect(definitions[i].description).toBe(c.description);
      expect(definitions[i].options).toEqual(
        c.options.map((o) => ({
          type: ApplicationCommandOptionType.String,
          name: o.name,
          description: o.description,
          required: o.required,
          max_length: o.maxLength,
          ...(o.autocomplete ? { autocomplete: true } : {}),
        })),
      );
    }
  });

  it('refuse a command Discord would reject, naming it', () => {
    const bad = { ...commands[0], name: 'Ask Me' };
    expect(() => slashCommandDefinitions([bad])).toThrow(/^\/Ask Me: Discord names/);
  });
});

describe('deploying the commands', () => {
  it('PUTs exactly the generated definitions to the guild when a guild id is set', async () => {
    const result = await deployCommands({
      token,
      applicationId: fake.applicationId,
      guildId: TEST_GUILD_ID,
      apiBase: fake.apiBase,
    });
    const put = puts().at(-1)!;
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${TEST_GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${token}`);
    expect(put.body).toEqual(slashCommandDefinitions());
    expect(result.scope).toBe(`guild ${TEST_GUILD_ID}`);
  });

  it('PUTs them globally without a guild id', async () => {
    await deployCommands({ token, applicationId: fake.applicationId, apiBase: fake.apiBase });
    const put = puts().at(-1)!;
    expect(put.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(put.body).toEqual(slashCommandDefinitions());
  });

  it('says which route failed, and why, when Discord refuses', async () => {
    fake.injectRestError({
      method: 'PUT',
      path: '/commands',
      status: 403,
      body: { message: 'Missing Access', code: 50001 },
    });
    await expect(deployCommands({ token, applicationId: fake.applicationId, apiBase: fake.apiBase })).rejects.toThrow(
      `registering ${commands.length} commands at /applications/${fake.applicationId}/commands failed: Missing Access`,
    );
  });

  it('names DISCORD_TOKEN, and where to reset it, when Discord answers 401 Unauthorized', async () => {
    fake.injectRestError({ method: 'PUT', path: '/commands', status: 401, body: { message: '401: Unauthorized', code: 0 } });
    await expect(deployCommands({ token, applicationId: fake.applicationId, apiBase: fake.apiBase })).rejects.toThrow(
      /failed: 401: Unauthorized; Discord rejected DISCORD_TOKEN: .*Bot → Reset Token/,
    );
  });

  it('says what to check, with the invite link, when Discord refuses a guild with Missing Access', async () => {
    fake.injectRestError({ method: 'PUT', path: '/commands', status: 403, body: { message: 'Missing Access', code: 50001 } });
    await expect(
      deployCommands({ token, applicationId: fake.applicationId, guildId: TEST_GUILD_ID, apiBase: fake.apiBase }),
    ).rejects.toThrow(/Missing Access; the bot is not in the server DISCORD_GUILD_ID names.*applications\.commands.*client_id=/);
  });

  it('`npm run deploy-commands` registers through DISCORD_API_BASE and prints what it registered', async () => {
    const before = puts().length;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'adapters/discord/deploy-commands.ts'], {
      env: {
        ...process.env,
        DOTENV_CONFIG_PATH: '/nonexistent',
        DOTENV_CONFIG_QUIET: 'true',
        DISCORD_TOKEN: token,
        DISCORD_GUILD_ID: TEST_GUILD_ID,
        DISCORD_API_BASE: fake.apiBase,
      },
    });
    expect(puts()).toHaveLength(before + 1);
    expect(stdout).toContain(`Registered ${commands.length} commands (guild ${TEST_GUILD_ID})`);
    for (const c of commands) expect(stdout).toContain(`/${c.name}`);
  });

  it('stops with one line naming the variable when the token is malformed', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'adapters/discord/deploy-commands.ts'], {
      env: {
        ...process.env,
        DOTENV_CONFIG_PATH: '/nonexistent',
        DOTENV_CONFIG_QUIET: 'true',
        DISCORD_TOKEN: 'not-a-token',
      },
    }).catch((err: { code: number; stderr: string }) => err);
    expect('code' in failure && failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^deploy-commands: DISCORD_TOKEN: does not look like a bot token/),
    ]);
  });
});
