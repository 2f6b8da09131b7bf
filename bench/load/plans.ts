/** The full bench's load: at least 1,000 Slack events and 500 Discord interactions, 50 open at a time, after a warm-up. */
export const LOAD_PLANS = {
  slack: { count: 1_000, concurrency: 50, warmup: 300 },
  discord: { count: 500, concurrency: 50, warmup: 150 },
} as const;
