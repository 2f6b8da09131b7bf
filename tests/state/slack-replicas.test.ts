import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mention, dm } from '../fakes/slack/index.js';
import { startRedis, type RunningRedis } from './redis-server.js';
import { startReplicas, type Replicas } from './replicas.js';

/** Waits until nothing more arrives: a doubled answer would come within this much of the first. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('Slack HTTP replicas on one Redis', () => {
  let redis: RunningRedis;
  let r: Replicas;
  beforeAll(async () => {
    redis = await startRedis();
    r = await startReplicas(2, redis.url);
  });
  afterAll(async () => {
    await r?.stop();
    await redis?.stop();
  });

  it('both replicas share the state in Redis', () => {
    for (const replica of r.replicas) expect(replica.log[0]).toBe(`state: shared in Redis at ${redis.url}`);
  });

  it('answer an event once when Slack retries it to the other replica', async () => {
    const [a, b] = r.replicas;
    const event = mention('who is Petro Kuzyk?', { channel: 'C0RETRIED' });
    expect(await a.send(event)).toBe(200);
    await vi.waitFor(() => expect(r.postsIn('C0RETRIED')).toHaveLength(1));
    // Slack thought the first delivery was lost and tries again, and the load balancer picks the other replica.
    expect(await b.send(event, 1)).toBe(200);
    expect(await a.send(event, 2)).toBe(200);
    await settle();
    expect(r.postsIn('C0RETRIED')).toHaveLength(1);
    expect(b.log.some((l) => l.includes(`dropped redelivery of event ${event.event_id} (retry 1, http_timeout)`))).toBe(true);
  });

  it('answer once when the first delivery and its retry arrive at both replicas at the same moment', async () => {
    const [a, b] = r.replicas;
    for (let i = 0; i < 10; i++) {
      const event = mention('which outlets covered the story?', { channel: `C0RACE${i}` });
      await Promise.all([a.send(event), b.send(event, 1)]);
    }
    await vi.waitFor(() => {
      for (let i = 0; i < 10; i++) expect(r.postsIn(`C0RACE${i}`)).toHaveLength(1);
    });
    await settle();
    for (let i = 0; i < 10; i++) expect(r.postsIn(`C0RACE${i}`)).toHaveLength(1);
  });

  it('read a follow-up in a thread with that thread’s context, whichever replica each message reaches', async () => {
    const [a, b] = r.replicas;
    const first = mention('What did Zelenskyy say?', { channel: 'C0SHAREDCTX' });
    await a.send(first);
    await vi.waitFor(() => expect(r.postsIn('C0SHAREDCTX')).toHaveLength(1));
    await b.send(mention('who is he?', { channel: 'C0SHAREDCTX', thread_ts: String(first.event.ts) }));
    await vi.waitFor(() => expect(r.postsIn('C0SHAREDCTX')).toHaveLength(2));
    expect(String(r.postsIn('C0SHAREDCTX')[1].params.text)).toContain('Volodymyr Zelenskyy');
    expect(JSON.stringify(r.postsIn('C0SHAREDCTX')[1].params.blocks)).toContain('Taking “he” to be Volodymyr Zelenskyy');
  });

  it('answer one DM once even when it arrives as two events at two replicas', async () => {
    const [a, b] = r.replicas;
    // Slack sends a DM that mentions the bot both as message.im and app_mention, with different event ids.
    const message = dm('what did Zelenskyy say?', { channel: 'D0TWICE' });
    const asMention = mention('what did Zelenskyy say?', { channel: 'D0TWICE', ts: String(message.event.ts) });
    await Promise.all([a.send(message), b.send(asMention)]);
    await vi.waitFor(() => expect(r.postsIn('D0TWICE')).toHaveLength(1));
    await settle();
    expect(r.postsIn('D0TWICE')).toHaveLength(1);
  });
});

describe('Killing Redis mid-run', () => {
  let redis: RunningRedis;
  let r: Replicas;
  beforeAll(async () => {
    redis = await startRedis();
    r = await startReplicas(2, redis.url);
  });
  afterAll(async () => {
    await r?.stop();
    await redis?.stop();
  });

  it('with events in flight on two replicas, loses no answer and doubles none', async () => {
    const events = Array.from({ length: 40 }, (_, i) => mention('which outlets are in the story?', { channel: `C0FLIGHT${i}` }));
    // Each event and its retry reach one replica; Redis dies a quarter of the way through.
    const sends = events.map(async (e, i) => {
      await new Promise((res) => setTimeout(res, i * 5));
      const replica = r.replicas[i % 2];
      await replica.send(e);
      await replica.send(e, 1);
    });
    await new Promise((res) => setTimeout(res, 50));
    await redis.kill();
    await Promise.all(sends);
    await vi.waitFor(() => {
      for (let i = 0; i < 40; i++) expect(r.postsIn(`C0FLIGHT${i}`)).toHaveLength(1);
    });
    await settle();
    for (let i = 0; i < 40; i++) expect(r.postsIn(`C0FLIGHT${i}`)).toHaveLength(1);
    for (const replica of r.replicas) expect(replica.log.filter((l) => /^state: .* unreachable/.test(l))).toHaveLength(1);
    await redis.restart();
  });

  it('loses no answer and doubles none: the replica falls back to memory and says so once', async () => {
    const [a] = r.replicas;
    // Redis is back from the test before; wait until this replica has seen it again.
    await vi.waitFor(async () => {
      await a.send(mention('who is Petro Kuzyk?', { channel: 'C0PROBE' }));
      expect(a.store.kind).toBe('redis');
    }, { timeout: 10_000, interval: 200 });
    const outagesBefore = a.log.filter((l) => /^state: .* unreachable/.test(l)).length;
    const events = Array.from({ length: 12 }, (_, i) => mention('who said they fled like Olympic sprinters?', { channel: `C0KILL${i}` }));
    // Half before the outage, each retried once.
    for (const e of events.slice(0, 6)) {
      await a.send(e);
      await a.send(e, 1);
    }
    await redis.kill();
    // Retries of events answered before the outage are still recognised, and new events are answered once.
    for (const e of events.slice(0, 6)) await a.send(e, 2);
    for (const e of events.slice(6)) {
      await a.send(e);
      await a.send(e, 1);
    }
    await vi.waitFor(() => {
      for (let i = 0; i < 12; i++) expect(r.postsIn(`C0KILL${i}`)).toHaveLength(1);
    });
    await settle();
    for (let i = 0; i < 12; i++) expect(r.postsIn(`C0KILL${i}`)).toHaveLength(1);
    expect(a.log.filter((l) => /^state: .* unreachable/.test(l))).toHaveLength(outagesBefore + 1);
  });
});

describe('Without a shared store (the control)', () => {
  it('two replicas each answer a retry that reaches the other: what Redis is there to prevent', async () => {
    const r = await startReplicas(2, undefined);
    try {
      const [a, b] = r.replicas;
      const event = mention('who is Petro Kuzyk?', { channel: 'C0UNSHARED' });
      await a.send(event);
      await b.send(event, 1);
      await vi.waitFor(() => expect(r.postsIn('C0UNSHARED')).toHaveLength(2));
    } finally {
      await r.stop();
    }
  });
});

describe('Rate limits on one Redis', () => {
  it('count a person’s questions across replicas: 5 in 10 seconds, wherever they land', async () => {
    const redis = await startRedis();
    const r = await startReplicas(2, redis.url, { defaultRateLimit: true });
    try {
      for (let i = 0; i < 8; i++) await r.replicas[i % 2].send(dm('who is Petro Kuzyk?', { channel: 'D0FLOOD', user: 'U0FLOODER' }));
      await vi.waitFor(() => expect(r.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === 'D0FLOOD')).toHaveLength(3));
      await settle();
      expect(r.postsIn('D0FLOOD')).toHaveLength(5);
    } finally {
      await r.stop();
      await redis.stop();
    }
  });
});

describe('Redis not there at start-up', () => {
  it('starts on memory with one line, and moves to Redis once it answers', async () => {
    const redis = await startRedis();
    await redis.kill();
    const r = await startReplicas(1, redis.url);
    try {
      const [a] = r.replicas;
      expect(a.log[0]).toMatch(/^state: Redis at redis:\/\/127\.0\.0\.1:\d+ not reachable yet; answering from this process's memory until it is$/);
      const e = mention('who is Petro Kuzyk?', { channel: 'C0LATE' });
      await a.send(e);
      await a.send(e, 1);
      await vi.waitFor(() => expect(r.postsIn('C0LATE')).toHaveLength(1));
      expect(a.log.filter((l) => /unreachable|not reachable/.test(l))).toHaveLength(1);
      await redis.restart();
      await vi.waitFor(async () => {
        await a.send(mention('who is Petro Kuzyk?', { channel: 'C0LATER' }));
        expect(a.store.kind).toBe('redis');
      }, { timeout: 10_000, interval: 200 });
      expect(a.log.at(-1)).toMatch(/is back; state is shared again$/);
    } finally {
      await r.stop();
      await redis.stop();
    }
  });
});
