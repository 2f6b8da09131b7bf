// The Discord side of the load test: a fake Discord (REST + gateway) dispatching /ask interactions to the bot's
// session `concurrency` at a time. Latency is dispatch → the interaction callback arriving at the fake's REST
// endpoint, both on this side's clock.
import { chatInput, startFakeDiscord, user } from '../../tests/fakes/discord/index.js';
import { summarize } from '../stats.js';
import { type Connect, isEntry, type Measuring, servePeer } from './peer.js';
import { askInTurns, type LoadPlan, type LoadResult } from './result.js';

export async function floodDiscord(plan: LoadPlan, connect: Connect, measuring: Measuring = () => {}): Promise<Omit<LoadResult, 'platformSide'>> {
  const fake = await startFakeDiscord();
  try {
    await connect({ apiBase: fake.apiBase, applicationId: fake.applicationId });
    await fake.awaitSession();
    const round = async (count: number) => {
      const latencies: number[] = [];
      const ids: string[] = [];
      let lost = 0;
      const started = await askInTurns(plan, count, async (i) => {
        const { id, dispatchedAt } = fake.dispatch(chatInput('ask', { question: plan.questions[i % plan.questions.length] || 'help' }, user()));
        ids.push(id);
        try {
          latencies.push((await fake.awaitCallback(id, 10_000)).receivedAt - dispatchedAt);
        } catch {
          lost += 1;
        }
      });
      return { latencies, ids, lost, wallMs: performance.now() - started };
    };
    const failedBefore = () => fake.callbacks.filter((c) => c.status >= 300).length;
    await round(plan.warmup);
    measuring();
    const errorsBefore = failedBefore();
    const { latencies, ids, lost, wallMs } = await round(plan.count);
    const measured = new Set(ids);
    const successes = new Map<string, number>();
    for (const c of fake.callbacks) if (measured.has(c.interactionId) && c.status < 300) successes.set(c.interactionId, (successes.get(c.interactionId) ?? 0) + 1);
    return {
      sent: ids.length,
      concurrency: plan.concurrency,
      warmup: plan.warmup,
      wallMs,
      perSecond: (latencies.length / wallMs) * 1000,
      latency: summarize(latencies),
      lost,
      duplicates: [...successes.values()].filter((n) => n > 1).length,
      httpErrors: failedBefore() - errorsBefore,
    };
  } finally {
    await fake.close();
  }
}

if (isEntry(import.meta.url)) await servePeer(floodDiscord);
