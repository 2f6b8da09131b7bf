// Runs the fake Discord on its own, to try the real bot against it by hand.
//
//   npx tsx tests/fakes/discord/standalone.ts                 prints DISCORD_TOKEN and DISCORD_API_BASE to start the
//                                                             bot with elsewhere; asks sample questions when it logs in
//   npx tsx tests/fakes/discord/standalone.ts -- npm start    also starts that command with those variables, asks the
//                                                             sample questions, prints the answers, stops it and exits
//
// Exit status 0 means every sample interaction got a reply Discord would accept.
import { spawn, type ChildProcess } from 'node:child_process';
import { startFakeDiscord } from './fake-discord.js';
import { autocomplete, chatInput, fakeToken, type FakeInteraction } from './interactions.js';

const SAMPLES: { label: string; build: () => FakeInteraction }[] = [
  {
    label: '/ask question: Who said they fled like Olympic sprinters?',
    build: () => chatInput('ask', { question: 'Who said they fled like Olympic sprinters?' }),
  },
  { label: '/quotes person: Petro Kuzyk', build: () => chatInput('quotes', { person: 'Petro Kuzyk' }) },
  { label: '/outlets', build: () => chatInput('outlets') },
  { label: '/help', build: () => chatInput('help') },
  { label: 'autocomplete /figures outlet: "in"', build: () => autocomplete('figures', 'outlet', 'in') },
];

async function main(): Promise<void> {
  const fake = await startFakeDiscord();
  const token = fakeToken(fake.applicationId);
  const env = { DISCORD_TOKEN: token, DISCORD_API_BASE: fake.apiBase };
  const command = process.argv.slice(process.argv.indexOf('--') + 1);
  const runChild = process.argv.includes('--') && command.length > 0;

  console.log(`fake Discord listening on ${fake.apiBase} (gateway ${fake.gatewayUrl})`);
  console.log(
    `start the bot with:\n  ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} npm start`,
  );

  let child: ChildProcess | undefined;
  if (runChild) {
    // Its own process group, so stopping it stops npm's children too.
    child = spawn(command[0], command.slice(1), {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    child.on('exit', (code) => {
      if (!finished) {
        console.error(`\n${command.join(' ')} exited (code ${code}) before answering`);
        process.exit(1);
      }
    });
  }
  let finished = false;

  await fake.awaitSession(60_000);
  console.log(`\nbot logged in (identifies: ${fake.identifies}); asking ${SAMPLES.length} sample questions\n`);
  let failures = 0;
  for (const sample of SAMPLES) {
    const { id, dispatchedAt } = fake.dispatch(sample.build());
    try {
      const callback = await fake.awaitCallback(id, 10_000);
      const data = callback.body.data ?? {};
      const ms = (callback.receivedAt - dispatchedAt).toFixed(1);
      console.log(`▶ ${sample.label}  (type ${callback.body.type}, flags ${data.flags ?? 0}, ${ms} ms)`);
      if (data.choices)
        console.log(`  choices: ${data.choices.map((c: { name: string }) => c.name).join(' | ') || '(none)'}`);
      if (data.content) console.log(`  ${data.content}`);
      for (const e of data.embeds ?? []) {
        console.log(
          `  ${e.title}\n  ${String(e.description ?? '')
            .split('\n')
            .slice(0, 4)
            .join('\n  ')}`,
        );
        for (const f of e.fields ?? []) console.log(`  [${f.name}] ${f.value.split('\n')[0].slice(0, 100)}`);
      }
    } catch (err) {
      failures += 1;
      console.log(`✗ ${sample.label}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (!runChild) {
    console.log('\nfake Discord still running; Ctrl+C to stop');
    return;
  }
  finished = true;
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  await fake.close();
  process.exit(failures ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
