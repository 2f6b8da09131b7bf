import { graphemeBoundary } from '../src/answer/graphemes.js';

/**
 * Shortens `text` to at most `max` characters, ending in "…", preferring a word boundary near the end so the cut
 * reads cleanly. Lengths count UTF-16 units, never fewer than Discord or Slack count, so the result always fits.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let cut = max - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.8) cut = space;
  // Never split a character a person sees (an emoji, a flag, a letter and its accent): half of one renders as garbage.
  cut = graphemeBoundary(text, cut);
  return `${text.slice(0, cut).trimEnd()}…`;
}
