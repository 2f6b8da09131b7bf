import { QUESTION_WORDS, words } from '../search/text.js';

// The corpus's sentences and quotes come back answer after answer: fold each once. Bounded, so odd input
// cannot grow it without limit; cleared whole when full (cheap, and the working set refills at once).
const CACHE_SIZE = 20_000;
const folded = new Map<string, { content: ReadonlySet<string>; key: string }>();

function fold(text: string): { content: ReadonlySet<string>; key: string } {
  let f = folded.get(text);
  if (!f) {
    const all = words(text);
    f = {
      content: new Set(
        all
          .filter((w) => !QUESTION_WORDS.has(w) && w.length > 1)
          .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
      ),
      key: all.join(' '),
    };
    if (folded.size >= CACHE_SIZE) folded.clear();
    folded.set(text, f);
  }
  return f;
}

/** Content words of a text, folded and crudely singular ("Russians" meets "Russian"), for ranking wordings. */
export function contentWords(text: string): Set<string> {
  return new Set(fold(text).content);
}

/** How many of `wanted` the text holds. */
export function shared(wanted: ReadonlySet<string>, text: string): number {
  if (!wanted.size) return 0;
  let n = 0;
  for (const w of fold(text).content) if (wanted.has(w)) n++;
  return n;
}

/** Folded text for telling two sentences apart regardless of quote style, spacing or case. */
export function sentenceKey(text: string): string {
  return fold(text).key;
}

/**
 * A long text cut to about `max` characters around the sentence that best matches `wanted`, so a quote of a
 * paragraph shows the part that was asked about, marked with "…" where it was cut.
 */
export function window(text: string, wanted: ReadonlySet<string>, max: number): string {
  const { t, sentences } = split(text);
  if (t.length <= max) return t;
  let best = 0;
  let bestShared = shared(wanted, sentences[0]);
  for (let i = 1; i < sentences.length; i++) {
    const n = shared(wanted, sentences[i]);
    if (n > bestShared) [best, bestShared] = [i, n];
  }
  let from = best;
  let to = best + 1;
  const len = () => sentences.slice(from, to).join('').trim().length;
  while (to < sentences.length && len() + sentences[to].length <= max) to++;
  while (from > 0 && len() + sentences[from - 1].length <= max) from--;
  let out = sentences.slice(from, to).join('').trim();
  if (out.length > max) out = cutAtWord(out, max - 1);
  const cutEnd = to < sentences.length || out.length < sentences.slice(from, to).join('').trim().length;
  return `${from > 0 && !out.startsWith('[') ? '… ' : ''}${out}${cutEnd ? '…' : ''}`;
}

// The same cited sentences and quotes are cut for answer after answer: split each once (bounded like `folded`).
const splits = new Map<string, { t: string; sentences: string[] }>();

/** A text with its spacing collapsed, and its sentences. */
function split(text: string): { t: string; sentences: string[] } {
  let s = splits.get(text);
  if (!s) {
    const t = text.replace(/\s+/g, ' ').trim();
    // An editor's cut ("[...]") is not the end of a sentence.
    const CUT = '\u0000';
    const sentences = (t.replace(/\[(?:\.\.\.|…)\]/g, CUT).match(/[^.!?…]+(?:[.!?…]+["”’']*|$)\s*/g) ?? [t]).map((x) =>
      x.replaceAll(CUT, '[...]'),
    );
    s = { t, sentences };
    if (splits.size >= CACHE_SIZE) splits.clear();
    splits.set(text, s);
  }
  return s;
}

/** Cut at the last word boundary within `max` characters. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  let cut = space > max * 0.6 ? space : max;
  // Never split a surrogate pair: half an emoji renders as garbage.
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1;
  return text.slice(0, cut).replace(/[\s,;:–—-]+$/, '');
}

/** A short form of a text: at most `max` characters, cut at a word, "…" when cut. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${cutAtWord(t, max - 1)}…`;
}

/** "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "1 outlet", "4 outlets". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** First letter in capitals, for a name that opens a sentence ("an unnamed outlet" → "An unnamed outlet"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
