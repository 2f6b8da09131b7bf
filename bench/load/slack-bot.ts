// Slack under load: the real Bolt app in HTTP mode on 127.0.0.1, answering the flood from the Slack side
// (bench/load/slack-side.ts), which runs in its own process unless `inProcess` is set.
import { startSlack } from '../../adapters/slack/index.js';
import type { StoryBot } from '../../src/index.js';
import { type Measuring, runPeer } from './peer.js';
import { noRateLimit } from './plans.js';
import type { LoadPlan, LoadResult } from './result.js';
import { floodSlack, type SlackPlan } from './slack-side.js';

const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

export async function benchSlack(bot: StoryBot, plan: LoadPlan, inProcess = false, measuring: Measuring = () => {}): Promise<LoadResult> {
  let slack: Awaited<ReturnType<typeof startSlack>> | undefined;
  const connect = async ({ apiUrl }: Record<string, string>) => {
    slack = await startSlack(
      bot,
      { mode: 'http', botToken: 'xoxb-bench', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl },
      () => {},
      { rateLimiter: noRateLimit() },
    );
    return { eventsUrl: slack.eventsUrl! };
  };
  const slackPlan: SlackPlan = { ...plan, signingSecret: SIGNING_SECRET };
  try {
    const result = inProcess
      ? await floodSlack(slackPlan, connect, measuring)
      : await runPeer<Omit<LoadResult, 'platformSide'>>(new URL('./slack-side.ts', import.meta.url), slackPlan, connect, plan.timeLimitMs + 30_000, measuring);
    return { ...result, platformSide: inProcess ? 'in-process' : 'process' };
  } finally {
    await slack?.stop();
  }
}
