import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findCommand } from '../../commands/index.js';
import { renderAnswer } from '../../adapters/slack/index.js';
import { blockAction, mention, slashCommand } from '../fakes/slack/index.js';
import { APP_TOKEN, startHarness, type SlackHarness } from './harness.js';

describe('Slack over Socket Mode', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'socket' });
    await h.fake.socketConnected();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  it('opens the connection through apps.connections.open with the app token, at SLACK_API_URL', () => {
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0].token).toBe(APP_TOKEN);
  });

  it('acks a mention envelope and answers in its thread', async () => {
    const question = 'who said they fled like Olympic sprinters?';
    const event = mention(question, { channel: 'C0SOCKET' });
    const ack = await h.fake.sendEnvelope('events_api', event);
    expect(ack.envelope_id).toMatch(/^env-/);
    await vi.waitFor(() => expect(postsIn('C0SOCKET')).toHaveLength(1));
    const [post] = postsIn('C0SOCKET');
    expect(post.params.thread_ts).toBe(event.event.ts);
    expect(post.params.blocks).toEqual(renderAnswer(h.bot.ask(question)).blocks);
  });

  it('acks an interactive envelope (a button under an answer) and posts the view in the thread', async () => {
    await h.fake.sendEnvelope('events_api', mention('who said they fled like Olympic sprinters?', { channel: 'C0SOCKVIEW' }));
    await vi.waitFor(() => expect(postsIn('C0SOCKVIEW')).toHaveLength(1));
    const actions = (postsIn('C0SOCKVIEW')[0].params.blocks as { type: string; elements?: { action_id: string; value?: string }[] }[]).find(
      (b) => b.type === 'actions',
    )!;
    const versions = actions.elements!.find((e) => e.action_id === 'sb-view-versions')!;
    const payload = blockAction(versions, { channel: 'C0SOCKVIEW', message: { ts: '1700000000.000900' }, responseUrl: h.fake.responseUrl() });
    const ack = await h.fake.sendEnvelope('interactive', payload);
    expect(ack.envelope_id).toMatch(/^env-/);
    await vi.waitFor(() => expect(postsIn('C0SOCKVIEW')).toHaveLength(2));
    expect(postsIn('C0SOCKVIEW')[1].params.thread_ts).toBe('1700000000.000900');
  });

  it('acks a /story envelope and answers through response_url', async () => {
    const responseUrl = h.fake.responseUrl();
    const ack = await h.fake.sendEnvelope('slash_commands', slashCommand('figures territory', { responseUrl }));
    expect(ack.envelope_id).toMatch(/^env-/);
    await vi.waitFor(() => expect(h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`))).toBeDefined());
    const response = h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`))!.body;
    const figures = findCommand('figures')!;
    expect(response.blocks).toEqual(
      renderAnswer(h.bot.answer(figures.toQuery({ topic: 'territory' }), 'figures territory'), {
        query: figures.toQuery({ topic: 'territory' }),
      }).blocks,
    );
  });

  it('answers an envelope Slack redelivers (retry_attempt) once', async () => {
    const event = mention('who is Petro Kuzyk?', { channel: 'C0SOCKRETRY' });
    await h.fake.sendEnvelope('events_api', event);
    await vi.waitFor(() => expect(postsIn('C0SOCKRETRY')).toHaveLength(1));
    await h.fake.sendEnvelope('events_api', event, { retryAttempt: 1, retryReason: 'timeout' });
    await h.waitForLog(new RegExp(`dropped redelivery of event ${event.event_id}`));
    expect(postsIn('C0SOCKRETRY')).toHaveLength(1);
  });
});
