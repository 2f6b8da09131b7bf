// `npm run bench [-- --quick]`: every benchmark in one run, printed as markdown and written to BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoryBot } from '../src/index.js';
import { benchColdStart } from './cold-start.js';
import { benchCore, MORE_QUESTIONS, publicQuestions, type CoreOptions, type CoreResult } from './core.js';
import { benchDiscord } from './discord-load.js';
import { renderReport, type BenchReport, type ScaleRow } from './report.js';
import { writeScaleCorpus } from './scale-corpus.js';
import { benchSlack } from './slack-load.js';

const CORPUS = 'corpus';
const QUESTIONS_FILE = process.env.STORY_QUESTIONS ?? '/work/shared/eval/questions.jsonl';

// What the profile of a 5,000-passage cold build (`node --cpu-prof`, summarised by bench/profile.ts) showed.
const PROFILE_NOTES = [
  '- **Cold build grows quadratically with the number of quotes.** Profile of a 4,687-passage build (10.4 s): `groupQuotes` → `sameQuote` (src/extract/quote-groups.ts) is 6.9 s of the 8.3 s in `buildStory`. It compares every quote with every other and re-tokenises both texts on each comparison (`words`/`foldWord`/`foldTypography` in src/search/text.ts: 5.6 s inclusive, `segments` 3.0 s, `sharesRun` 0.9 s). Tokenising each quote once and bucketing candidates by shared words would make it near-linear. `mergePeople` → `sameName` (src/extract/people.ts) is the next pairwise cost (0.7 s). Left for the lead to decide: the core is not changed here.',
  '- Because of this, the 50,000-passage cold build is run under a time limit in its own process; when it overruns, its row says so and the other sizes still report.',
  '- The serialized index is what makes a warm start cheap: index load is a fraction of the build at every size (section 2), so a warm `ask` pays only parse + load.',
];

interface Plan {
  quick: boolean;
  coreRounds: number;
  coreBudgetMs: number;
  indexRuns: number;
  sizes: { target: number; limitMs: number; rounds: number; budgetMs: number }[];
  coldRuns: number;
  slack: { events: number; concurrency: number };
  discord: { interactions: number; concurrency: number };
}

export function plan(quick: boolean): Plan {
  return quick
    ? { quick, coreRounds: 20, coreBudgetMs: 2_000, indexRuns: 2, sizes: [{ target: 1_000, limitMs: 30_000, rounds: 5, budgetMs: 1_000 }], coldRuns: 0, slack: { events: 100, concurrency: 10 }, discord: { interactions: 50, concurrency: 10 } }
    : {
        quick,
        coreRounds: 300,
        coreBudgetMs: 8_000,
        indexRuns: 5,
        sizes: [
          { target: 1_000, limitMs: 60_000, rounds: 100, budgetMs: 5_000 },
          { target: 10_000, limitMs: 100_000, rounds: 50, budgetMs: 8_000 },
          { target: 50_000, limitMs: 75_000, rounds: 10, budgetMs: 8_000 },
        ],
        coldRuns: 5,
        slack: { events: 1_000, concurrency: 50 },
        discord: { interactions: 500, concurrency: 50 },
      };
}

/** One scale size in a fresh process (clean RSS), stopped if it overruns `limitMs`. */
function coreInChild(options: CoreOptions, limitMs: number): Promise<CoreResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/core.ts', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cold build not finished after ${(limitMs / 1000).toFixed(0)} s (stopped)`));
    }, limitMs);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()!) as CoreResult);
      else reject(new Error(`exited ${code}: ${err.trim().split('\n').pop() ?? ''}`));
    });
  });
}

export async function runBench(options: { quick: boolean; log?: (line: string) => void }): Promise<{ report: BenchReport; markdown: string }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const p = plan(options.quick);
  const t0 = performance.now();
  const questions = [...publicQuestions(QUESTIONS_FILE), ...MORE_QUESTIONS];
  log('bench: core on the bundled corpus');
  const core = benchCore({ corpusDir: CORPUS, questions, rounds: p.coreRounds, budgetMs: p.coreBudgetMs, indexRuns: p.indexRuns });
  const scale: ScaleRow[] = [];
  let tenK: { dir: string; remove(): void } | undefined;
  for (const size of p.sizes) {
    const label = size.target.toLocaleString('en-US');
    log(`bench: scale ${label} passages`);
    const corpus = writeScaleCorpus(CORPUS, size.target);
    const opts: CoreOptions = { corpusDir: corpus.dir, questions, rounds: size.rounds, budgetMs: size.budgetMs, indexRuns: p.quick ? 1 : 3 };
    try {
      // Quick mode stays in-process so the smoke test needs no child toolchain.
      scale.push({ label, target: size.target, result: p.quick ? benchCore(opts) : await coreInChild(opts, size.limitMs) });
    } catch (err) {
      scale.push({ label, target: size.target, failed: err instanceof Error ? err.message : String(err) });
    }
    if (size.target === 10_000) tenK = corpus;
    else corpus.remove();
  }
  let coldStart: BenchReport['coldStart'];
  if (p.coldRuns) {
    log('bench: cold start');
    coldStart = await benchColdStart({
      runs: p.coldRuns,
      question: 'Who said the Russians fled like Olympic sprinters?',
      cacheDir: join(tmpdir(), `story-bot-bench-cache-${process.pid}`),
      ...(tenK ? { bigCorpus: { label: '10,000 passages', dir: tenK.dir } } : {}),
    }).catch((err: unknown) => ({ rows: [], buildMs: 0, error: err instanceof Error ? err.message : String(err) }));
  }
  tenK?.remove();
  const bot = StoryBot.open({ corpusDir: CORPUS });
  log('bench: Slack under load');
  const slack = await benchSlack(bot, questions, p.slack.events, p.slack.concurrency);
  log('bench: Discord under load');
  const discord = await benchDiscord(bot, questions, p.discord.interactions, p.discord.concurrency);
  const report: BenchReport = {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    node: process.version,
    quick: p.quick,
    totalMs: performance.now() - t0,
    core,
    scale,
    ...(coldStart ? { coldStart } : {}),
    slack,
    discord,
    notes: [
      ...(p.quick ? ['- Quick mode: smallest size, few repetitions, small load, no cold start.'] : []),
      '- Cold cache: the "cold cache" ask row gives each run a fresh cache folder, so it pays load + extract + index; section 1/2 "extract" and "index build" are those costs in-process.',
      ...PROFILE_NOTES,
    ],
  };
  return { report, markdown: renderReport(report) };
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/run.ts')) {
  const quick = process.argv.includes('--quick');
  const { markdown } = await runBench({ quick });
  process.stdout.write(`${markdown}\n`);
  if (!quick) writeFileSync('BENCHMARKS.md', `${markdown}\n`);
  // Bolt and discord.js leave keep-alive sockets and timers behind; the run is over.
  process.exit(0);
}
