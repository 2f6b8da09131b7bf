import type { NumberMention } from './numbers.js';

/*
 * Numbers that are not quantities. A newspaper prints many numbers that count or measure nothing: the
 * time on a clock, a house number, the number in a name ("Boeing 707", "Local 798"), an index ("No. 5"),
 * a day of the month, an ordinal. Each rule below recognises one such role by the words around the number,
 * never by what one article says; the figure extractor skips a number any rule claims. The examples are
 * the rules' tests (tests/figures/number-roles.test.ts): in each sentence the number shown is not a figure.
 */

export interface NumberRole {
  name: string;
  why: string;
  /** A sentence, and the number in it (as written) that plays this role. */
  examples: readonly (readonly [sentence: string, number: string])[];
  /** `before` and `after` are the sentence text on either side of the number. */
  matches(before: string, after: string, n: NumberMention): boolean;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const STREET =
  '(?:St|Street|Ave|Avenue|Av|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Place|Pl|Court|Ct|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Square|Sq|Row|Alley|Plaza)';
// An abbreviation that numbers what follows: "No. 5", "Vol. 3", "p. 49".
const INDEX_WORD = /\b(?:No|Nos|Vol|Vols|Art|Sec|Secs|Ch|Chap|p|pp|Fig|Figs|Ex|Exh|Op|Nr)\.\s*$/;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const STREET_AFTER = new RegExp(`^\\s+(?:[NSEW]\\.?\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*\\s+){1,3}${STREET}\\b`, 'iu');
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`);
const MONTH_WORD = new RegExp(`^${MONTH}$`);

export const NUMBER_ROLES: readonly NumberRole[] = [
  {
    name: 'clock-time',
    why: 'A time of day ("3 a.m.", "1:35 a.m.", "at 11:30") reads a clock; it counts nothing.',
    examples: [
      ['The plane put down on schedule at 1:35 a.m. in Phoenix.', '1:35'],
      ['The tower cleared the plane for take-off at 8 a.m. on Friday.', '8'],
      ['A hearing was set for 10:30 Tuesday.', '10:30'],
      ['The vote is due at 5 p.m. today.', '5'],
    ],
    matches: (before, after) => /^\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b)/i.test(after) || /^:\d\d/.test(after) || /\d:$/.test(before),
  },
  {
    name: 'street-number',
    why: 'A house number ("1400 Elm Street", "at 123 Main St.", "198 Second street") names a building, not an amount.',
    examples: [
      ['The firm, of 3646 N. 2d St., filed for bankruptcy.', '3646'],
      ['Toys will be taken to a warehouse at 198 Second street for repair.', '198'],
      ['He lives at 1400 Elm Street with 3 children.', '1400'],
      ['Orders may be addressed to the society, 1044 Chestnut Street, San Francisco.', '1044'],
    ],
    matches: (_before, after) =>
      STREET_AFTER.test(after) &&
      /^\s+(?:[NSEW]\.?\s+)?[\p{Lu}\d]/u.test(after),
  },
  {
    name: 'bare-address',
    why: 'A house number with a street name and no suffix, set off by commas ("the family, 4518 Larkspur.", "Mrs. Reyes, 1906 Alder Way, Brook Township"), is an address.',
    examples: [
      ['A collection was taken for the Ortega family, 4518 Larkspur.', '4518'],
      ['A second neighbour, Mrs. Ana Reyes, 1906 Alder Way, Brook Township, gave $60.', '1906'],
      ['The service is at Grace Chapel, 27144 Ridge, in Millbrook.', '27144'],
    ],
    matches: (before, after, n) =>
      !n.words && (n.value ?? 0) >= 100 && /,\s*$/.test(before) && /^[a-z]?\s+(?:\p{Lu}[\p{L}’'.-]*\s*){1,3}(?:[,.;]|$)/u.test(after),
  },
  {
    name: 'numbered-item',
    why: 'An abbreviation of "number" or a part ("No. 5", "Vol. 3", "p. 49") makes the number an index.',
    examples: [
      ['He is the No. 2 man in the Tunisian Government.', '2'],
      ['The study appeared in Vol. 12 of the journal.', '12'],
    ],
    matches: (before) => INDEX_WORD.test(before),
  },
  {
    name: 'day-of-month',
    why: 'A day after a month ("Aug. 22", "November 20", "on April 2") is a date, not a count.',
    examples: [
      ['Multnomah, as of Aug. 22, had spent most of its budget.', '22'],
      ['The season will open on November 20 with a concert.', '20'],
      ['Requests must be mailed in by December 5 to the office.', '5'],
    ],
    matches: (before, _after, n) => MONTH_BEFORE.test(before) && (n.value ?? 0) >= 1 && (n.value ?? 0) <= 31 && !n.words,
  },
  {
    name: 'ordinal',
    why: 'An ordinal ("13th annual", "the 2d District") ranks; it does not count.',
    examples: [
      ['She won the 13th annual Bake-Off on Tuesday.', '13'],
      ['He represents the 2d District of the city.', '2'],
    ],
    matches: (_before, after, n) => !n.words && /^(?:st|nd|rd|th|d)\b/i.test(after),
  },
  {
    name: 'name-number',
    why: 'A number right after a capitalised word inside a sentence is part of a name: "Boeing 707", "Flight 54", "Local 798", "Court 7", "San Francisco 9".',
    examples: [
      ['From Los Angeles, as the great four-jet Boeing 707 flies, is five hours.', '707'],
      ['Fire Fighters Local 798 is sponsoring the toy program.', '798'],
      ['The suit was filed in Common Pleas Court 7 against the company.', '7'],
      ['Continental Airlines Flight 54 took off at night.', '54'],
    ],
    matches: (before, after, n) => {
      if (n.words || n.currency || n.scaled) return false;
      const m = /(?:^|\s)(\p{Lu}[\p{L}’'-]*)\s$/u.exec(before);
      // A possessive owns the count that follows: "Fuhrmann's 770 students", "Monday's 1.58 million".
      if (!m || WEEKDAY.test(m[1]) || MONTH_WORD.test(m[1]) || /[’']s?$/.test(m[1])) return false;
      // The first word of a sentence is capitalised anyway ("In 1960", "Some 300 people").
      // So is the first word after a dateline's dash ("OSKVILLE, May 2 (WNS) - About 300 …").
      const sentenceStart = before.slice(0, m.index + m[0].length - m[1].length - 1).trim() === '' || /(?:[.!?:;—–]["”’]?|\s-)\s*$/.test(before.slice(0, before.length - m[1].length - 1));
      return !sentenceStart && !/^\s*(?:[-–]year|percent|per\b|%)/i.test(after);
    },
  },
];

/** The role that makes this number no quantity, if any. */
export function roleOf(before: string, after: string, n: NumberMention): NumberRole | undefined {
  return NUMBER_ROLES.find((r) => r.matches(before, after, n));
}
