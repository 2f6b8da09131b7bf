// Discord sharding end to end: discord.js's ShardingManager starts each shard as a child process running the
// real adapter, against a fake Discord that recommends 2 shards and routes each guild's interactions to its shard.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscordShards, type RunningShards } from '../../adapters/discord/shards.js';
import { discordShardsFromEnv } from '../../adapters/discord/shard-config.js';
import { ConfigError } from '../../src/errors.js';
import { chatInput, fakeToken, startFakeDiscord, user, type FakeDiscord } from '../fakes/discord/index.js';

describe('Discord shards', () => {
  let fake: FakeDiscord;
  let running: RunningShards;
  const log: string[] = [];
  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 2 });
    running = await startDiscordShards(
      { token: fakeToken(fake.applicationId), applicationId: fake.applicationId, apiBase: fake.apiBase },
      'auto',
      (l) => log.push(l),
      { corpusDir: 'corpus' },
    );
  }, 90_000);
  afterAll(async () => {
    await running?.stop();
    await fake?.close();
  });

  async function askOnShard(shard: number, question: string) {
    const guildId = fake.guildOnShard(shard);
    const sent = fake.dispatch(chatInput('ask', { question }, user(), { guildId }));
    expect(sent.shard).toBe(shard);
    const callback = await fake.awaitCallback(sent.id, 20_000);
    return callback.body.data.embeds?.[0]?.description ?? '';
  }

  it('starts as many shards as Discord recommends, each identifying as its own shard', () => {
    expect(running.totalShards).toBe(2);
    expect(fake.identified.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(log).toContain('Discord: 2 shards running');
  });

  it('answers an interaction on whichever shard its guild is on', async () => {
    expect(await askOnShard(0, 'who is Petro Kuzyk?')).toContain('Petro Kuzyk');
    expect(await askOnShard(1, 'which outlets are in the story?')).toContain('5 outlets');
  });

  it('restarts a shard whose process dies, and that shard answers again', async () => {
    const victim = running.manager.shards.get(1)!;
    victim.process!.kill('SIGKILL');
    await vi.waitFor(() => expect(log).toContain('Discord: shard 1 died; restarting it'), { timeout: 10_000 });
    // Meanwhile shard 0 keeps answering its guilds.
    expect(await askOnShard(0, 'who is Olena Matvienko?')).toContain('Olena Matvienko');
    // Shard 1 identifies again, and an interaction for its guild waits for it and is answered.
    expect(await askOnShard(1, 'what did Zelenskyy say?')).toContain('Volodymyr Zelenskyy');
    expect(fake.identified.filter((i) => i.shard?.[0] === 1)).toHaveLength(2);
  }, 60_000);
});

describe('DISCORD_SHARDS', () => {
  it('is off when unset, auto, or a count', () => {
    expect(discordShardsFromEnv({})).toBeUndefined();
    expect(discordShardsFromEnv({ DISCORD_SHARDS: 'auto' })).toBe('auto');
    expect(discordShardsFromEnv({ DISCORD_SHARDS: ' 4 ' })).toBe(4);
  });
  it.each(['0', '-1', 'two', '2.5', '99999'])('names the variable when it is %s', (value) => {
    expect(() => discordShardsFromEnv({ DISCORD_SHARDS: value })).toThrow(ConfigError);
    expect(() => discordShardsFromEnv({ DISCORD_SHARDS: value })).toThrow(/^DISCORD_SHARDS: must be auto .* got "/);
  });

  it('refuses a revoked token with one line naming DISCORD_TOKEN, before any shard process starts', async () => {
    const strict = await startFakeDiscord({ shards: 2, token: fakeToken('1234') });
    try {
      const lines: string[] = [];
      const start = startDiscordShards(
        { token: fakeToken(strict.applicationId), applicationId: strict.applicationId, apiBase: strict.apiBase },
        2,
        (l) => lines.push(l),
      );
      await expect(start).rejects.toThrow(/^Discord rejected DISCORD_TOKEN .*Reset Token and set it again$/);
      expect(strict.identified).toEqual([]);
      expect(lines).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
