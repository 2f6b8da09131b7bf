import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { openTable, REAL_CORPUS, runRows, scoreRows, TABLES, type RowResult } from './table.js';

// The understanding table: every row is a question a user could ask, with the reading it must get and what the
// answer must hold. Half or more are in users' own words (lowercase, typos, other words than the article's).
const all: RowResult[] = [];

describe.each(TABLES)('understanding the $name corpus', ({ dir, rows }) => {
  const bot = openTable(dir);
  const results = runRows(bot, rows);
  all.push(...results);
  it.each(results.map((r) => [r.row[0], r] as const))('%s', (_q, r) => {
    expect(r.problems, `${r.row[0]}\n  > ${r.answer.slice(0, 300)}`).toEqual([]);
  });
});

describe('the table as a whole', () => {
  it('has at least 380 questions over five corpora, half of them in users’ words', () => {
    if (!existsSync(REAL_CORPUS)) {
      // The real articles live in ../shared/eval, which a plain checkout may lack: four corpora are checked then.
      console.warn(`understanding table: ${REAL_CORPUS} is absent, so its rows are skipped`);
      return;
    }
    const s = scoreRows(all);
    expect(TABLES).toHaveLength(5);
    expect(s.rows).toBeGreaterThanOrEqual(380);
    expect(s.users / s.rows).toBeGreaterThanOrEqual(0.5);
  });

  it('covers every reading', () => {
    const readings = new Set(all.map((r) => r.row[1]));
    for (const r of ['who_said', 'what_said', 'what_said:speaker', 'who_quoted', 'who_quoted:mention', 'told_to', 'who_is', 'byline', 'byline:author', 'outlets', 'figure_source', 'outlet_figures', 'figure_topic', 'compare', 'compare:conversion', 'search', 'search:when', 'search:where', 'search:why', 'search:how', 'search:outlet', 'not_found', 'help', 'help:language'])
      expect(readings, r).toContain(r);
  });

  it('routes, and is precise about found and not found, at 95% or better', () => {
    const s = scoreRows(all);
    expect(s.routing).toBeGreaterThanOrEqual(0.95);
    expect(s.foundPrecision).toBeGreaterThanOrEqual(0.95);
    expect(s.notFoundPrecision).toBeGreaterThanOrEqual(0.95);
  });
});
