// The bench's files run their command-line half only when started directly, never when another file imports them.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('bench entry points', () => {
  it('bench/core.ts started as a child prints one CoreResult for the options it is given', () => {
    const options = {
      corpusDir: 'corpus',
      questions: ['Who said they fled like Olympic sprinters?'],
      rounds: 1,
      budgetMs: 100,
      indexRuns: 1,
    };
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/core.ts', JSON.stringify(options)], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]);
    expect(result.rounds).toBe(1);
    expect(result.passages).toBeGreaterThan(50);
    expect(result.intents).toHaveLength(1);
  });
});
