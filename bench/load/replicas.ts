// Slack scale-out: N replicas (each its own process, the real Bolt app) on one Redis, behind a round-robin proxy.
// Every event is delivered once and then retried once (same event id, X-Slack-Retry-Num: 1), the retry sent to
// the next replica after the one that had the original, as Slack does when it thinks a delivery was lost and the
// load balancer picks another replica. Counted on the fake Slack: answers per event (must be exactly 1), latency
// from the original delivery to the first chat.postMessage.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mention, signatureHeaders, startFakeSlack } from '../../tests/fakes/slack/index.js';
import { startRedis } from '../../tests/state/redis-server.js';
import type { Summary } from '../stats.js';
import type { ReplicaSettings } from './replica.js';
import { watchThreadAnswers } from './thread-answers.js';
import { askInTurns } from './result.js';

const SIGNING_SECRET = 'bench-replica-secret-0123456789abcdef';

export interface ReplicaPlan {
  corpusDir: string;
  questions: string[];
  replicas: number;
  count: number;
  warmup: number;
  concurrency: number;
  timeLimitMs: number;
}

export interface ReplicaResult {
  replicas: number;
  sent: number;
  /** Deliveries including the retries: twice `sent`. */
  deliveries: number;
  concurrency: number;
  wallMs: number;
  perSecond: number;
  latency: Summary;
  lost: number;
  doubled: number;
  httpErrors: number;
}

async function startReplica(settings: ReplicaSettings): Promise<{ child: ChildProcess; eventsUrl: string }> {
  const child = fork(new URL('./replica.ts', import.meta.url), [JSON.stringify(settings)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`replica exited ${code} before listening`))),
  ])) as [{ eventsUrl: string }];
  return { child, eventsUrl: message.eventsUrl };
}

/**
 * A round-robin HTTP proxy in front of the replicas. A first delivery goes to the next replica in turn; a retry
 * (X-Slack-Retry-Num) of an event goes to the replica after the one that had it.
 */
async function startProxy(targets: string[]) {
  const agent = new Agent({ keepAlive: true });
  let turn = 0;
  const placed = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req as IncomingMessage) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const id = (JSON.parse(raw.toString()) as { event_id: string }).event_id;
    const retry = req.headers['x-slack-retry-num'] !== undefined;
    const first = placed.get(id);
    const to = retry && first !== undefined ? (first + 1) % targets.length : turn++ % targets.length;
    if (!retry) placed.set(id, to);
    const upstream = request(targets[to], { method: 'POST', agent, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end(raw);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

function deliver(agent: Agent, url: string, body: object, retryNum?: number): Promise<number> {
  const raw = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signatureHeaders(SIGNING_SECRET, raw) };
  if (retryNum) {
    headers['x-slack-retry-num'] = String(retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(raw);
  });
}

export async function benchReplicas(plan: ReplicaPlan): Promise<ReplicaResult> {
  const redis = await startRedis();
  const fake = await startFakeSlack();
  const children: ChildProcess[] = [];
  const agent = new Agent({ keepAlive: true });
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  try {
    const settings: ReplicaSettings = { corpusDir: plan.corpusDir, apiUrl: fake.apiUrl, redisUrl: redis.url, signingSecret: SIGNING_SECRET };
    const replicas = await Promise.all(Array.from({ length: plan.replicas }, () => startReplica(settings)));
    children.push(...replicas.map((r) => r.child));
    proxy = await startProxy(replicas.map((r) => r.eventsUrl));
    // Answers by the thread they went to, and whoever is waiting for one.
    const { answerTo, tally } = watchThreadAnswers(fake);
    const round = async (count: number, user: string) => {
      const sentAt = new Map<string, number>();
      let httpErrors = 0;
      const started = await askInTurns(plan, count, async (i) => {
        const body = mention(plan.questions[i % plan.questions.length] || 'help', { user: `${user}${i % 97}` });
        const ts = String(body.event.ts);
        sentAt.set(ts, performance.now());
        // The original and, as soon as it is acknowledged, Slack's retry of it, which the proxy sends elsewhere.
        const [a, b] = [await deliver(agent, proxy!.url, body), await deliver(agent, proxy!.url, body, 1)];
        httpErrors += (a === 200 ? 0 : 1) + (b === 200 ? 0 : 1);
        await answerTo(ts, 10_000);
      });
      return { sentAt, started, httpErrors };
    };
    await round(plan.warmup, 'W');
    const { sentAt, started, httpErrors } = await round(plan.count, 'U');
    // Any doubled answer would arrive within moments of the first.
    await new Promise((r) => setTimeout(r, 300));
    return {
      replicas: plan.replicas,
      sent: sentAt.size,
      deliveries: sentAt.size * 2,
      concurrency: plan.concurrency,
      ...tally(sentAt, started),
      httpErrors,
    };
  } finally {
    agent.destroy();
    for (const c of children) c.kill();
    await proxy?.close();
    await fake.close();
    await redis.stop();
  }
}
