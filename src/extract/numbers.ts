/** A number found in text, in digits or in words, possibly a range. Offsets are into the searched text. */
export interface NumberMention {
  start: number;
  end: number;
  /** The number as written, without hedge or unit: "1,250", "nine million", "20,000 – 30,000", "£1bn". */
  text: string;
  /** The value; for a range, its low end. Absent for vague amounts ("hundreds of"). */
  value?: number;
  low?: number;
  high?: number;
  /** Written in words ("nine million", "five") rather than digits. */
  words: boolean;
  /** Carries a scale word or suffix ("million", "bn"): such a number stands alone as a count. */
  scaled: boolean;
  /** ISO code of a currency sign written before the number ("£" → GBP). */
  currency?: string;
  /** Vague amount ("hundreds", "thousands") with no exact value. */
  vague?: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
const SCALE: Record<string, number> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const CURRENCY: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR', '₴': 'UAH' };

const WORD = `(?:${Object.keys(SMALL).join('|')}|hundred|thousand|million|billion|trillion)`;
// "nine million", "twenty-five thousand", "one hundred and fifty"
const WORDS_RE = new RegExp(`\\b${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD})*\\b`, 'gi');
// Digits with optional currency, thousands separators, decimals and a scale ("£1bn", "1.5 million", "6,000").
const DIGITS_RE =
  /([£$€₴])?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:-(\d{1,2})\/(\d{1,2})(?!\d))?(?:\s?(billion|million|thousand|trillion|bn|mn|tn)\b|(?<=\d)(bn|m|k|b)(?![a-z]))?/gi;
const VAGUE_RE = /\b(?:(tens|hundreds) of thousands|hundreds|thousands|millions|billions|dozens|scores)(?= of\b)/gi;
const VAGUE_LOW: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9 };
// "20,000 – 30,000", "48 to 74", "three or four", and a unit written on both ends: "5% to 50%", "5 percent to 7".
const RANGE_JOIN = /^\s*(?:%|\s?per\s?cent)?\s*(?:[–—-]|to|or)\s*$/i;

/** Value of a run of number words ("nine million" → 9,000,000); undefined when it is not a number. */
export function wordsToNumber(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of text.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and' || raw === 'a') continue;
    if (Object.hasOwn(SMALL, raw)) {
      current += SMALL[raw];
      seen = true;
    } else if (raw === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (Object.hasOwn(SCALE, raw)) {
      total += (current || 1) * SCALE[raw];
      current = 0;
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

/**
 * Finds numbers in a sentence: digits ("1,250", "1600", "6,000" in "6,000sqkm", "£1bn"), words ("nine
 * million", "five"), ranges ("20,000 – 30,000", "five to ten") and vague amounts ("hundreds of").
 * Digits glued to letters before them ("T-72", "WW2", "machibet777") are names, not numbers.
 */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGITS_RE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const before = text.slice(Math.max(0, start - 2), start);
    if (/[\p{L}\d]-?$/u.test(before) && !m[1]) continue;
    // "4-1/2%", "2-3/4": a whole number and a fraction, as markets and measures print them.
    const fraction = m[4] && Number(m[5]) ? Number(m[4]) / Number(m[5]) : 0;
    const base = Number(m[2].replace(/,/g, '') + (m[3] ?? '')) + fraction;
    const scaleWord = (m[6] ?? m[7])?.toLowerCase();
    const value = scaleWord ? base * SCALE[scaleWord] : base;
    found.push({
      start,
      end: m.index + m[0].length,
      text: text.slice(start, m.index + m[0].length),
      value,
      words: false,
      scaled: Boolean(scaleWord),
      ...(m[1] ? { currency: CURRENCY[m[1]] } : {}),
    });
  }
  for (const m of text.matchAll(WORDS_RE)) {
    const value = wordsToNumber(m[0]);
    if (value === undefined) continue;
    // "one" alone is mostly a pronoun or article ("one of the commanders", "at one time").
    if (/^one$/i.test(m[0])) continue;
    // Rule "size adjective": "a multi-million-dollar airport", "a billion-pound industry" say how big something
    // is without an amount: a scale word alone, made an adjective by a hyphen, is no number.
    if (/^(?:thousand|million|billion|trillion)$/i.test(m[0]) && (/multi-?$/i.test(text.slice(0, m.index)) || /^-(?:dollar|pound|euro|yen|rand|rupee|peso)\b/i.test(text.slice(m.index + m[0].length)))) continue;
    if (found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value,
      words: true,
      scaled: /hundred|thousand|million|billion|trillion/i.test(m[0]),
    });
  }
  for (const m of text.matchAll(VAGUE_RE)) {
    const word = (m[1] ?? m[0]).toLowerCase();
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      words: true,
      scaled: true,
      vague: true,
      low: m[1] ? (word === 'tens' ? 20_000 : 200_000) : VAGUE_LOW[word],
    });
  }
  // Digits with a scale word after them ("1.5 million") are caught by DIGITS_RE; drop the word-only echo.
  found.sort((a, b) => a.start - b.start);
  return mergeRanges(text, found.filter((f, i) => !found.some((g, j) => j !== i && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start)));
}

// Joins "20,000 – 30,000" and "between 5 and 10" into one mention with low and high.
function mergeRanges(text: string, mentions: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const between = /\bbetween\s+$/i.test(text.slice(0, a.start)) && /^\s+and\s+$/i.test(gap);
    // "20 to 30 million": the low end borrows the high end's scale.
    const low = b && a.value !== undefined && b.value !== undefined && !a.scaled && b.scaled && a.value < b.value / 1000 ? a.value * (b.value / wordlessBase(b)) : a.value;
    // A range runs upwards; "in 1957 to 86 per cent" is a year, then a figure.
    if (b && low !== undefined && b.value !== undefined && low <= b.value && (RANGE_JOIN.test(gap) || between) && a.currency === b.currency) {
      const start = between ? a.start - /between\s+$/i.exec(text.slice(0, a.start))![0].length : a.start;
      out.push({
        start,
        end: b.end,
        text: text.slice(start, b.end),
        value: low,
        low,
        high: b.value,
        words: a.words && b.words,
        scaled: a.scaled || b.scaled,
        ...(a.currency ? { currency: a.currency } : {}),
      });
      i++;
    } else out.push(a);
  }
  return out;
}

function wordlessBase(m: NumberMention): number {
  const digits = /^[£$€₴]?\s?([\d,.]+)/.exec(m.text);
  if (digits) return Number(digits[1].replace(/,/g, '')) || 1;
  const first = m.text.toLowerCase().split(/[\s-]+/)[0];
  return Object.hasOwn(SMALL, first) ? SMALL[first] : 1;
}
