// Follow-ups through the real Bolt app in HTTP mode against the fake Slack: a thread, a DM and slash commands
// are each one conversation; another thread is another conversation.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { escapeMrkdwn } from '../../adapters/slack/mrkdwn.js';
import { dm, mention, sendSigned, slashCommand } from '../fakes/slack/index.js';
import { blockTexts, SIGNING_SECRET, startHarness, type SlackHarness } from '../slack/harness.js';

describe('Slack: follow-up questions', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });
  const send = (body: object) => sendSigned(h.eventsUrl, SIGNING_SECRET, body);
  const textOf = (post: { params: Record<string, unknown> }) => blockTexts(post.params.blocks).join('\n');
  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
  async function askIn(channel: string, question: string, thread_ts?: string, n = 1) {
    const event = mention(question, { channel, ...(thread_ts ? { thread_ts } : {}) });
    await send(event);
    await vi.waitFor(() => expect(postsIn(channel).length).toBeGreaterThanOrEqual(n));
    return { event, post: postsIn(channel)[n - 1] };
  }

  it('reads "he" in a thread as the person the thread last answered about, and says so', async () => {
    const { event } = await askIn('C0FOLLOW', 'What did Zelenskyy say?');
    const thread = String(event.event.ts);
    const { post } = await askIn('C0FOLLOW', 'who is he?', thread, 2);
    expect(post.params.thread_ts).toBe(thread);
    const text = textOf(post);
    expect(text).toContain(escapeMrkdwn('Taking “he” to be Volodymyr Zelenskyy'));
    expect(text).toContain('Ukrainian President');
  });

  it('does not carry a thread’s context into another thread', async () => {
    await askIn('C0APART', 'What did Zelenskyy say?');
    // A new top-level mention starts its own thread, with nothing to lean on.
    const { post } = await askIn('C0APART', 'who is he?', undefined, 2);
    const text = textOf(post);
    expect(text).not.toContain('Zelenskyy');
    expect(text).not.toContain('Taking “he”');
  });

  it('keeps each thread’s own focus when two threads interleave', async () => {
    const a = await askIn('C0TWO', 'What did Zelenskyy say?');
    const b = await askIn('C0TWO', 'What did Olena Matvienko say?', undefined, 2);
    const inA = await askIn('C0TWO', 'which outlets quoted him?', String(a.event.event.ts), 3);
    const inB = await askIn('C0TWO', 'which outlets quoted her?', String(b.event.event.ts), 4);
    expect(textOf(inA.post)).toContain('quoted Volodymyr Zelenskyy');
    expect(textOf(inB.post)).toContain('quoted Olena Matvienko');
  });

  it('reads a follow-up in a DM with the DM’s last answer', async () => {
    await send(dm('What figures did BeyondNews report?', { channel: 'D0FOLLOW' }));
    await vi.waitFor(() => expect(postsIn('D0FOLLOW')).toHaveLength(1));
    await send(dm('and The Sun?', { channel: 'D0FOLLOW' }));
    await vi.waitFor(() => expect(postsIn('D0FOLLOW')).toHaveLength(2));
    const text = textOf(postsIn('D0FOLLOW')[1]);
    expect(text).toContain(escapeMrkdwn('Reading “and The Sun?” as “What figures did The Sun report?”'));
    expect(text).toContain('The Sun reports');
  });

  it('lets /story ask lean on /story whosaid, per person', async () => {
    const run = async (text: string, user: string) => {
      const before = h.fake.responses.length;
      const body = new URLSearchParams(slashCommand(text, { responseUrl: h.fake.responseUrl(), channel: 'C0CMDS', user }));
      await sendSigned(h.eventsUrl, SIGNING_SECRET, body);
      const responses = await h.fake.waitForResponses(before + 1);
      return blockTexts((responses[before].body as { blocks: unknown }).blocks).join('\n');
    };
    await run('whosaid like Olympic sprinters', 'U0CMDA');
    expect(await run('ask who did he speak to?', 'U0CMDA')).toContain(escapeMrkdwn('Taking “he” to be Petro Kuzyk'));
    // Another person in the same channel has their own conversation.
    expect(await run('ask who did he speak to?', 'U0CMDB')).not.toContain('Taking “he”');
  });
});
