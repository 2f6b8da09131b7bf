// Summary statistics for latency samples. Medians and high percentiles, because on a noisy shared machine a mean
// is dragged around by the odd GC pause or scheduler hiccup.

/** The q-th percentile (0..100) of `samples` by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], q: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { n: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples.length ? Math.max(...samples) : NaN };
}

/** Times `fn` once, in milliseconds. */
export function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Median of a few timings of `fn`, for one-off costs (index build, load) that are too slow for many repetitions. */
export function medianOf(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) times.push(timeMs(fn));
  return percentile(times, 50);
}

/** Milliseconds with precision that suits their size: 0.012, 1.23, 45.6, 1234. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 0.1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? (bytes / 1024 / 1024).toFixed(1) : '–';
}

export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–';
}
