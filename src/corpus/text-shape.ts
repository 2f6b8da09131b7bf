// Shape tests on one line of text, shared by the cleaning rules. They look at form
// (punctuation, case, length, quote marks), never at what a particular article says.

import { foldTypography } from '../search/text.js';

const CLOSERS = `)\\]”"’'»`;
const SENTENCE_END = new RegExp(`[.!?…][${CLOSERS}]*$`);
// A quote that closes on a comma is a finished paragraph too: `“…,” he said` is prose, but a
// bare `“…,”` ends the line mid-quote; both are treated as sentence-final for joining.
const QUOTE_END = new RegExp(`[,;:—–-][”"’']+$`);

/** How many words the line has: runs of anything but white space. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** True when the line ends as a sentence or a closed quotation ends. */
export function endsSentence(text: string): boolean {
  const t = text.trim();
  return SENTENCE_END.test(t) || QUOTE_END.test(t);
}

/** True for a line written in capitals (a kicker, a shouted label), ignoring digits and punctuation. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** True when the line holds a quotation mark (double quotes, or a single quote opening a word). */
export function hasQuoteMark(text: string): boolean {
  return /[“”"„«»]/.test(text) || /(^|[\s(])[‘']\S/.test(text);
}

/** True when the line opens with a double quotation mark. */
export function opensWithQuote(text: string): boolean {
  return /^[“"„«]/.test(text.trim());
}

/** True when the double quotes opened in the line are not all closed (the quote runs on). */
export function leavesQuoteOpen(text: string): boolean {
  const curlyOpen = (text.match(/[“„«]/g) ?? []).length;
  const curlyClose = (text.match(/[”»]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  // A quote closed with two single curly quotes (’’) still closes it.
  const doubledSingles = (text.match(/’’/g) ?? []).length;
  return curlyOpen > curlyClose + doubledSingles || straight % 2 === 1;
}

/** Folds quotes, dashes, accents, case and spacing so two renderings of one line compare equal. */
export function fold(text: string): string {
  return foldTypography(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Words of the line with punctuation stripped, for comparing two lines' openings. */
export function bareWords(text: string): string[] {
  return fold(text).replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
}
