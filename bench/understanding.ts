// Understanding on the table of tests/understand: routing accuracy and found / not-found precision per corpus,
// and what the paraphrase lexicon costs to build (at index time only; a warm start loads it from the cache).
import { StoryBot } from '../src/index.js';
import { runRows, scoreRows, TABLES, type RowResult } from '../tests/understand/table.js';

export interface UnderstandingRow {
  corpus: string;
  rows: number;
  users: number;
  passed: number;
  routing: number;
  foundPrecision: number;
  notFoundPrecision: number;
  /** Building the WordNet lexicon for this corpus's vocabulary (cold build only). */
  lexiconMs: number;
}

export function benchUnderstanding(): UnderstandingRow[] {
  const out: UnderstandingRow[] = [];
  const all: RowResult[] = [];
  let lexiconMs = 0;
  for (const t of TABLES) {
    const bot = StoryBot.open({ corpusDir: t.dir, cacheDir: false });
    const results = runRows(bot, t.rows);
    all.push(...results);
    lexiconMs += bot.timings.lexiconMs;
    out.push({ corpus: t.name, ...scoreRows(results), lexiconMs: bot.timings.lexiconMs });
  }
  out.push({ corpus: '**all**', ...scoreRows(all), lexiconMs });
  return out;
}
