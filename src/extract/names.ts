import { doubleMetaphone } from 'double-metaphone';
import { foldTypography } from '../search/text.js';

/**
 * Spelling variants of names (people, places, outlets): a canonical form for each group of variants,
 * from the alias list kept with the corpus, plus a phonetic key for variants no list names.
 */
export class NameVariants {
  private readonly canonical = new Map<string, string>();

  /** `groups`: canonical name → its variants ("Kharkiv" → ["Kharkov"]). */
  constructor(groups: Readonly<Record<string, readonly string[]>> = {}) {
    for (const [name, variants] of Object.entries(groups)) {
      for (const v of [name, ...variants]) this.canonical.set(nameKey(v), name);
    }
  }

  /** The canonical spelling of a name, or the name itself (tidied) when no list names it. */
  canonicalName(name: string): string {
    return this.canonical.get(nameKey(name)) ?? tidyName(name);
  }

  /** Whether the alias list knows this spelling. */
  has(name: string): boolean {
    return this.canonical.has(nameKey(name));
  }
}

/** A comparison key for a name: folded, lower case, no punctuation, single spaces. */
export function nameKey(name: string): string {
  return foldTypography(name)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trims quotes, possessives and stray punctuation from a name as written. */
export function tidyName(name: string): string {
  return name
    .replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),.;:]+$/g, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ');
}

/** A phonetic key for one word (double metaphone), so "Zelenskiy" meets "Zelenskyy". */
export function phoneticKey(word: string): string {
  const folded = foldTypography(word).replace(/[^\p{L}]/gu, '');
  if (!folded) return '';
  return doubleMetaphone(folded)[0];
}

/**
 * editDistance(a, b, 1) <= 1 without building its table: equal, one letter changed, or one added or dropped
 * ("kovalenk" / "kovalenko"). Typo lookups try it against every proper noun of the story, so it must not
 * allocate per noun.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Same length: the rest after one changed letter must agree; one longer: the rest after its extra letter.
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Levenshtein distance, capped: returns `max + 1` once the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
