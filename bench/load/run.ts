// One adapter load run on its own, for profiling what the full bench reports:
//
//   npx tsx bench/load/run.ts slack|discord [--in-process]     also prints the bot process's CPU time per event
//   npx tsx bench/load/run.ts replicas        1 and 2 Slack replicas on one Redis, every event retried to the other
//   node --import tsx --cpu-prof --cpu-prof-dir=prof bench/load/run.ts slack && npx tsx bench/profile.ts prof/<file>.cpuprofile
//   npx tsx bench/load/run.ts slack --profile-measured prof/slack.cpuprofile   the measured round alone, no start-up
//
// Same plan as `npm run bench` (1,000 Slack events or 500 Discord interactions, 50 open at a time, after a warm-up).
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { StoryBot } from '../../src/index.js';
import { BENCH_CORPUS, benchQuestions } from '../core.js';
import { ms } from '../stats.js';
import { benchDiscord } from './discord-bot.js';
import { LOAD_PLANS } from './plans.js';
import { benchSlack } from './slack-bot.js';
import { benchReplicas } from './replicas.js';

const which = process.argv[2];
if (which === 'replicas') {
  for (const replicas of [1, 2]) {
    const r = await benchReplicas({ corpusDir: BENCH_CORPUS, questions: benchQuestions(), replicas, ...LOAD_PLANS.replicas, timeLimitMs: 60_000 });
    console.log(
      `${replicas} replica(s): ${r.sent} events, ${r.deliveries} deliveries, ${r.concurrency} open at a time: ` +
        `${r.perSecond.toFixed(0)}/s, p50 ${ms(r.latency.p50)} ms, p99 ${ms(r.latency.p99)} ms, lost ${r.lost}, doubled ${r.doubled}`,
    );
  }
  process.exit(0);
}
if (which !== 'slack' && which !== 'discord') {
  console.error('usage: npx tsx bench/load/run.ts slack|discord|replicas [--in-process] [--profile-measured FILE]');
  process.exit(2);
}
const bot = StoryBot.open({ corpusDir: BENCH_CORPUS });
const plan = { questions: benchQuestions(), ...LOAD_PLANS[which], timeLimitMs: 60_000 };
const inProcess = process.argv.includes('--in-process');
// The bot's own CPU time per event: on a shared machine, throughput and latency follow the scheduler's share of the
// cores, while the work per event is what a change to the bot moves. Counted twice: from before the warm-up (which
// also pays for loading and compiling Bolt, discord.js and the answer path through tsx, once per process) and over
// the measured round alone (what each further event costs). The main thread's share is the event loop's own work,
// which bounds throughput and latency; the rest is V8's helper threads (concurrent GC and compilation) and the
// chart thread, which run on the other core.
const profileFile = argValue('--profile-measured');
const session = profileFile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
}
let measuredFrom: NodeJS.CpuUsage | undefined;
let mainFrom: number | undefined;
const measuring = () => {
  measuredFrom = process.cpuUsage();
  mainFrom = mainThreadCpuMs();
  void session?.post('Profiler.start');
};
const cpuBefore = process.cpuUsage();
const r = which === 'slack' ? await benchSlack(bot, plan, inProcess, measuring) : await benchDiscord(bot, plan, inProcess, measuring);
const cpu = process.cpuUsage(cpuBefore);
const measuredCpu = process.cpuUsage(measuredFrom);
const mainTo = mainThreadCpuMs();
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileFile!, JSON.stringify(profile));
}
const perEvent = (c: NodeJS.CpuUsage, events: number) => ms((c.user + c.system) / 1000 / events);
console.log(
  `${which}: ${r.sent} sent after ${r.warmup} warm-up, ${r.concurrency} open at a time, platform side ${r.platformSide}: ` +
    `${r.perSecond.toFixed(0)}/s, p50 ${ms(r.latency.p50)} ms, p99 ${ms(r.latency.p99)} ms, lost ${r.lost}, duplicates ${r.duplicates}` +
    `${inProcess ? '' : `; bot process CPU ${perEvent(cpu, r.sent + r.warmup)} ms per event (warm-up included), ${perEvent(measuredCpu, r.sent)} ms (measured round)`}` +
    `${inProcess || mainFrom === undefined || mainTo === undefined ? '' : `, of which main thread ${ms((mainTo - mainFrom) / r.sent)} ms`}`,
);
// Bolt and discord.js leave keep-alive sockets and timers behind; the run is over.
process.exit(0);

function argValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** CPU time of this process's main thread so far, in ms (Linux /proc; undefined elsewhere), at the kernel's 10 ms tick. */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name: state is field 3, utime and stime are fields 14 and 15, in clock ticks (100/s).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
