import type { Span } from './presentation.js';
import { span } from './plain.js';

/*
 * How a lead names where a speaker said something. Sources arrive as canonical names ("Financial Times",
 * "Twitter", "Reuters"); English wants "said it on Twitter", "said it to the Financial Times", "said it to Reuters".
 * Each rule says why, with examples; the first that matches wins.
 */
interface ToldToRule {
  name: string;
  why: string;
  matches: (source: string) => boolean;
  words: (source: string) => Span[];
}

const PLATFORMS = /^(?:twitter|x|telegram|facebook|instagram|youtube|tiktok|threads|bluesky|linkedin|truth social)$/i;
// Titles of papers and broadcasters that English names with "the": the Financial Times, the Washington Post.
const TAKES_THE =
  /\b(?:times|post|news|journal|guardian|telegraph|mail|star|sun|herald|tribune|gazette|ledger|record|observer|independent|economist|express|mirror|chronicle|sentinel|inquirer|examiner|standard|review|courier|dispatch|bulletin|monitor|globe)$/i;

export const TOLD_TO_RULES: readonly ToldToRule[] = [
  {
    name: 'platform',
    why: 'A post is made on a platform, not told to it: "on Twitter", "on Telegram".',
    matches: (s) => PLATFORMS.test(s.trim()),
    words: (s) => [span(' on '), span(s, 'em')],
  },
  {
    name: 'has-the',
    why: 'A name that already starts with "the" keeps it as written: "to The Guardian".',
    matches: (s) => /^the\s/i.test(s),
    words: (s) => [span(' to '), span(s, 'em')],
  },
  {
    name: 'paper-title',
    why: 'Newspaper titles take "the": "to the Financial Times", "to the Washington Post".',
    matches: (s) => TAKES_THE.test(s.trim()),
    words: (s) => [span(' to the '), span(s, 'em')],
  },
  {
    name: 'plain',
    why: 'Agencies, broadcasters and people read as they are: "to Reuters", "to CNN".',
    matches: () => true,
    words: (s) => [span(' to '), span(s, 'em')],
  },
];

/** " to the *Financial Times*" and the like, joined with "and" for several sources. */
export function toldTo(sources: readonly string[]): Span[] {
  const out: Span[] = [];
  sources.forEach((s, i) => {
    const words = TOLD_TO_RULES.find((r) => r.matches(s))!.words(s);
    if (i > 0) words[0] = span(words[0].text.replace(/^ /, ' and '), words[0].style);
    out.push(...words);
  });
  return out;
}
