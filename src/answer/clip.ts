import { graphemeBoundary, wellFormed } from './graphemes.js';

/**
 * Text cut to `max` characters (UTF-16 units) on one line, marked with an ellipsis where it was cut, never inside
 * an emoji or an accented letter; echoed text never carries half an emoji, whatever it was given.
 */
export function clip(text: string, max = 80): string {
  const t = wellFormed(text.replace(/\s+/g, ' ').trim());
  return t.length > max ? `${t.slice(0, graphemeBoundary(t, max - 1))}…` : t;
}
