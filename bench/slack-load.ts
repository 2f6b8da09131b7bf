// Slack under load: the real Bolt app in HTTP mode on 127.0.0.1, fed signed app_mention events 50 at a time,
// posting answers to a fake Web API. Each answer is matched to its event by thread_ts, so loss and doubling show.
import { RateLimiter } from '../adapters/rate-limit.js';
import { startSlack } from '../adapters/slack/index.js';
import type { StoryBot } from '../src/index.js';
import { mention, sendSigned, startFakeSlack } from '../tests/fakes/slack/index.js';
import { summarize, type Summary } from './stats.js';

export interface LoadResult {
  sent: number;
  concurrency: number;
  wallMs: number;
  perSecond: number;
  latency: Summary;
  lost: number;
  duplicates: number;
  httpErrors: number;
}

const SECRET = 'bench-signing-secret-0123456789abcdef';

export async function benchSlack(bot: StoryBot, questions: readonly string[], events: number, concurrency: number, timeLimitMs = 60_000): Promise<LoadResult> {
  const fake = await startFakeSlack();
  const slack = await startSlack(
    bot,
    { mode: 'http', botToken: 'xoxb-bench', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl },
    () => {},
    // The per-user limit would turn a flood from one user into rate-limit notes; the bench measures answering.
    { rateLimiter: new RateLimiter(1e9, 1) },
  );
  const sentAt = new Map<string, number>();
  const posts = new Map<string, number[]>();
  const stopListening = fake.onCall((call) => {
    if (call.method !== 'chat.postMessage' || call.status !== 200) return;
    const ts = String(call.params.thread_ts ?? '');
    (posts.get(ts) ?? posts.set(ts, []).get(ts)!).push(call.at);
  });
  let httpErrors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < events && performance.now() - started < timeLimitMs) {
      const i = next++;
      const body = mention(questions[i % questions.length] || 'help', { user: `U${i % 97}` });
      const ts = String(body.event.ts);
      sentAt.set(ts, performance.now());
      const res = await sendSigned(slack.eventsUrl!, SECRET, body).catch(() => ({ status: 0 }));
      if (res.status !== 200) httpErrors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // Bolt acks before answering; give the last answers a bounded moment to arrive.
  const deadline = performance.now() + 10_000;
  while ([...sentAt.keys()].some((ts) => !posts.has(ts)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const lastPost = Math.max(...[...posts.values()].flat());
  const wallMs = lastPost - started;
  stopListening();
  const latencies = [...sentAt].filter(([ts]) => posts.has(ts)).map(([ts, at]) => posts.get(ts)![0] - at);
  const result: LoadResult = {
    sent: sentAt.size,
    concurrency,
    wallMs,
    perSecond: (latencies.length / wallMs) * 1000,
    latency: summarize(latencies),
    lost: [...sentAt.keys()].filter((ts) => !posts.has(ts)).length,
    duplicates: [...posts.values()].filter((p) => p.length > 1).length,
    httpErrors,
  };
  await slack.stop();
  await new Promise((r) => setTimeout(r, 50));
  await fake.close();
  return result;
}
