// One Slack HTTP replica for the scale-out bench, in a process of its own (as replicas behind a load balancer
// are): the real Bolt app on 127.0.0.1 with its state in the shared Redis. Started by bench/load/replicas.ts.
import { startSlack } from '../../adapters/slack/index.js';
import { StoryBot } from '../../src/index.js';
import { openStateStore } from '../../src/state/index.js';
import { isEntry } from './peer.js';
import { noRateLimit } from './plans.js';

export interface ReplicaSettings {
  corpusDir: string;
  apiUrl: string;
  redisUrl: string;
  signingSecret: string;
}

export async function runReplica(settings: ReplicaSettings): Promise<void> {
  const bot = StoryBot.open({ corpusDir: settings.corpusDir });
  const store = await openStateStore({ redisUrl: settings.redisUrl }, () => {});
  const slack = await startSlack(
    bot,
    { mode: 'http', botToken: 'xoxb-bench', signingSecret: settings.signingSecret, port: 0, host: '127.0.0.1', apiUrl: settings.apiUrl },
    () => {},
    { store, rateLimiter: noRateLimit() },
  );
  process.send!({ eventsUrl: slack.eventsUrl });
  // The bench going away ends the replica.
  process.once('disconnect', () => process.exit(0));
}

if (isEntry(import.meta.url)) await runReplica(JSON.parse(process.argv[2] ?? '{}') as ReplicaSettings);
