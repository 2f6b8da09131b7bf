// Slack HTTP replicas for the scale-out tests: N real Bolt apps on 127.0.0.1, one fake Slack, one state store
// each (opened on the same Redis, as N processes behind a load balancer would).
import { startSlack, type RunningSlack } from '../../adapters/slack/index.js';
import { StoryBot } from '../../src/index.js';
import { openStateStore, type StateStore } from '../../src/state/index.js';
import { sendSigned, startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';
import { RateLimiter } from '../../adapters/rate-limit.js';

export const SIGNING_SECRET = 'replica-signing-secret-0123456789abcdef';

export interface Replica {
  slack: RunningSlack;
  store: StateStore;
  log: string[];
  send(body: object, retryNum?: number): Promise<number>;
}

export interface Replicas {
  fake: FakeSlack;
  replicas: Replica[];
  /** Posts to `channel` so far. */
  postsIn(channel: string): ReturnType<FakeSlack['callsTo']>;
  stop(): Promise<void>;
}

let shared: StoryBot | undefined;

export async function startReplicas(count: number, redisUrl: string | undefined, options: { defaultRateLimit?: boolean } = {}): Promise<Replicas> {
  const bot = (shared ??= StoryBot.open({ corpusDir: 'corpus' }));
  const fake = await startFakeSlack();
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const log: string[] = [];
    const store = await openStateStore(redisUrl ? { redisUrl } : {}, (l) => log.push(l));
    const slack = await startSlack(
      bot,
      { mode: 'http', botToken: 'xoxb-replica', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl },
      (l) => log.push(l),
      // Generous, so a test asking many questions as one person is not throttled; the store is what is shared.
      { store, ...(options.defaultRateLimit ? {} : { rateLimiter: new RateLimiter(10_000, 10_000) }) },
    );
    replicas.push({
      slack,
      store,
      log,
      send: async (body, retryNum) =>
        (
          await sendSigned(slack.eventsUrl!, SIGNING_SECRET, body, retryNum ? { retryNum, retryReason: 'http_timeout' } : {})
        ).status,
    });
  }
  return {
    fake,
    replicas,
    postsIn: (channel) => fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel),
    async stop() {
      await Promise.all(replicas.map((r) => r.slack.stop()));
      await Promise.all(replicas.map((r) => r.store.close()));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await fake.close();
    },
  };
}
