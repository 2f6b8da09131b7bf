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
