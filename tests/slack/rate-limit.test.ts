import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../adapters/rate-limit.js';
import { mention, sendSigned, slashCommand } from '../fakes/slack/index.js';
import { SIGNING_SECRET, startHarness, type SlackHarness } from './harness.js';

describe('Slack per-user rate limit', () => {
  let h: SlackHarness;
  let now = 1_000_000;
  beforeAll(async () => {
    h = await startHarness({ rateLimiter: new RateLimiter(2, 10_000, () => now) });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const ask = (user: string, channel: string) =>
    sendSigned(h.eventsUrl, SIGNING_SECRET, mention('who said it?', { user, channel }));
  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
  const notesIn = (channel: string) => h.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === channel);

  it('answers up to the limit, then tells only the asker, politely, when to try again', async () => {
    await ask('U0EAGER', 'C0RATE');
    await ask('U0EAGER', 'C0RATE');
    await ask('U0EAGER', 'C0RATE');
    await vi.waitFor(() => expect(notesIn('C0RATE')).toHaveLength(1));
    await vi.waitFor(() => expect(postsIn('C0RATE')).toHaveLength(2));
    const [note] = notesIn('C0RATE');
    expect(note.params.user).toBe('U0EAGER');
    expect(note.params.text).toMatch(/please wait 10 seconds/i);
  });

  it('does not hold one person back for another', async () => {
    await ask('U0PATIENT', 'C0RATE2');
    await vi.waitFor(() => expect(postsIn('C0RATE2')).toHaveLength(1));
    expect(notesIn('C0RATE2')).toHaveLength(0);
  });

  it('limits /story commands too, with an ephemeral note', async () => {
    const responseUrl = h.fake.responseUrl();
    await sendSigned(
      h.eventsUrl,
      SIGNING_SECRET,
      new URLSearchParams(slashCommand('outlets', { user: 'U0EAGER', responseUrl })),
    );
    await vi.waitFor(() => expect(h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`))).toBeDefined());
    const response = h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`))!.body;
    expect(response.response_type).toBe('ephemeral');
    expect(response.text).toMatch(/please wait/i);
  });

  it('answers again once the window has passed', async () => {
    now += 10_000;
    await ask('U0EAGER', 'C0RATE3');
    await vi.waitFor(() => expect(postsIn('C0RATE3')).toHaveLength(1));
  });
});
