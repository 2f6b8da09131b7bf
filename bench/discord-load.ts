// Discord under load: the real discord.js adapter logged in to the fake gateway, /ask interactions dispatched
// 50 at a time; latency is dispatch → the interaction callback arriving at the fake's REST endpoint.
import { startDiscord } from '../adapters/discord/index.js';
import type { StoryBot } from '../src/index.js';
import { chatInput, fakeToken, startFakeDiscord, user } from '../tests/fakes/discord/index.js';
import { summarize } from './stats.js';
import type { LoadResult } from './slack-load.js';

export async function benchDiscord(bot: StoryBot, questions: readonly string[], interactions: number, concurrency: number, timeLimitMs = 60_000): Promise<LoadResult> {
  const fake = await startFakeDiscord();
  const running = await startDiscord(
    bot,
    // The cooldown would answer a flood with "slow down" notes; the bench measures answering.
    { token: fakeToken(fake.applicationId), applicationId: fake.applicationId, apiBase: fake.apiBase, cooldown: { limit: Infinity, windowMs: 1 } },
    () => {},
  );
  const latencies: number[] = [];
  let lost = 0;
  let sent = 0;
  let next = 0;
  const ids: string[] = [];
  const started = performance.now();
  const worker = async () => {
    while (next < interactions && performance.now() - started < timeLimitMs) {
      const i = next++;
      const { id, dispatchedAt } = fake.dispatch(chatInput('ask', { question: questions[i % questions.length] || 'help' }, user()));
      sent += 1;
      ids.push(id);
      try {
        const cb = await fake.awaitCallback(id, 10_000);
        latencies.push(cb.receivedAt - dispatchedAt);
      } catch {
        lost += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const duplicates = ids.filter((id) => fake.callbacksFor(id).filter((c) => c.status < 300).length > 1).length;
  const result: LoadResult = {
    sent,
    concurrency,
    wallMs,
    perSecond: (latencies.length / wallMs) * 1000,
    latency: summarize(latencies),
    lost,
    duplicates,
    httpErrors: fake.callbacks.filter((c) => c.status >= 300).length,
  };
  await running.stop();
  await fake.close();
  return result;
}
