// Runs the fake Slack on its own, to try `npm start` against it by hand:
//
//   npx tsx tests/fakes/slack/serve.ts --port 4100 --events http://127.0.0.1:3999/slack/events --secret test-secret \
//     "who said they fled like Olympic sprinters?"
//   SLACK_API_URL=http://127.0.0.1:4100/api/ SLACK_BOT_TOKEN=xoxb-test SLACK_SIGNING_SECRET=test-secret PORT=3999 npm start
//
// It waits for the app's events URL to answer, sends it one signed mention, prints the chat.postMessage it gets
// back, and exits 0 (1 if no answer came). Without --events it just serves and prints every call until Ctrl-C.
import { parseArgs } from 'node:util';
import { startFakeSlack } from './fake-slack.js';
import { mention, urlVerification } from './events.js';
import { sendSigned } from './sign.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '4100' },
    events: { type: 'string' },
    secret: { type: 'string', default: 'test-secret' },
    timeout: { type: 'string', default: '60' },
  },
});

const fake = await startFakeSlack({ port: Number(values.port) });
console.log(`fake Slack: Web API at ${fake.apiUrl}, Socket Mode at ws://127.0.0.1:${fake.port}/link/`);
console.log(
  `  SLACK_API_URL=${fake.apiUrl} SLACK_BOT_TOKEN=xoxb-test SLACK_SIGNING_SECRET=${values.secret} PORT=3999 npm start`,
);
fake.onCall((call) =>
  console.log(`fake Slack: ${call.status} ${call.method} ${JSON.stringify(call.params).slice(0, 200)}`),
);

if (values.events) {
  const deadline = Date.now() + Number(values.timeout) * 1000;
  // The app is started by hand, so poll until its events URL answers a signed url_verification.
  for (;;) {
    const ready = await sendSigned(values.events, values.secret, urlVerification('ping')).catch(() => undefined);
    if (ready?.status === 200) break;
    if (Date.now() > deadline) {
      console.error(`fake Slack: ${values.events} did not answer within ${values.timeout} s`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const question = positionals.join(' ') || 'who said they fled like Olympic sprinters?';
  const event = mention(question);
  const sent = performance.now();
  const res = await sendSigned(values.events, values.secret, event);
  console.log(`fake Slack: sent signed mention "${question}" → HTTP ${res.status}`);
  const [post] = await fake.waitForCalls('chat.postMessage', 1, 10_000).catch(() => [undefined]);
  if (!post) {
    console.error('fake Slack: no chat.postMessage within 10 s');
    process.exit(1);
  }
  console.log(
    `fake Slack: answer after ${Math.round(post.at - sent)} ms in thread ${String(post.params.thread_ts)} (mention ts ${String(event.event.ts)}):`,
  );
  console.log(String(post.params.text));
  await fake.close();
  process.exit(post.params.thread_ts === event.event.ts ? 0 : 1);
}
