// Which Slack threads have been answered, and when: both Slack load runs (one bot, replicas) count answers the
// same way, so lost and doubled mean the same in both tables.
import type { FakeSlack } from '../../tests/fakes/slack/index.js';
import { summarize, type Summary } from '../stats.js';

/** How a round of questions went, from the threads they were asked in. */
export interface Tally {
  wallMs: number;
  perSecond: number;
  latency: Summary;
  lost: number;
  doubled: number;
}

export interface ThreadAnswers {
  /** Times of every answer posted, by the thread (the question's ts) it went to. */
  posts: Map<string, number[]>;
  /** Resolves once the thread has an answer, or after `timeoutMs`. */
  answerTo(ts: string, timeoutMs: number): Promise<void>;
  /** Stops listening to the fake. */
  stop(): void;
  /** Answers to the questions sent at `sentAt` (ts → time), the first sent at `started`: each first answer times it. */
  tally(sentAt: ReadonlyMap<string, number>, started: number): Tally;
}

export function watchThreadAnswers(fake: FakeSlack): ThreadAnswers {
  const posts = new Map<string, number[]>();
  const waiting = new Map<string, () => void>();
  const stop = fake.onCall((call) => {
    if (call.method !== 'chat.postMessage' || call.status !== 200) return;
    const ts = String(call.params.thread_ts ?? '');
    (posts.get(ts) ?? posts.set(ts, []).get(ts)!).push(call.at);
    waiting.get(ts)?.();
  });
  const answerTo = (ts: string, timeoutMs: number) =>
    new Promise<void>((resolve) => {
      if (posts.has(ts)) return resolve();
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        waiting.delete(ts);
        resolve();
      }
      waiting.set(ts, done);
    });
  const tally = (sentAt: ReadonlyMap<string, number>, started: number): Tally => {
    const answered = [...sentAt].filter(([ts]) => posts.has(ts));
    const wallMs = Math.max(...answered.map(([ts]) => posts.get(ts)![0])) - started;
    return {
      wallMs,
      perSecond: (answered.length / wallMs) * 1000,
      latency: summarize(answered.map(([ts, at]) => posts.get(ts)![0] - at)),
      lost: sentAt.size - answered.length,
      doubled: [...sentAt.keys()].filter((ts) => (posts.get(ts)?.length ?? 0) > 1).length,
    };
  };
  return { posts, answerTo, stop, tally };
}
