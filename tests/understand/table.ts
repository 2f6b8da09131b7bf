import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StoryBot } from '../../src/index.js';
import { BROWN, BROWN_3, BUNDLED, FLOOD, REAL, type Row } from './rows.js';

/** The corpora of the table; the real one only where the shared eval folder is present. */
export const REAL_CORPUS = join(import.meta.dirname, '../../../shared/eval/real/corpus');
export const TABLES: { name: string; dir: string; rows: readonly Row[] }[] = [
  { name: 'bundled', dir: join(import.meta.dirname, '../../corpus'), rows: BUNDLED },
  { name: 'flood', dir: join(import.meta.dirname, '../fixtures/flood'), rows: FLOOD },
  { name: 'brown', dir: join(import.meta.dirname, '../fixtures/brown/corpus'), rows: BROWN },
  { name: 'brown-3', dir: join(import.meta.dirname, '../fixtures/brown-3/corpus'), rows: BROWN_3 },
  ...(existsSync(REAL_CORPUS) ? [{ name: 'real', dir: REAL_CORPUS, rows: REAL }] : []),
];

export interface RowResult {
  row: Row;
  reading: string;
  found: boolean;
  answer: string;
  /** What went wrong, empty when the row passes. */
  problems: string[];
}

const fold = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/(\d),(?=\d{3}\b)/g, '$1').toLowerCase();

/** Asks every row of a table and checks reading, found and answer text. */
export function runRows(bot: StoryBot, rows: readonly Row[]): RowResult[] {
  return rows.map((row) => {
    const [q, reading, expect] = row;
    const u = bot.understand(q);
    const a = bot.ask(q);
    const problems: string[] = [];
    if (u.reading !== reading) problems.push(`reading ${u.reading}, expected ${reading}`);
    const wantFound = expect !== '-' && reading !== 'help' && !reading.startsWith('help:');
    if (a.found !== wantFound) problems.push(`found=${a.found}, expected ${wantFound}`);
    const text = fold(a.answer);
    for (const need of expect === '-' ? [] : expect.split(';').filter(Boolean))
      if (!need.split('|').some((alt) => text.includes(fold(alt)))) problems.push(`answer lacks ${need}`);
    return { row, reading: u.reading, found: a.found, answer: a.answer, problems };
  });
}

/** Routing accuracy and found / not-found precision over results, for the test's summary and the bench. */
export function scoreRows(results: readonly RowResult[]) {
  const n = results.length;
  const routed = results.filter((r) => r.reading === r.row[1]).length;
  const wantFound = (r: RowResult) => r.row[2] !== '-' && !r.row[1].startsWith('help');
  const saidFound = results.filter((r) => r.found);
  // A found answer is right when the row expects found and the answer holds what it must.
  const foundRight = saidFound.filter((r) => wantFound(r) && !r.problems.some((p) => p.startsWith('answer lacks'))).length;
  const saidNot = results.filter((r) => !r.found && !r.row[1].startsWith('help'));
  const notRight = saidNot.filter((r) => !wantFound(r)).length;
  return {
    rows: n,
    users: results.filter((r) => r.row[3] === 'u').length,
    passed: results.filter((r) => !r.problems.length).length,
    routing: routed / n,
    foundPrecision: saidFound.length ? foundRight / saidFound.length : 1,
    notFoundPrecision: saidNot.length ? notRight / saidNot.length : 1,
  };
}

export function openTable(dir: string): StoryBot {
  return StoryBot.open({ corpusDir: dir, cacheDir: false });
}
