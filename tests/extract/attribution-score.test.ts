// Who said what on real newspaper text, scored by the shared scorer against hand-labelled gold (issue 10's
// "Done when"). The public sample is held to the issue-10 bar. The held-out sets are not there yet, so each is held
// to a regression floor of its own: a change that loses ground on any of them fails CI, and the floors only move up.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availableGoldSets, SCORER, scoreAttribution } from '../../bench/attribution.js';

/** What a set must reach: recall and speaker precision overall, per kind (direct = direct + mixed), spurious share. */
interface Bar {
  recall: number;
  precision: number;
  direct: { recall: number; precision: number };
  indirect: { recall: number; precision: number };
  /** Spurious statements as a share of those found. */
  spurious: number;
}

/** Issue 10's "Done when": the bar every set is meant to reach. */
const ISSUE_10_BAR: Bar = { recall: 90, precision: 90, direct: { recall: 97, precision: 95 }, indirect: { recall: 80, precision: 85 }, spurious: 0.1 };

/**
 * Regression floors for the held-out sets, measured 2026-12-02 (set at the measured numbers rounded down by about
 * two points); the target is the issue-10 bar. Raise a floor when a general rule lifts its set; never tune to a set
 * to pass one (these are the held-out measure of how attribution generalises to articles nobody tuned for).
 */
const HELD_OUT_FLOORS: Record<string, Bar> = {
  // raised after the speaker rules of turns, epithets, family names and feature verbs (measured 75.5 / 93.0; direct 91.9 / 95.6)
  'Brown (held out)': { recall: 74.5, precision: 92, direct: { recall: 91, precision: 94.5 }, indirect: { recall: 56, precision: 87 }, spurious: 0.06 },
  'Brown 2 (held out)': { recall: 64, precision: 59, direct: { recall: 94, precision: 58 }, indirect: { recall: 43, precision: 61 }, spurious: 0.36 },
};

const sets = availableGoldSets();
const scorerMissing = !existsSync(SCORER);

describe.skipIf(scorerMissing)('attribution on real news text (skipped: ../shared/eval is absent, so there is no scorer)', () => {
  it.each(sets.map((s) => [s.label, s] as const))('%s: recall and speaker precision hold their bar', (label, set) => {
    const bar = HELD_OUT_FLOORS[label] ?? ISSUE_10_BAR;
    const score = scoreAttribution(set);
    const why = `${score.line} (bar: ${HELD_OUT_FLOORS[label] ? 'regression floor' : 'issue 10'})`;
    expect(score.recall, why).toBeGreaterThanOrEqual(bar.recall);
    expect(score.precision, why).toBeGreaterThanOrEqual(bar.precision);
    expect(score.direct.recall, why).toBeGreaterThanOrEqual(bar.direct.recall);
    expect(score.direct.precision, why).toBeGreaterThanOrEqual(bar.direct.precision);
    expect(score.indirect.recall, why).toBeGreaterThanOrEqual(bar.indirect.recall);
    expect(score.indirect.precision, why).toBeGreaterThanOrEqual(bar.indirect.precision);
    expect(score.spurious, why).toBeLessThanOrEqual(bar.spurious * score.found);
  }, 120_000);
});
