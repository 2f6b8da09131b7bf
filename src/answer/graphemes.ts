// Where text may be cut without breaking a character a person sees: an emoji is often two UTF-16 units (a
// surrogate pair), a flag two code points, a family emoji several joined by ZWJ, an accented letter a base and a
// combining mark. Cutting inside one shows a "?" box or a stray accent.

// Made on first cut: creating it loads ICU's break rules (~20 ms), which most answers, never cut, do not need.
let segmenter: Intl.Segmenter | undefined;

/**
 * The largest index ≤ `at` that falls between two graphemes of `text` (user-perceived characters), so
 * `text.slice(0, index)` ends on a whole character. Lengths stay in UTF-16 units, as Discord and Slack count.
 */
export function graphemeBoundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (at <= 0) return 0;
  // containing() asks ICU for the boundary around one index; it does not walk the text from its start.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text).containing(at)?.index ?? at;
}

/** `text` cut to at most `max` UTF-16 units, on a grapheme boundary (no marker added). */
export function cutTo(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, graphemeBoundary(text, max));
}

/** Text with any lone surrogate (half an emoji, from a cut elsewhere or from binary input) shown as U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
