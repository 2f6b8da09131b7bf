import type { Summary } from '../stats.js';

/** One adapter load run, as the platform side saw it. */
export interface LoadResult {
  /** Events or interactions sent in the measured round (the warm-up is not counted). */
  sent: number;
  concurrency: number;
  /** Warm-up sends before measuring, so start-up compilation is not counted as latency. */
  warmup: number;
  wallMs: number;
  perSecond: number;
  latency: Summary;
  lost: number;
  duplicates: number;
  httpErrors: number;
  /** Where the platform side ran: its own process (a second core, as Slack and Discord are other machines) or the bot's. */
  platformSide: 'process' | 'in-process';
}

/** What every platform side is told. */
export interface LoadPlan {
  questions: string[];
  /** Measured sends. */
  count: number;
  warmup: number;
  concurrency: number;
  timeLimitMs: number;
}

/**
 * `plan.concurrency` people asking in turn, each waiting for `ask(i)` to settle before asking again, until `count`
 * questions have been asked or the time limit passes. Resolves with the round's start time.
 */
export async function askInTurns(plan: Pick<LoadPlan, 'concurrency' | 'timeLimitMs'>, count: number, ask: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  const person = async () => {
    while (next < count && performance.now() - started < plan.timeLimitMs) await ask(next++);
  };
  await Promise.all(Array.from({ length: plan.concurrency }, person));
  return started;
}
