// A question writes "4" where the text wrote "four", "a thousand" where it wrote "1,000", "13.5k" for
// "13,500": the same number in other words. These give a number token's other spellings, for lookups.

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, dozen: 12 };

const BY_VALUE = new Map<number, string>([...UNITS.map((w, i) => [i, w] as const), ...Object.entries(TENS).map(([w, v]) => [v, w] as const), ...Object.entries(SCALES).filter(([w]) => w !== 'dozen').map(([w, v]) => [v, w] as const)]);
const BY_WORD = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...Object.entries(TENS), ...Object.entries(SCALES)]);

/**
 * The other spellings of a number token as `words()` folds it ("1200", "four", "13.5k"): "4" → "four",
 * "four" → "4", "1000" → "thousand", "13.5k" → "13500". Empty for a token that is no number.
 */
export function numberSpellings(token: string): string[] {
  const word = BY_WORD.get(token);
  if (word !== undefined) return [String(word)];
  const k = /^(\d+(?:\.\d+)?)([km])$/.exec(token);
  if (k) {
    const v = Math.round(Number(k[1]) * (k[2] === 'k' ? 1000 : 1_000_000));
    return [String(v), ...(BY_VALUE.has(v) ? [BY_VALUE.get(v)!] : [])];
  }
  if (!/^\d+$/.test(token)) return [];
  const v = Number(token);
  return BY_VALUE.has(v) ? [BY_VALUE.get(v)!] : [];
}
