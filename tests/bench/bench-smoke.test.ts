// Keeps the benchmark from rotting: the quick mode runs in-process and must produce tables with sane numbers.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORER } from '../../bench/attribution.js';
import { runBench } from '../../bench/run.js';

describe('npm run bench -- --quick', () => {
  it('produces every table with sane numbers and no lost or doubled answers', async () => {
    const { report, markdown } = await runBench({ quick: true, log: () => {} });
    expect(report.core.passages).toBeGreaterThan(50);
    expect(report.core.all.answer.n).toBeGreaterThan(100);
    expect(report.core.all.answer.p50).toBeGreaterThan(0);
    expect(report.core.all.answer.p99).toBeLessThan(1_000);
    expect(report.core.all.raw.p99).toBeLessThan(1_000);
    expect(report.core.rssBytes).toBeGreaterThan(report.core.heapBytes);
    const small = report.scale[0].result!;
    expect(small.passages).toBeGreaterThan(800);
    expect(small.passages).toBeLessThan(1_500);
    expect(small.all.answer.n).toBeGreaterThan(0);
    const loads = [...report.slack!, ...report.discord!];
    // Each adapter once with the platform side in its own process, once sharing the bot's.
    expect(loads.map((l) => l.platformSide)).toEqual(['process', 'in-process', 'process', 'in-process']);
    for (const load of loads) {
      expect(load.sent).toBeGreaterThanOrEqual(50);
      expect(load.lost).toBe(0);
      expect(load.duplicates).toBe(0);
      expect(load.latency.n).toBe(load.sent);
      expect(load.perSecond).toBeGreaterThan(0);
    }
    const chart = report.chart as { cold: { p50: number }; warm: { n: number; p50: number }; width: number };
    expect(chart.cold.p50).toBeGreaterThan(0);
    expect(chart.warm.n).toBe(3);
    expect(chart.width).toBeGreaterThan(600);
    // Replicas on one Redis, every event retried to the other: each answered exactly once.
    expect(Array.isArray(report.replicas)).toBe(true);
    for (const r of report.replicas as Exclude<typeof report.replicas, { error: string } | undefined>) {
      expect(r.sent).toBeGreaterThanOrEqual(50);
      expect(r.lost).toBe(0);
      expect(r.doubled).toBe(0);
    }
    expect(report.followUps!.readAsFollowUps).toBe(report.followUps!.questions);
    for (const heading of [
      '## 1. Core',
      '## 2. Scale',
      '## 3. Cold start',
      '## 4–5. Adapters',
      '## 6. Chart: time to PNG',
      '## 7. Fuzz',
      '## 8. Scale-out',
      '## 9. Follow-up',
    ])
      expect(markdown).toContain(heading);
    expect(markdown).toMatch(/\| who_said \|/);
    // one attribution line per gold set present (the public real-text sample ships with ../shared/eval)
    if (existsSync(SCORER)) expect(markdown).toMatch(/- real \(public sample\): attribution: recall [\d.]+% speaker-precision/);
    // Without ../shared/eval the section says so in one line per set, not with the loader's stack.
    else expect(markdown).toMatch(/- Brown \(held out\): not scored: the scorer .* is absent \(it ships with \.\.\/shared\/eval\)\n/);
  }, 180_000);
});
