// Who-said-what accuracy on hand-labelled gold sets, through the shared scorer (../shared/eval/score-attribution.mjs),
// which runs `npm run corpus -- --json` on each set's corpus folder. Used by `npm run bench` (one line per set) and by
// tests/extract/attribution-score.test.ts (thresholds).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCORER = resolve(PROJECT_ROOT, '../shared/eval/score-attribution.mjs');

/** The gold sets, each with its articles in a `corpus/` folder beside the gold file. Missing ones are skipped. */
export const GOLD_SETS: readonly { label: string; gold: string }[] = [
  { label: 'real (public sample)', gold: resolve(PROJECT_ROOT, '../shared/eval/real/gold.jsonl') },
  { label: 'Brown (held out)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown/gold.jsonl') },
  { label: 'Brown 2 (studied)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-2/gold.jsonl') },
  // Category B text (editorials, columns, letters) and A30/A32: see tests/fixtures/brown-3/README.md.
  { label: 'Brown 3 (studied)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-3/gold.jsonl') },
  // News reportage from samples no other set uses (A01, A02, A03, A05, A06), labelled blind: see
  // tests/fixtures/brown-4/README.md.
  { label: 'Brown 4 (held out)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-4/gold.jsonl') },
  // News reportage, columns, an editorial and a letter from samples no other set uses (A19, A20, A24, B11, B14, B16),
  // labelled blind: see tests/fixtures/brown-5/README.md.
  { label: 'Brown 5 (studied)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-5/gold.jsonl') },
  // Foreign affairs, state politics columns, sports, society and gossip columns, a feature, a magazine essay and report
  // from the last category A samples no other set uses (A04, A08, A11, A13, A16, A17, A35, A44), labelled blind: see
  // tests/fixtures/brown-6/README.md.
  { label: 'Brown 6 (held out)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-6/gold.jsonl') },
  // Category B editorials, letters, a story column and a magazine's reviews from the last B samples no other set uses
  // (B01-B04, B09, B15, B17, B24, B27), labelled blind, studied since 2026-12-04 (Brown 8 is the blind opinion set
  // now): see tests/fixtures/brown-7/README.md.
  { label: 'Brown 7 (studied)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-7/gold.jsonl') },
  // Category C reviews (C03, C05, C06, C17) and the last category B samples (B13, B19), the first set to use category
  // C, labelled blind: see tests/fixtures/brown-8/README.md.
  { label: 'Brown 8 (held out)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-8/gold.jsonl') },
  // News reportage (Brown category A: a business page of wire items, a people column, national affairs, a society
  // page, an investment letter) from the pieces of A27, A33, A37, A39, A40, A42 and A43 no other set uses, labelled
  // blind: see tests/fixtures/brown-9/README.md.
  { label: 'Brown 9 (held out)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-9/gold.jsonl') },
  // Category B editorials, magazine pieces and letters (B06, B20, B25, B26), a development set that may be studied and
  // tuned against: see tests/fixtures/brown-dev/README.md.
  { label: 'Brown dev (tunable)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-dev/gold.jsonl') },
  // Features, columns, a society page, a school board, a church convention and a grand jury story (A10, A12, A18, A25,
  // B10), a second development set, labelled blind: see tests/fixtures/brown-dev-2/README.md.
  { label: 'Brown dev 2 (tunable)', gold: join(PROJECT_ROOT, 'tests/fixtures/brown-dev-2/gold.jsonl') },
  // Invented 2020s wire and newspaper copy, written and labelled blind before the bot ran on it; tunable: see
  // tests/fixtures/modern-wire/README.md.
  { label: 'Modern wire (tunable)', gold: join(PROJECT_ROOT, 'tests/fixtures/modern-wire/gold.jsonl') },
];

/** The scorer's summary of one gold set. Percentages are 0-100. */
export interface AttributionScore {
  label: string;
  gold: number;
  found: number;
  recall: number;
  precision: number;
  direct: { recall: number; precision: number };
  indirect: { recall: number; precision: number };
  spurious: number;
  /** The scorer's last line, as printed. */
  line: string;
}

/** The gold sets present on this machine (a gold file with its corpus folder beside it). */
export function availableGoldSets(): { label: string; gold: string }[] {
  return GOLD_SETS.filter((s) => existsSync(s.gold) && existsSync(join(dirname(s.gold), 'corpus')));
}

/** Runs the shared scorer on one gold set; throws with the scorer's own words when it could not run. */
export function scoreAttribution(set: { label: string; gold: string }): AttributionScore {
  // One line, not a stack of Node's loader output: the scorer lives outside the repository.
  if (!existsSync(SCORER)) throw new Error(`the scorer ${SCORER} is absent (it ships with ../shared/eval)`);
  const run = spawnSync(process.execPath, [SCORER, set.gold, '--project', PROJECT_ROOT], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  const out = run.stdout ?? '';
  const line = out.trim().split('\n').pop() ?? '';
  const m = /^attribution: recall ([\d.]+)% speaker-precision ([\d.]+)% \(direct ([\d.]+)\/([\d.]+), indirect ([\d.]+)\/([\d.]+)\) spurious (\d+)$/.exec(line);
  const all = /^\s*all\s+gold\s+(\d+)\s+found\s+(\d+)/m.exec(out);
  if (run.status !== 0 || !m || !all) throw new Error(`score-attribution failed on ${set.gold}: ${(run.stderr || line).trim()}`);
  const n = m.slice(1).map(Number);
  return {
    label: set.label,
    gold: Number(all[1]),
    found: Number(all[2]),
    recall: n[0],
    precision: n[1],
    direct: { recall: n[2], precision: n[3] },
    indirect: { recall: n[4], precision: n[5] },
    spurious: n[6],
    line,
  };
}
