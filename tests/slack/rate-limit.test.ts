import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { slowDown } from '../../adapters/messages.js';
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

  it('words the note exactly as the Discord adapter does', () => {
    expect(notesIn('C0RATE')[0].params.text).toBe(slowDown(10_000));
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

describe('RateLimiter', () => {
  it('sweeps idle keys at most once a window, however many keys are active', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 1_000, () => now);
    // A sweep is a walk over the limiter's map, so counting walks counts sweeps.
    const hits = (limiter as unknown as { hits: Map<string, number[]> }).hits;
    let sweeps = 0;
    hits[Symbol.iterator] = function () {
      sweeps += 1;
      return Map.prototype.entries.call(this);
    };
    for (let i = 0; i < 10_100; i++) limiter.take(`U${i}`);
    expect(sweeps).toBe(1);
    now = 999;
    limiter.take('U-later');
    expect(sweeps).toBe(1);
    now = 1_000;
    limiter.take('U-last');
    expect(sweeps).toBe(2);
    // That sweep forgot every key idle for a whole window, and kept the two still inside one.
    expect([...hits.keys()].sort()).toEqual(['U-last', 'U-later']);
  });
});
