import { describe, expect, it } from 'vitest';
import { corpusAvailable, formatScore, scoreFigures, type CorpusName } from './real-figures.js';

// Figures on real newspaper text nobody wrote for the bot: 1961 press reportage from the Brown Corpus.
// "real" is the public sample beside the project (../shared/eval/real/corpus, four of its articles);
// "brown" is six more Brown pieces (ca26, ca28, ca30, ca32, ca42) kept in tests/fixtures/brown-figures,
// one of them (ca26) held out: its gold was written before the extractor ever ran on it.
// The gold and how it is matched: tests/figures/real-figures.ts. Print the table with
//   npx tsx tests/figures/real-figures.ts --verbose
const THRESHOLDS = { recall: 0.95, precision: 0.95, kindAccuracy: 0.95, claimantAccuracy: 0.9, measureAccuracy: 0.75 };

describe.each<CorpusName>(['real', 'brown'])('figures on real newspaper text (%s)', (name) => {
  const available = corpusAvailable(name);
  it.skipIf(!available)('finds the figures a reader counts, reads their kind and measure, and credits the right claimant', () => {
    const score = scoreFigures([name]);
    const report = formatScore(name, score);
    expect(score.gold, report).toBeGreaterThanOrEqual(40);
    expect(score.recall, report).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    expect(score.precision, report).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(score.kindAccuracy, report).toBeGreaterThanOrEqual(THRESHOLDS.kindAccuracy);
    expect(score.claimantAccuracy, report).toBeGreaterThanOrEqual(THRESHOLDS.claimantAccuracy);
    expect(score.measureAccuracy, report).toBeGreaterThanOrEqual(THRESHOLDS.measureAccuracy);
  });
});
