// Process start → first answer (ask) and → ready (console), each in a fresh child so start-up is really cold.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { percentile } from './stats.js';

export interface ColdStartRow {
  what: string;
  p50Ms: number;
  maxMs: number;
  runs: number;
  rssMb?: number;
  note?: string;
}

// No platform tokens: dotenv never overrides a variable that is already set, so empty ones keep a .env out.
const NO_TOKENS = { DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' };

/** Runs `cmd` until its stdout holds `done`; resolves with the wall time and the child's peak RSS (VmHWM). */
function timeUntil(cmd: string, args: string[], done: RegExp, env: Record<string, string>, stdin?: string, timeoutMs = 30_000): Promise<{ ms: number; rssMb?: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...NO_TOKENS, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let settled = false;
    const timer = setTimeout(() => finish(new Error(`${cmd} ${args.join(' ')}: no answer within ${timeoutMs} ms`)), timeoutMs);
    const finish = (err?: Error, ms?: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      let rssMb: number | undefined;
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) rssMb = Number(hwm[1]) / 1024;
      } catch {
        // Not Linux, or already gone: RSS is simply not reported.
      }
      child.kill();
      if (err) reject(err);
      else resolve({ ms: ms!, ...(rssMb !== undefined ? { rssMb } : {}) });
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (done.test(out)) finish(undefined, performance.now() - t0);
    });
    child.on('exit', (code) => finish(new Error(`${cmd} exited ${code} before answering: ${out.slice(0, 200)}`)));
    // The console reads stdin as a pipe; keep it open so the process stays up until measured.
    if (stdin !== undefined) child.stdin.write(stdin);
  });
}

async function repeat(what: string, runs: number, run: () => Promise<{ ms: number; rssMb?: number }>, note?: string): Promise<ColdStartRow> {
  const times: number[] = [];
  let rss: number | undefined;
  for (let i = 0; i < runs; i++) {
    const r = await run();
    times.push(r.ms);
    rss = Math.max(rss ?? 0, r.rssMb ?? 0) || undefined;
  }
  return { what, p50Ms: percentile(times, 50), maxMs: Math.max(...times), runs, ...(rss ? { rssMb: rss } : {}), ...(note ? { note } : {}) };
}

interface ColdStartOptions {
  runs: number;
  question: string;
  /** Extra corpus to time `ask` on (e.g. the 10,000-passage folder), warm cache. */
  bigCorpus?: { label: string; dir: string };
  cacheDir: string;
}

/** Builds dist/ and times the entry points. Warm cache: one untimed run first fills it. */
export async function benchColdStart(options: ColdStartOptions): Promise<{ rows: ColdStartRow[]; buildMs: number; error?: string }> {
  const t = performance.now();
  const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', timeout: 120_000 });
  const buildMs = performance.now() - t;
  const askJs = 'dist/src/cli/ask.js';
  const startJs = 'dist/adapters/start.js';
  if (!existsSync(askJs) || !existsSync(startJs))
    return { rows: [], buildMs, error: `npm run build did not produce ${askJs} and ${startJs}: ${(build.stderr || build.stdout).slice(0, 300)}` };
  const answered = /"summary"|"found"/;
  const warm = { STORY_CACHE_DIR: options.cacheDir };
  const askArgs = (corpus?: string) => [askJs, '--json', ...(corpus ? ['--corpus', corpus] : []), options.question];
  const rows: ColdStartRow[] = [];
  await timeUntil('node', askArgs(), answered, warm);
  rows.push(await repeat('ask, node dist (bundled corpus, warm cache)', options.runs, () => timeUntil('node', askArgs(), answered, warm)));
  rows.push(
    await repeat('ask, npm run ask (tsx, warm cache)', Math.max(1, Math.ceil(options.runs / 2)), () =>
      timeUntil('npm', ['run', '--silent', 'ask', '--', '--json', options.question], answered, warm),
    ),
  );
  // A fresh cache folder per run: the whole load, clean, extract and index happens in the timed process.
  let cold = 0;
  rows.push(
    await repeat('ask, node dist (bundled corpus, cold cache)', Math.max(1, Math.ceil(options.runs / 2)), () =>
      timeUntil('node', askArgs(), answered, { STORY_CACHE_DIR: `${options.cacheDir}-cold-${process.pid}-${cold++}` }),
    ),
  );
  // The console prints an answer per stdin line; an empty line (help) is the first answer and proves readiness.
  await timeUntil('node', [startJs], /\S/, warm, '\n');
  rows.push(await repeat('console ready, node dist/adapters/start.js (first reply)', options.runs, () => timeUntil('node', [startJs], /\S/, warm, '\n')));
  if (options.bigCorpus) {
    const big = options.bigCorpus;
    await timeUntil('node', askArgs(big.dir), answered, warm, undefined, 240_000);
    rows.push(await repeat(`ask, node dist (${big.label}, warm cache)`, Math.max(1, Math.ceil(options.runs / 2)), () => timeUntil('node', askArgs(big.dir), answered, warm)));
  }
  return { rows, buildMs };
}
