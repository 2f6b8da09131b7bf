// Discord under load: the real discord.js adapter logged in to the fake gateway of the Discord side
// (bench/load/discord-side.ts), which runs in its own process unless `inProcess` is set.
import { startDiscord } from '../../adapters/discord/index.js';
import type { StoryBot } from '../../src/index.js';
import { fakeToken } from '../../tests/fakes/discord/index.js';
import { floodDiscord } from './discord-side.js';
import { type Measuring, runPeer } from './peer.js';
import { noRateLimit } from './plans.js';
import type { LoadPlan, LoadResult } from './result.js';

export async function benchDiscord(bot: StoryBot, plan: LoadPlan, inProcess = false, measuring: Measuring = () => {}): Promise<LoadResult> {
  let running: Awaited<ReturnType<typeof startDiscord>> | undefined;
  const connect = async ({ apiBase, applicationId }: Record<string, string>) => {
    running = await startDiscord(bot, { token: fakeToken(applicationId), applicationId, apiBase }, () => {}, {
      rateLimiter: noRateLimit(),
    });
    return {};
  };
  try {
    const result = inProcess
      ? await floodDiscord(plan, connect, measuring)
      : await runPeer<Omit<LoadResult, 'platformSide'>>(new URL('./discord-side.ts', import.meta.url), plan, connect, plan.timeLimitMs + 30_000, measuring);
    return { ...result, platformSide: inProcess ? 'in-process' : 'process' };
  } finally {
    await running?.stop();
  }
}
