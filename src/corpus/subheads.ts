import { endsSentence, opensWithQuote, wordCount } from './text-shape.js';

/**
 * A newspaper subhead: a short, title-like line a paper prints between paragraphs ("Tax to rise $40",
 * "Testifies at hearing", "Roommates:"). It repeats or announces what the next paragraphs say, so it is
 * not evidence on its own: no figure is read from it (the body's figure counts once), and no answer cites
 * it alone. It stays among the paragraphs, marked, so paragraph numbering matches the page.
 */
export const SUBHEAD_RULE = {
  name: 'subhead',
  why: 'A short line without a final stop, standing between two longer paragraphs, is a subhead that labels the text below it.',
  /** Each example: the paragraphs of an article, and the indexes that are subheads. */
  examples: [
    {
      paragraphs: [
        'The council voted on Tuesday to raise the property tax by $40 a household, the treasurer said.',
        'Tax to rise $40',
        'The increase, the first in six years, takes effect in January and will raise $2 million, she said.',
      ],
      subheads: [1],
    },
    {
      paragraphs: [
        'Ms. Okafor rejected the claim that the town faces years of slow growth, calling it unfounded.',
        'Risk named',
        'She warned that the bigger risk this year may be spending too fast at city hall.',
        'Teammates:',
        'The two strikers get along so well, in fact, that they share a flat for the season.',
      ],
      subheads: [1, 3],
    },
    {
      // A lead-in that ends with a colon is a sentence introducing what follows, not a title.
      paragraphs: ['Police arrested a man on Sunday after a fight at a house on the north side of town.', 'The officers gave this account:', 'The man went to the house of his uncle late on Saturday night.'],
      subheads: [],
    },
    {
      // A short sentence that ends with a stop is prose, and so is a quotation.
      paragraphs: ['The mayor opened the bridge on Monday before a crowd of several hundred people.', 'It cost $4 million.', '“We did it,” she said to the crowd gathered at the river.'],
      subheads: [],
    },
  ],
} as const;

const MAX_WORDS = 8;
// A colon-ended line is a title only when very short ("Roommates:", "Double threat:").
const MAX_COLON_WORDS = 3;

/** Indexes of the paragraphs that are subheads, by SUBHEAD_RULE. */
export function findSubheads(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < paragraphs.length - 1; i++) {
    const text = paragraphs[i].trim();
    const words = wordCount(text);
    if (!words || words > MAX_WORDS || endsSentence(text) || opensWithQuote(text) || !/^[\p{Lu}\p{N}‘'“"]/u.test(text)) continue;
    if (/:$/.test(text) && words > MAX_COLON_WORDS) continue;
    // Much shorter than the paragraphs around it, which are prose.
    const prev = paragraphs[i - 1];
    const next = paragraphs[i + 1];
    if (out.includes(i - 1) || !endsSentence(prev) && !/[”"’]$/.test(prev.trim())) continue;
    if (wordCount(prev) < 2 * words || wordCount(next) < 2 * words) continue;
    out.push(i);
  }
  return out;
}
