// The Slack side of the load test: a fake Web API, and Slack's event delivery, sending signed app_mention events
// to the bot's HTTP endpoint, at most `concurrency` unanswered at a time. Each answer is matched to its event by thread_ts, so loss and
// doubling show; latency is event sent → chat.postMessage arriving, both on this side's clock.
import { Agent, request } from 'node:http';
import { mention, signatureHeaders, startFakeSlack } from '../../tests/fakes/slack/index.js';
import { type Connect, isEntry, type Measuring, servePeer } from './peer.js';
import { watchThreadAnswers } from './thread-answers.js';
import { askInTurns, type LoadPlan, type LoadResult } from './result.js';

export interface SlackPlan extends LoadPlan {
  signingSecret: string;
}

/**
 * Delivers one signed event over a kept-alive connection, as Slack's delivery does. Not `fetch`: under this load
 * undici's pool left some deliveries waiting hundreds of milliseconds for a connection, charging its own queue to
 * the bot's latency (seen while profiling; node:http with a keep-alive agent does not).
 */
function deliver(agent: Agent, url: string, signingSecret: string, body: object): Promise<number> {
  const raw = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...signatureHeaders(signingSecret, raw) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(raw);
  });
}

export async function floodSlack(plan: SlackPlan, connect: Connect, measuring: Measuring = () => {}): Promise<Omit<LoadResult, 'platformSide'>> {
  const fake = await startFakeSlack();
  const agent = new Agent({ keepAlive: true });
  try {
    const { eventsUrl } = await connect({ apiUrl: fake.apiUrl });
    // Answers by the thread they went to, and whoever is waiting for one.
    const { answerTo, stop: stopListening, tally } = watchThreadAnswers(fake);
    // `concurrency` people, each asking, waiting for the answer in the thread, and asking again: at most that
    // many questions are open at once.
    const round = async (count: number, user: string) => {
      const sentAt = new Map<string, number>();
      let httpErrors = 0;
      const started = await askInTurns(plan, count, async (i) => {
        const body = mention(plan.questions[i % plan.questions.length] || 'help', { user: `${user}${i % 97}` });
        const ts = String(body.event.ts);
        sentAt.set(ts, performance.now());
        const status = await deliver(agent, eventsUrl, plan.signingSecret, body);
        if (status !== 200) httpErrors += 1;
        else await answerTo(ts, 10_000);
      });
      return { sentAt, started, httpErrors };
    };
    await round(plan.warmup, 'W');
    measuring();
    const { sentAt, started, httpErrors } = await round(plan.count, 'U');
    stopListening();
    const { doubled, ...counts } = tally(sentAt, started);
    return { sent: sentAt.size, concurrency: plan.concurrency, warmup: plan.warmup, ...counts, duplicates: doubled, httpErrors };
  } finally {
    agent.destroy();
    await fake.close();
  }
}

if (isEntry(import.meta.url)) await servePeer(floodSlack);
