import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { FallbackStore, MemoryStore, openStateStore, stateConfigFromEnv, type StateStore } from '../../src/state/index.js';
import { RedisStore } from '../../src/state/redis-store.js';
import { startRedis, type RunningRedis } from './redis-server.js';

/** What every store must do, memory and Redis alike. */
function behavesAsAStateStore(name: string, make: () => Promise<StateStore>) {
  describe(`${name}: the state store contract`, () => {
    let store: StateStore;
    beforeAll(async () => {
      store = await make();
    });
    afterAll(async () => {
      await store?.close();
    });
    const unique = (what: string) => `${what}-${Math.random().toString(36).slice(2)}`;

    it('sees an id for the first time once', async () => {
      const id = unique('event');
      expect(await store.firstSight(id, 60_000)).toBe(true);
      expect(await store.firstSight(id, 60_000)).toBe(false);
      expect(await store.firstSight(unique('event'), 60_000)).toBe(true);
    });

    it('forgets an id once its time to live has passed', async () => {
      const id = unique('event');
      expect(await store.firstSight(id, 50)).toBe(true);
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.firstSight(id, 50)).toBe(true);
    });

    it('of many racing sightings of one id, exactly one is first', async () => {
      const id = unique('race');
      const results = await Promise.all(Array.from({ length: 20 }, () => store.firstSight(id, 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('allows `limit` hits in a window, then says how long to wait', async () => {
      const key = unique('user');
      for (let i = 0; i < 3; i++) expect(await store.hit(key, 3, 10_000)).toEqual({ allowed: true });
      const refused = await store.hit(key, 3, 10_000);
      expect(refused.allowed).toBe(false);
      if (!refused.allowed) {
        expect(refused.retryAfterMs).toBeGreaterThan(9_000);
        expect(refused.retryAfterMs).toBeLessThanOrEqual(10_000);
      }
      // Another person is not limited by the first.
      expect(await store.hit(unique('user'), 3, 10_000)).toEqual({ allowed: true });
    });

    it('allows hits again once the window has slid past them', async () => {
      const key = unique('user');
      expect((await store.hit(key, 1, 80)).allowed).toBe(true);
      expect((await store.hit(key, 1, 80)).allowed).toBe(false);
      await new Promise((r) => setTimeout(r, 150));
      expect((await store.hit(key, 1, 80)).allowed).toBe(true);
    });

    it('keeps a value until it expires', async () => {
      const key = unique('conversation');
      expect(await store.get(key)).toBeUndefined();
      await store.set(key, '{"person":"Petro Kuzyk"}', 80);
      expect(await store.get(key)).toBe('{"person":"Petro Kuzyk"}');
      await new Promise((r) => setTimeout(r, 150));
      expect(await store.get(key)).toBeUndefined();
    });

    it('takes keys that are awkward in other stores: odd characters, __proto__, constructor', async () => {
      for (const key of ['__proto__', 'constructor', 'slack:T1/C1/1700000000.000100', 'ключ 🙂 *?[]']) {
        await store.set(key, `value of ${key}`, 60_000);
        expect(await store.get(key)).toBe(`value of ${key}`);
      }
    });
  });
}

let redis: RunningRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

behavesAsAStateStore('MemoryStore', async () => new MemoryStore());
behavesAsAStateStore('RedisStore', async () => {
  const store = new RedisStore(redis.url, { prefix: `test-${Date.now()}:` });
  expect(await store.ready()).toBe(true);
  return store;
});

describe('MemoryStore is bounded', () => {
  it('keeps at most its capacity of ids and values, forgetting the oldest', async () => {
    const store = new MemoryStore({ ids: 100, values: 10 });
    for (let i = 0; i < 1_000; i++) await store.firstSight(`e${i}`, 60_000);
    // The newest are remembered, the oldest forgotten.
    expect(await store.firstSight('e999', 60_000)).toBe(false);
    expect(await store.firstSight('e0', 60_000)).toBe(true);
    for (let i = 0; i < 50; i++) await store.set(`k${i}`, 'v', 60_000);
    expect(await store.get('k49')).toBe('v');
    expect(await store.get('k0')).toBeUndefined();
  });
});

describe('Redis keys expire on their own', () => {
  it('gives every key it writes a time to live', async () => {
    const store = new RedisStore(redis.url, { prefix: 'ttl-check:' });
    await store.ready();
    await store.firstSight('event', 60_000);
    await store.hit('user', 5, 10_000);
    await store.set('conversation', 'x', 30 * 60_000);
    const keys = await store.client.keys('ttl-check:*');
    expect(keys.sort()).toEqual(['ttl-check:conversation', 'ttl-check:event', 'ttl-check:user']);
    for (const key of keys) expect(await store.client.pttl(key)).toBeGreaterThan(0);
    await store.close();
  });
});

describe('Redis counts one user across replicas', () => {
  it('two stores on one Redis share a rate window', async () => {
    const a = new RedisStore(redis.url, { prefix: 'shared:' });
    const b = new RedisStore(redis.url, { prefix: 'shared:' });
    await Promise.all([a.ready(), b.ready()]);
    const turns = await Promise.all([a.hit('U1', 3, 10_000), b.hit('U1', 3, 10_000), a.hit('U1', 3, 10_000), b.hit('U1', 3, 10_000)]);
    expect(turns.filter((t) => t.allowed)).toHaveLength(3);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('A Redis outage', () => {
  it('is logged once, answered from memory without doubling an id, and ends when Redis is back', async () => {
    const own = await startRedis();
    const log: string[] = [];
    const store = await openStateStore({ redisUrl: own.url }, (l) => log.push(l));
    try {
      expect(log).toEqual([`state: shared in Redis at ${own.url}`]);
      expect(await store.firstSight('before', 60_000)).toBe(true);
      await own.kill();
      // A redelivery of an event seen before the outage is still recognised: memory recorded it too.
      expect(await store.firstSight('before', 60_000)).toBe(false);
      // New events are answered, once each.
      expect(await store.firstSight('during', 60_000)).toBe(true);
      expect(await store.firstSight('during', 60_000)).toBe(false);
      expect((await store.hit('U1', 1, 10_000)).allowed).toBe(true);
      expect((await store.hit('U1', 1, 10_000)).allowed).toBe(false);
      await store.set('conversation', 'kept', 60_000);
      expect(await store.get('conversation')).toBe('kept');
      expect(log.filter((l) => /unreachable/.test(l))).toHaveLength(1);
      expect(log[1]).toMatch(/^state: Redis at redis:\/\/127\.0\.0\.1:\d+ unreachable \(.+\); answering from this process's memory until it is back$/);
      expect(store.kind).toBe('redis (memory while it is down)');

      await own.restart();
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (await store.firstSight(`probe-${Date.now()}`, 60_000)) && store.kind !== 'redis')
        await new Promise((r) => setTimeout(r, 100));
      expect(store.kind).toBe('redis');
      expect(log.at(-1)).toMatch(/is back; state is shared again$/);
    } finally {
      await store.close();
      await own.stop();
    }
  });

  it('fails fast when Redis hangs, rather than keeping a person waiting', async () => {
    const own = await startRedis();
    const redisStore = new RedisStore(own.url, { commandTimeoutMs: 200 });
    expect(await redisStore.ready()).toBe(true);
    const log: string[] = [];
    const store = new FallbackStore(redisStore, new MemoryStore(), (l) => log.push(l));
    try {
      expect(await store.firstSight('x', 60_000)).toBe(true);
      own.pause();
      const asked = Date.now();
      expect(await store.firstSight('y', 60_000)).toBe(true);
      expect(await store.firstSight('y', 60_000)).toBe(false);
      // Bounded by one command timeout, not by however long Redis stays hung: once it has failed, the next
      // questions go straight to memory until the next probe.
      expect(Date.now() - asked).toBeLessThan(5_000);
      const afterFailure = Date.now();
      for (let i = 0; i < 20; i++) expect(await store.firstSight(`z${i}`, 60_000)).toBe(true);
      expect(Date.now() - afterFailure).toBeLessThan(1_000);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/unreachable \(Command timed out\)/);
      own.resume();
    } finally {
      await store.close();
      await own.stop();
    }
  });
});

describe('State settings', () => {
  it('default to memory and 30 minutes of context', () => {
    expect(stateConfigFromEnv({})).toEqual({ contextTtlMs: 30 * 60_000 });
  });
  it('read REDIS_URL and CONTEXT_TTL', () => {
    expect(stateConfigFromEnv({ REDIS_URL: 'redis://cache:6379/2', CONTEXT_TTL: '90s' })).toEqual({
      redisUrl: 'redis://cache:6379/2',
      contextTtlMs: 90_000,
    });
    expect(stateConfigFromEnv({ CONTEXT_TTL: '2h' }).contextTtlMs).toBe(7_200_000);
  });
  it.each([
    ['REDIS_URL', 'localhost:6379', /^REDIS_URL: must start with redis:\/\//],
    ['REDIS_URL', 'not a url', /^REDIS_URL: must be a URL such as redis:\/\/127\.0\.0\.1:6379/],
    ['REDIS_URL', 'http://cache:6379', /^REDIS_URL: must start with redis:\/\//],
    ['CONTEXT_TTL', '30', /^CONTEXT_TTL: must be a duration up to a week, such as 30m/],
    ['CONTEXT_TTL', '0m', /^CONTEXT_TTL: must be a duration/],
    ['CONTEXT_TTL', '9999h', /^CONTEXT_TTL: must be a duration/],
  ])('name %s when it is malformed (%s)', (variable, value, message) => {
    let error: unknown;
    try {
      stateConfigFromEnv({ [variable]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(message);
  });
});
