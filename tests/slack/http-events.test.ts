import { present } from '../../src/present/index.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APOLOGY, renderAnswer } from '../../adapters/slack/index.js';
import { escapeMrkdwn } from '../../adapters/slack/mrkdwn.js';
import { dm, mention, sendSigned, urlVerification } from '../fakes/slack/index.js';
import { blockTexts, SIGNING_SECRET, startHarness, type SlackHarness } from './harness.js';

describe('Slack over HTTP: events', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const send = (body: object, options?: Parameters<typeof sendSigned>[3]) =>
    sendSigned(h.eventsUrl, SIGNING_SECRET, body, options);
  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  it('checks the auth.test identity at start, with the bot token', () => {
    const auth = h.fake.callsTo('auth.test');
    expect(auth.length).toBeGreaterThanOrEqual(1);
    expect(auth[0].token).toBe('xoxb-fake-bot-token');
  });

  it('answers url_verification with the challenge', async () => {
    const res = await send(urlVerification('challenge-123'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('challenge-123');
  });

  it('answers a mention in the thread of the message, with the answer in blocks and a text fallback', async () => {
    const question = 'who said they fled like Olympic sprinters?';
    const event = mention(question, { channel: 'C0MENTION' });
    expect((await send(event)).status).toBe(200);

    const [post] = await h.fake.waitForCalls('chat.postMessage');
    const expected = renderAnswer(h.bot.ask(question));
    expect(post.params.channel).toBe('C0MENTION');
    expect(post.params.thread_ts).toBe(event.event.ts);
    expect(post.params.blocks).toEqual(expected.blocks);
    expect(post.params.text).toBe(expected.text);
    // The answer comes first: the presented lead, speaker in bold, opens the message.
    expect(blockTexts(post.params.blocks)[0]).toMatch(/^\*Petro Kuzyk\*, a commander .* said it to the _Financial Times_\./);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const event = mention('how much territory was retaken?', { channel: 'C0THREAD', thread_ts: '1700000000.000001' });
    await send(event);
    await vi.waitFor(() => expect(postsIn('C0THREAD')).toHaveLength(1));
    expect(postsIn('C0THREAD')[0].params.thread_ts).toBe('1700000000.000001');
  });

  it('shows the presented sources (at most three, each sentence once) as context blocks after the answer', async () => {
    const question = 'Olympic sprinters';
    await send(mention(question, { channel: 'C0CITES' }));
    await vi.waitFor(() => expect(postsIn('C0CITES')).toHaveLength(1));
    const answer = h.bot.ask(question);
    const contexts = (postsIn('C0CITES')[0].params.blocks as { type: string; elements?: { text: string }[] }[]).filter(
      (b) => b.type === 'context',
    );
    const { sources } = present(answer);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.length).toBeLessThanOrEqual(3);
    for (const s of sources) {
      expect(contexts.some((b) => b.elements?.some((e) => e.text.includes(`📰 *${escapeMrkdwn(s.outlet)}*`)))).toBe(true);
    }
  });

  it('answers a mention with no question with help', async () => {
    await send(mention('', { channel: 'C0EMPTY' }));
    await vi.waitFor(() => expect(postsIn('C0EMPTY')).toHaveLength(1));
    expect(blockTexts(postsIn('C0EMPTY')[0].params.blocks).join('\n')).toContain('/story whosaid');
  });

  it('answers a direct message in the DM, not in a thread', async () => {
    const question = 'which outlets covered the story?';
    await send(dm(question, { channel: 'D0DIRECT' }));
    await vi.waitFor(() => expect(postsIn('D0DIRECT')).toHaveLength(1));
    const [post] = postsIn('D0DIRECT');
    expect(post.params.thread_ts).toBeUndefined();
    expect(post.params.blocks).toEqual(renderAnswer(h.bot.ask(question)).blocks);
  });

  it('ignores messages from bots, its own included', async () => {
    await send(dm('a bot talking', { channel: 'D0BOTS', botId: 'B0OTHER' }));
    await send(dm('my own echo', { channel: 'D0BOTS', botId: 'B0STORYBOT' }));
    await send(mention('a bot mentioning', { channel: 'D0BOTS', botId: 'B0OTHER' }));
    await send(dm('a person', { channel: 'D0BOTS' }));
    await vi.waitFor(() => expect(postsIn('D0BOTS')).toHaveLength(1));
  });

  it('rejects a bad signature with 401 and does not answer', async () => {
    const forged = mention('forged question', { channel: 'C0FORGED' });
    const res = await send(forged, {
      signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000',
    });
    expect(res.status).toBe(401);
    // The rejection happens before any processing, so a later genuine event is answered alone.
    await send(mention('genuine question', { channel: 'C0FORGED' }));
    await vi.waitFor(() => expect(postsIn('C0FORGED')).toHaveLength(1));
    expect(postsIn('C0FORGED')[0].params.thread_ts).not.toBe(forged.event.ts);
  });

  it('rejects a request signed more than 5 minutes ago with 401 and does not answer', async () => {
    const stale = mention('stale question', { channel: 'C0STALE' });
    const res = await send(stale, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await send(mention('fresh question', { channel: 'C0STALE' }));
    await vi.waitFor(() => expect(postsIn('C0STALE')).toHaveLength(1));
    expect(postsIn('C0STALE')[0].params.thread_ts).not.toBe(stale.event.ts);
  });

  it('answers an event Slack retries (X-Slack-Retry-Num) once', async () => {
    const event = mention('who is Petro Kuzyk?', { channel: 'C0RETRY' });
    await send(event);
    await vi.waitFor(() => expect(postsIn('C0RETRY')).toHaveLength(1));
    expect((await send(event, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await send(event, { retryNum: 2, retryReason: 'http_timeout' })).status).toBe(200);
    await h.waitForLog(new RegExp(`dropped redelivery of event ${event.event_id} \\(retry 2`));
    expect(postsIn('C0RETRY')).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After and posts the answer once', async () => {
    h.fake.rateLimitOnce('chat.postMessage', 1);
    const started = performance.now();
    await send(mention('how many troops were trapped?', { channel: 'C0LIMITED' }));
    await vi.waitFor(() => expect(postsIn('C0LIMITED')).toHaveLength(1), { timeout: 10_000 });
    const refused = h.fake.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.status === 429 && c.params.channel === 'C0LIMITED',
    );
    expect(refused).toHaveLength(1);
    expect(postsIn('C0LIMITED')[0].at - refused[0].at).toBeGreaterThanOrEqual(1000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('answers a failure with a friendly line, logs the cause, and shows no stack', async () => {
    const ask = vi.spyOn(h.bot, 'ask').mockImplementationOnce(() => {
      throw new Error('index exploded');
    });
    await send(mention('anything', { channel: 'C0BROKEN' }));
    await vi.waitFor(() => expect(postsIn('C0BROKEN')).toHaveLength(1));
    ask.mockRestore();
    const [post] = postsIn('C0BROKEN');
    expect(post.params.text).toBe(APOLOGY);
    expect(JSON.stringify(post.params)).not.toMatch(/exploded|at .*\.ts/);
    expect(h.log.some((l) => l.includes('index exploded') && l.includes('C0BROKEN'))).toBe(true);
  });
});
