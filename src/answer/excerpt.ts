import { nameKey } from '../extract/names.js';
import { graphemeBoundary } from './graphemes.js';

/**
 * At most `max` characters of `text` around where `wanted` (a {@link nameKey}) occurs, with "…" where text was
 * left out on either side: "…equipment – even grabbed bicycles to escape. They fled like Olympic sprinters." for
 * "bicycles". Text that fits is returned whole; when `wanted` cannot be placed, the start is shown.
 */
export function excerptAround(text: string, wanted: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const at = wanted ? locate(t, wanted) : undefined;
  if (!at || at.end <= max - 1) return cutAtWord(t, max);
  // Some words before the match give it context; the rest of the room goes after it.
  const room = max - 2;
  const lead = Math.max(0, Math.floor((room - (at.end - at.start)) / 3));
  let start = Math.max(0, Math.min(at.start - lead, t.length - room));
  // Start on a word: the first space after the cut, unless that would pass the match.
  const space = t.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < at.start) start = space + 1;
  const rest = t.slice(start);
  return `…${rest.length <= max - 1 ? rest : cutAtWord(rest, max - 1)}`;
}

/** `text` cut to `max` characters ending in "…", on a word boundary when one is near: a choice is also a search. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = graphemeBoundary(text, max - 1);
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Where `wanted` (a name key) occurs in `text`, in `text`'s own offsets; undefined when it does not. */
function locate(text: string, wanted: string): { start: number; end: number } | undefined {
  // The key of the text character by character, each key character remembering where in `text` it came from.
  let key = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const folded = nameKey(ch) || ' ';
    for (const c of folded) {
      if (c === ' ' && (key.endsWith(' ') || key === '')) continue;
      key += c;
      from.push(i);
    }
    i += ch.length;
  }
  const found = key.indexOf(wanted);
  if (found < 0) return undefined;
  const last = found + wanted.length - 1;
  return { start: from[found], end: (from[last] ?? text.length - 1) + 1 };
}
