import { words } from '../search/text.js';

/** The same quote as several outlets carried it. */
export interface QuoteGroup {
  id: string;
  quoteIds: string[];
  /** The person (registry id) the group is attributed to, when any outlet named them. */
  personId?: string;
  /** A speaker no outlet named ("One US official"), when no outlet named anyone. */
  descriptive?: string;
}

export interface GroupableQuote {
  id: string;
  text: string;
  personId?: string;
}

const MIN_SEGMENT = 3;
const MIN_SHARED_RUN = 5;

// A quote's cuts ("…", "[...]") and sentence ends split it into segments; outlets trim quotes at those seams.
function segments(text: string): string[][] {
  return text
    .split(/\[\s*(?:\.\s*){2,3}\]|…|\.{3}|(?<=[.!?;])\s+|\s+[–—-]\s+/)
    .map((s) => words(s))
    .filter((s) => s.length > 0);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function sharesRun(a: readonly string[], b: readonly string[], n: number): boolean {
  if (a.length < n || b.length < n) return false;
  const grams = new Set<string>();
  for (let i = 0; i + n <= a.length; i++) grams.add(a.slice(i, i + n).join(' '));
  for (let i = 0; i + n <= b.length; i++) if (grams.has(b.slice(i, i + n).join(' '))) return true;
  return false;
}

/**
 * Whether two printed quotes are the same words: a whole segment of one (three words or more)
 * stands in the other, or they share five words in a row. Spelling, quote marks and cuts are folded.
 */
export function sameQuote(a: string, b: string): boolean {
  return samePrepared(prepare(a), prepare(b));
}

interface Prepared {
  words: string[];
  segments: string[][];
}

function prepare(text: string): Prepared {
  return { words: words(text), segments: segments(text) };
}

function samePrepared(a: Prepared, b: Prepared): boolean {
  const fits = (segs: string[][], other: string[]) => segs.some((s) => s.length >= MIN_SEGMENT && containsRun(other, s));
  return fits(a.segments, b.words) || fits(b.segments, a.words) || sharesRun(a.words, b.words, MIN_SHARED_RUN);
}

/**
 * Groups quotes that are the same words, never joining two different named speakers. Each quote is
 * tokenised once, and only quotes sharing a three-word run are compared, so a large corpus is not
 * compared pair by pair.
 */
export function groupQuotes(quotes: readonly (GroupableQuote & { descriptive?: string })[]): QuoteGroup[] {
  const prepared = quotes.map((q) => prepare(q.text));
  const parent = quotes.map((_, i) => i);
  const person = quotes.map((q) => q.personId);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Any match (a whole segment of three words or more, or a five-word run) shares a three-word run.
  const byTrigram = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    const seen = new Set<string>();
    for (let k = 0; k + MIN_SEGMENT <= p.words.length; k++) seen.add(p.words.slice(k, k + MIN_SEGMENT).join(' '));
    for (const g of seen) {
      const list = byTrigram.get(g);
      if (list) list.push(i);
      else byTrigram.set(g, [i]);
    }
  });
  const candidates = quotes.map(() => new Set<number>());
  for (const list of byTrigram.values()) {
    if (list.length > 200) continue; // a run that common is boilerplate, not a shared quote
    for (const i of list) for (const j of list) if (j > i) candidates[i].add(j);
  }
  for (let i = 0; i < quotes.length; i++) {
    for (const j of [...candidates[i]].sort((a, b) => a - b)) {
      const ri = find(i);
      const rj = find(j);
      if (ri === rj) continue;
      if (person[ri] && person[rj] && person[ri] !== person[rj]) continue;
      if (!samePrepared(prepared[i], prepared[j])) continue;
      parent[rj] = ri;
      person[ri] ??= person[rj];
    }
  }
  const groups = new Map<number, QuoteGroup>();
  quotes.forEach((q, i) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) {
      g = { id: `group:${groups.size}`, quoteIds: [], ...(person[root] ? { personId: person[root] } : {}) };
      groups.set(root, g);
    }
    g.quoteIds.push(q.id);
    if (!g.personId && !g.descriptive && q.descriptive) g.descriptive = q.descriptive;
  });
  return [...groups.values()];
}
