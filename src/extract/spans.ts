/** A time span a sentence gives for what it reports: "in the past fortnight", "this month". */
export interface SpanMention {
  start: number;
  end: number;
  text: string;
}

const UNIT = '(?:hours?|days?|weeks?|fortnight|months?|years?|weekend)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// "since the start of the season", "since the storm hit", "since the election.", "since the fall of Kabul" — but
// not "since the army has left", where "since" opens a clause: a bare noun counts only where its phrase ends.
const SINCE_EVENT = String.raw`the\s+(?:(?:start|beginning|outbreak|onset|end)\s+of\s+(?:the\s+)?[\p{L}-]+|[\p{L}-]+(?:\s+of\s+\p{Lu}[\p{L}-]*)?(?:\s+(?:began|started|ended|broke out|hit|struck)\b|(?=\s*(?:[,.;:!?)–—]|$))))`;
const SPAN_RE = new RegExp(
  [
    `\\b(?:in|over|during|within|for|across)\\s+(?:just\\s+|only\\s+)?(?:the\\s+)?(?:past|last|previous|first|next|coming)\\s+(?:(?:few|several|[\\w-]+)\\s+)?${UNIT}`,
    `\\b(?:in|over|within)\\s+(?:just\\s+|only\\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+${UNIT}`,
    `\\b(?:this|last|next)\\s+(?:week|month|year|weekend)`,
    `\\bsince\\s+(?:${SINCE_EVENT}|${MONTH}(?:\\s+\\d{4})?|\\d{4}|${WEEKDAY})`,
    `\\b(?:so far|to date)\\b`,
  ].join('|'),
  'giu',
);

/** The time spans written in a sentence, in order. */
export function findSpans(sentence: string): SpanMention[] {
  return [...sentence.matchAll(SPAN_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
