// Follow-ups through the real discord.js client against the fake Discord: each person's commands in a channel
// (a thread is a channel) are one conversation.
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInput, user, type InteractionCallback } from '../fakes/discord/index.js';
import { startHarness, type Harness } from '../discord/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

function shown(callback: InteractionCallback): string {
  const embed: APIEmbed = callback.body.data.embeds![0];
  return [embed.title, embed.description, ...(embed.fields ?? []).map((f) => `${f.name}\n${f.value}`)].join('\n');
}

async function ask(question: string, who: ReturnType<typeof user>, channelId: string): Promise<string> {
  const { id } = h.fake.dispatch(chatInput('ask', { question }, who, { channelId }));
  return shown(await h.fake.awaitCallback(id));
}

describe('Discord: follow-up questions', () => {
  it('reads "he" in a channel as the person that person last asked about, and says so', async () => {
    const asker = user();
    await ask('What did Zelenskyy say?', asker, '1200000000000000001');
    const text = await ask('who is he?', asker, '1200000000000000001');
    expect(text).toContain('Taking “he” to be Volodymyr Zelenskyy');
    expect(text).toContain('Ukrainian President');
  });

  it('does not carry context into another channel or thread', async () => {
    const asker = user();
    await ask('What did Zelenskyy say?', asker, '1200000000000000002');
    const elsewhere = await ask('who is he?', asker, '1200000000000000003');
    expect(elsewhere).not.toContain('Taking “he”');
  });

  it('does not carry one person’s context to another in the same channel', async () => {
    await ask('What did Zelenskyy say?', user(), '1200000000000000004');
    const other = await ask('who is he?', user(), '1200000000000000004');
    expect(other).not.toContain('Taking “he”');
  });

  it('lets /ask lean on /whosaid', async () => {
    const asker = user();
    const { id } = h.fake.dispatch(chatInput('whosaid', { quote: 'like Olympic sprinters' }, asker, { channelId: '1200000000000000005' }));
    await h.fake.awaitCallback(id);
    const text = await ask('who did he speak to?', asker, '1200000000000000005');
    expect(text).toContain('Taking “he” to be Petro Kuzyk');
    expect(text).toContain('Financial Times');
  });
});
