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
  const wa = words(a);
  const wb = words(b);
  const fits = (segs: string[][], other: string[]) => segs.some((s) => s.length >= MIN_SEGMENT && containsRun(other, s));
  return fits(segments(a), wb) || fits(segments(b), wa) || sharesRun(wa, wb, MIN_SHARED_RUN);
}

/** Groups quotes that are the same words, never joining two different named speakers. */
export function groupQuotes(quotes: readonly (GroupableQuote & { descriptive?: string })[]): QuoteGroup[] {
  const parent = quotes.map((_, i) => i);
  const person = quotes.map((q) => q.personId);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const ri = find(i);
      const rj = find(j);
      if (ri === rj) continue;
      if (person[ri] && person[rj] && person[ri] !== person[rj]) continue;
      if (!sameQuote(quotes[i].text, quotes[j].text)) continue;
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
