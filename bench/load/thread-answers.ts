// Which Slack threads have been answered, and when: both Slack load runs (one bot, replicas) count answers the
// same way, so lost and doubled mean the same in both tables.
import type { FakeSlack } from '../../tests/fakes/slack/index.js';

export interface ThreadAnswers {
  /** Times of every answer posted, by the thread (the question's ts) it went to. */
  posts: Map<string, number[]>;
  /** Resolves once the thread has an answer, or after `timeoutMs`. */
  answerTo(ts: string, timeoutMs: number): Promise<void>;
  /** Stops listening to the fake. */
  stop(): void;
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
  return { posts, answerTo, stop };
}
