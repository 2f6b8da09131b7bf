// Abbreviations that end in a period without ending a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col capt sgt maj cmdr adm rep sen gov pres st jr sr inc ltd co corp vs etc no approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m'.split(' '),
);
const OPEN_QUOTES = '"“‘\'«';

/**
 * Splits a paragraph into sentences. A sentence ends at . ! or ? (with any closing quotes or brackets
 * after it) followed by white space and an upper-case letter, digit or opening quote; abbreviations
 * such as "Gen." and initials ("J. Smith") do not end one.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["”’'»)\]]*(?=\s+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end).trimStart();
    const next = rest[0];
    // "... patronage. (In the heat of the drive, ...": an aside in brackets opens a sentence too
    const aside = next === '(' && /^\(\s*[\p{Lu}“"]/u.test(rest);
    if (!next || !(/[\p{Lu}\p{N}]/u.test(next) || OPEN_QUOTES.includes(next) || aside)) continue;
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}
