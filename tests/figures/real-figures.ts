// Scores the figure extractor against hand-made gold on real newspaper text (1961 press reportage from the
// Brown Corpus): which figures it finds, of what kind, measuring what, credited to whom.
//   npx tsx tests/figures/real-figures.ts [--verbose]     prints the table
// The gold (real-figures.gold.jsonl) holds one row per figure a reader would count: money, percentages,
// counts, durations, ages, speeds, distances and years. Clock times, days of the month, street numbers,
// flight and model numbers ("Boeing 707", "Local 798") and ordinals are not figures and have no row, so an
// extractor that reports one loses precision. A row marked "optional" is a figure the gold leaves open
// (elliptical "seven", "two out of three"): finding it costs nothing, missing it costs nothing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../../src/corpus/clean.js';
import { readCorpus } from '../../src/corpus/load.js';
import { extractFigures, type Figure } from '../../src/extract/figures.js';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPORA = {
  /** The public real-text sample shipped beside the project (read-only). */
  real: join(here, '../../../shared/eval/real/corpus'),
  /** Brown samples ca26–ca44 kept with the tests. */
  brown: join(here, '../fixtures/brown-figures'),
} as const;
export type CorpusName = keyof typeof CORPORA;

export interface GoldFigure {
  corpus: CorpusName;
  file: string;
  /** Paragraph index in CleanArticle.paragraphs (subheads count). */
  p: number;
  text: string;
  kind: string;
  /** Words, any one of which in the figure's measure makes it right; absent: the measure is not scored. */
  measure?: string[];
  /** Words, any one of which in the claimant makes it right; null: the text credits no one. */
  claimant: string[] | null;
  /** The claimant may be given or not: the text leaves it open. */
  either?: boolean;
  optional?: boolean;
}

export interface RowResult {
  gold: GoldFigure;
  found?: Figure;
  kindRight?: boolean;
  claimantRight?: boolean;
  measureRight?: boolean;
}

export interface Score {
  gold: number;
  extracted: number;
  found: number;
  /** Extracted figures that match a gold row (optional rows included). */
  matchedExtracted: number;
  kindRight: number;
  claimantRight: number;
  measureScored: number;
  measureRight: number;
  recall: number;
  precision: number;
  kindAccuracy: number;
  claimantAccuracy: number;
  measureAccuracy: number;
  rows: RowResult[];
  spurious: Figure[];
}

export function readGold(): GoldFigure[] {
  return readFileSync(join(here, 'real-figures.gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldFigure);
}

export function corpusAvailable(name: CorpusName): boolean {
  return existsSync(CORPORA[name]);
}

const fold = (t: string) => t.toLowerCase().replace(/[“”"‘’']/g, '').replace(/[,.;:!?)(]+(?=\s|$)/g, '').split(/\s+/).filter(Boolean);
/** One text's words appear, in order and contiguous, in the other's: "four persons" in "three or four persons". */
function sameFigure(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, j) => long[i + j] === w)) return true;
  return false;
}
// People and other counts differ only in how answers group them; both are counts.
const kindGroup = (k: string) => (k === 'people' || k === 'equipment' ? 'count' : k);
const holds = (text: string | undefined, words: string[]) => Boolean(text) && words.some((w) => text!.toLowerCase().includes(w.toLowerCase()));

export function scoreFigures(corpora: CorpusName[]): Score {
  const gold = readGold().filter((g) => corpora.includes(g.corpus));
  const rows: RowResult[] = [];
  const spurious: Figure[] = [];
  let extracted = 0;
  for (const corpus of corpora) {
    for (const article of readCorpus(CORPORA[corpus])) {
      const file = article.file.split('/').pop()!;
      const golds = gold.filter((g) => g.corpus === corpus && g.file === file);
      if (!golds.length) continue;
      const figures = extractFigures(cleanArticle(article));
      extracted += figures.length;
      const used = new Set<Figure>();
      // Exact texts first, so "$15,000" twice in a paragraph pairs up in order.
      const ordered = [...golds].sort((a, b) => Number(!figures.some((f) => f.paragraph === a.p && f.text === a.text)) - Number(!figures.some((f) => f.paragraph === b.p && f.text === b.text)));
      for (const g of ordered) {
        const candidates = figures.filter((f) => !used.has(f) && f.paragraph === g.p);
        const found = candidates.find((f) => f.text === g.text) ?? candidates.find((f) => sameFigure(f.text, g.text));
        if (found) used.add(found);
        const row: RowResult = { gold: g, ...(found ? { found } : {}) };
        if (found) {
          row.kindRight = kindGroup(found.kind) === kindGroup(g.kind);
          row.claimantRight =
            g.claimant === null ? !found.claimant : (g.either && !found.claimant) || holds(found.claimant, g.claimant);
          if (g.measure) row.measureRight = holds(found.measure, g.measure);
        }
        rows.push(row);
      }
      spurious.push(...figures.filter((f) => !used.has(f)));
    }
  }
  const counted = rows.filter((r) => !r.gold.optional);
  const found = counted.filter((r) => r.found);
  const n = (xs: RowResult[], k: keyof RowResult) => xs.filter((r) => r[k] === true).length;
  const measured = found.filter((r) => r.measureRight !== undefined);
  const matchedExtracted = rows.filter((r) => r.found).length;
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    gold: counted.length,
    extracted,
    found: found.length,
    matchedExtracted,
    kindRight: n(found, 'kindRight'),
    claimantRight: n(found, 'claimantRight'),
    measureScored: measured.length,
    measureRight: n(measured, 'measureRight'),
    recall: ratio(found.length, counted.length),
    precision: ratio(matchedExtracted, extracted),
    kindAccuracy: ratio(n(found, 'kindRight'), found.length),
    claimantAccuracy: ratio(n(found, 'claimantRight'), found.length),
    measureAccuracy: ratio(n(measured, 'measureRight'), measured.length),
    rows,
    spurious,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
export function formatScore(name: string, s: Score): string {
  return `${name}: gold ${s.gold}, extracted ${s.extracted}; recall ${pct(s.recall)} precision ${pct(s.precision)}; among found: kind ${pct(s.kindAccuracy)} claimant ${pct(s.claimantAccuracy)} measure ${pct(s.measureAccuracy)} (${s.measureScored} scored)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const verbose = process.argv.includes('--verbose');
  for (const name of (Object.keys(CORPORA) as CorpusName[]).filter(corpusAvailable)) {
    const s = scoreFigures([name]);
    if (verbose) {
      for (const r of s.rows) {
        const f = r.found;
        const flags = !f ? 'MISS' : [r.kindRight ? '' : `kind=${f.kind}`, r.claimantRight ? '' : `claimant=${f.claimant ?? '-'}`, r.measureRight === false ? `measure=${f.measure}` : ''].filter(Boolean).join(' ');
        if (flags) console.log(`  ${r.gold.optional ? '(opt) ' : ''}${r.gold.file} [${r.gold.p}] ${r.gold.text}: ${flags}`);
      }
      for (const f of s.spurious) console.log(`  SPURIOUS ${f.articleId} [${f.paragraph}] ${f.text} (${f.kind}) — ${f.sentence.slice(0, 80)}`);
    }
    console.log(formatScore(name, s));
  }
}
